import { describeSiteLists } from '../../pipeline/site-lists.js';

describeSiteLists('it', {
  cities: { text: 'Nella notte i missili russi hanno colpito Kiev, Leopoli e Dnipro.', places: ['Kyiv', 'Lviv', 'Dnipro'], words: ['Kiev', 'Leopoli', 'Dnipro'] },
  counted: { text: 'Nella notte la Russia ha lanciato 40 missili contro Kiev, Leopoli e Dnipro.', places: ['Kyiv', 'Lviv', 'Dnipro'] },
  regions: { text: 'Lunedì l\'artiglieria russa ha bombardato le regioni di Sumy e Kharkiv.', places: ['Sumy Oblast', 'Kharkiv Oblast'] },
  toll: { text: 'Lunedì i droni russi hanno attaccato Odessa e Kharkiv, uccidendo tre persone.', place: 'Odesa', killed: 3 },
  perPlace: { text: 'Lunedì i droni russi hanno attaccato Odessa e Kharkiv, uccidendo tre persone a Odessa e ferendone due a Kharkiv.', events: [['Odesa', 3, undefined], ['Kharkiv', undefined, 2]] },
  saidAgain: { text: 'Lunedì i droni russi hanno attaccato Odessa e Kharkiv, uccidendo tre persone a Odessa e due a Kharkiv.', events: [['Odesa', 3, undefined], ['Kharkiv', 2, undefined]] },
});
