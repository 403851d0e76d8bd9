import { describeKillersAndLaunches } from '../../pipeline/killers-and-launches.js';

describeKillersAndLaunches('en', {
  killer: { text: 'On Monday in Belgorod a man killed two neighbours.', place: 'Belgorod', victims: 'killed two' },
  execution: { text: 'Militants executed 20 villagers in Borno state on Sunday, residents said.', place: 'Borno State', victims: 'executed 20' },
  rockets: { text: 'Hezbollah fired dozens of rockets at Haifa on Monday.', place: 'Haifa', weapon: 'dozens of rockets', actor: 'Hezbollah' },
  firedAndDowned: { text: 'Russia fired 40 missiles at Ukraine overnight, and 30 were shot down.', place: 'Ukraine' },
  partOfWhole: { text: 'On Monday air defences shot down 50 of 72 drones over the Kyiv region.', place: 'Kyiv Oblast', weapons: '50 of 72 drones' },
});
