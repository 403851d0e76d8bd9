import { describeSiteLists } from '../../pipeline/site-lists.js';

describeSiteLists('en', {
  cities: { text: 'Russian missiles struck Kyiv, Lviv and Dnipro overnight.', places: ['Kyiv', 'Lviv', 'Dnipro'], words: ['Kyiv', 'Lviv', 'Dnipro'] },
  counted: { text: 'Russia launched 40 missiles at Kyiv, Lviv and Dnipro overnight.', places: ['Kyiv', 'Lviv', 'Dnipro'] },
  regions: { text: 'Russian artillery shelled the Sumy and Kharkiv regions on Monday.', places: ['Sumy Oblast', 'Kharkiv Oblast'] },
  toll: { text: 'Russian drones attacked Odesa and Kharkiv on Monday, killing three people.', place: 'Odesa', killed: 3 },
  perPlace: { text: 'Russian drones attacked Odesa and Kharkiv on Monday, killing three people in Odesa and injuring two in Kharkiv.', events: [['Odesa', 3, undefined], ['Kharkiv', undefined, 2]] },
  saidAgain: { text: 'Russian drones attacked Odesa and Kharkiv on Monday, killing two people in Odesa and two in Kharkiv.', events: [['Odesa', 2, undefined], ['Kharkiv', 2, undefined]] },
});
