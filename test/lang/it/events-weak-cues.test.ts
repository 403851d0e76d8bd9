import { describeWeakCues } from '../../pipeline/weak-cues.js';

describeWeakCues('it', {
  noEvent: [
    'Lunedì il governo è stato colpito dalla crisi a Roma.',
    'Il senatore ha attaccato la manovra a Roma lunedì.',
    'Lunedì Marco ha occupato il posto a Roma.',
  ],
  events: [
    { text: 'Un missile russo ha colpito Kharkiv lunedì.', type: 'Shelling/artillery/missile attack', place: 'Kharkiv' },
    { text: 'Lunedì l\'attacco su Kharkiv ha ucciso due persone.', type: 'Air/drone strike', place: 'Kharkiv' },
    { text: 'Lunedì le truppe russe hanno conquistato Avdiivka.', type: 'Non-state actor overtakes territory', place: 'Avdiivka' },
  ],
});
