import { describeSpeakerOffices } from '../../pipeline/speaker-offices.js';

describeSpeakerOffices('en', [
  { text: 'The spokesman of the Kremlin Dmitry Peskov told reporters: "We do not comment on losses."', name: 'Dmitry Peskov', role: 'spokesperson' },
  { text: 'Kremlin spokesman Dmitry Peskov told reporters: "We do not comment on losses."', name: 'Dmitry Peskov', role: 'spokesperson' },
  { text: 'Police spokesman John Smith said: "Two officers were hurt in the shooting."', name: 'John Smith', role: 'police' },
]);
