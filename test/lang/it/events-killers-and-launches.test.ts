import { describeKillersAndLaunches } from '../../pipeline/killers-and-launches.js';

describeKillersAndLaunches('it', {
  killer: { text: 'Lunedì a Belgorod un uomo ha ucciso due vicini.', place: 'Belgorod', victims: 'ucciso due' },
  execution: { text: 'Domenica i miliziani hanno giustiziato 20 abitanti di un villaggio vicino a Maiduguri.', place: 'Maiduguri', victims: 'giustiziato 20' },
  rockets: { text: 'Lunedì Hezbollah ha sparato decine di razzi su Haifa.', place: 'Haifa', weapon: 'decine di razzi', actor: 'Hezbollah' },
  firedAndDowned: { text: 'Nella notte la Russia ha lanciato 40 missili contro l\'Ucraina, e 30 sono stati abbattuti.', place: 'Ukraine' },
  partOfWhole: { text: 'Lunedì la contraerea ha abbattuto 50 dei 72 droni lanciati sulla regione di Kiev.', place: 'Kyiv Oblast', weapons: '50 dei 72 droni' },
});
