import { describeSiteLists } from '../../pipeline/site-lists.js';

describeSiteLists('uk', {
  cities: { text: 'Уночі російські ракети вдарили по Києву, Львову та Дніпру.', places: ['Kyiv', 'Lviv', 'Dnipro'], words: ['Києву', 'Львову', 'Дніпру'] },
  counted: { text: 'Уночі Росія запустила 40 ракет по Києву, Львову та Дніпру.', places: ['Kyiv', 'Lviv', 'Dnipro'] },
  regions: { text: 'У понеділок ворог обстріляв Сумську та Харківську області.', places: ['Sumy Oblast', 'Kharkiv Oblast'] },
  toll: { text: 'У понеділок дрони атакували Одесу та Харків, загинули троє людей.', place: 'Odesa', killed: 3 },
  perPlace: { text: 'У понеділок ворог атакував Херсон і Нікополь: у Херсоні загинула жінка, у Нікополі поранено чоловіка.', events: [['Kherson', 1, undefined], ['Nikopol', undefined, 1]] },
  saidAgain: { text: 'У понеділок дрони атакували Одесу та Харків, загинули троє людей в Одесі та двоє у Харкові.', events: [['Odesa', 3, undefined], ['Kharkiv', 2, undefined]] },
});
