import { describeSiteLists } from '../../pipeline/site-lists.js';

describeSiteLists('ru', {
  cities: { text: 'Ночью российские ракеты ударили по Киеву, Львову и Днепру.', places: ['Kyiv', 'Lviv', 'Dnipro'], words: ['Киеву', 'Львову', 'Днепру'] },
  counted: { text: 'Ночью Россия запустила 40 ракет по Киеву, Львову и Днепру.', places: ['Kyiv', 'Lviv', 'Dnipro'] },
  regions: { text: 'В понедельник обстрелу подверглись Сумская и Харьковская области.', places: ['Sumy Oblast', 'Kharkiv Oblast'] },
  toll: { text: 'В понедельник беспилотники атаковали Одессу и Харьков, погибли три человека.', place: 'Odesa', killed: 3 },
  perPlace: { text: 'В понедельник беспилотники атаковали Белгород и Курск, в Белгороде погиб мужчина, в Курске ранены двое.', events: [['Belgorod', 1, undefined], ['Kursk', undefined, 2]] },
  saidAgain: { text: 'В понедельник беспилотники атаковали Белгород и Курск, погибли три человека в Белгороде и двое в Курске.', events: [['Belgorod', 3, undefined], ['Kursk', 2, undefined]] },
});
