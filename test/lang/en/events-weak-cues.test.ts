import { describeWeakCues } from '../../pipeline/weak-cues.js';

describeWeakCues('en', {
  noEvent: [
    'India\'s cricket board struck a record deal with a broadcaster in Mumbai on Thursday.',
    'The senator attacked the new budget in Washington on Monday.',
    'A general strike paralysed Paris on Monday.',
    'The robbery was captured on video in Chicago.',
    'Police detained the suspect in Chicago on Sunday.',
    'The mayor vowed to fight for more funding in Denver.',
    'Gallagher is set to miss the crucial relegation battle in Birmingham.',
    'The company vowed to combat cybercrime in London.',
    'He immediately shot down rumors at the New York Auto Show.',
  ],
  events: [
    { text: 'A Russian missile struck Kharkiv on Monday.', type: 'Shelling/artillery/missile attack', place: 'Kharkiv' },
    { text: 'The strike on Kharkiv killed two people on Monday.', type: 'Air/drone strike', place: 'Kharkiv' },
    { text: 'Russian troops seized Avdiivka on Saturday.', type: 'Non-state actor overtakes territory', place: 'Avdiivka' },
    { text: 'Russian soldiers detained three residents in Kherson on Sunday.', type: 'Abduction/forced disappearance', place: 'Kherson' },
    { text: 'Heavy fights continued near Bakhmut on Monday.', type: 'Armed clash', place: 'Bakhmut' },
    { text: 'Fighting continued near Bakhmut on Monday.', type: 'Armed clash', place: 'Bakhmut' },
    { text: 'Clashes erupted in Khartoum on Monday.', type: 'Armed clash', place: 'Khartoum' },
    { text: 'Ukrainian troops battled Russian forces near Kupiansk on Monday.', type: 'Armed clash', place: 'Kupiansk' },
    { text: 'Air defences shot down 20 drones over Kyiv on Monday.', type: 'Disrupted weapons use', place: 'Kyiv' },
  ],
});
