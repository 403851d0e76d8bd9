import { describeSpeakerOffices } from '../../pipeline/speaker-offices.js';

describeSpeakerOffices('uk', [
  { text: 'Речник Кремля Дмитро Пєсков заявив журналістам: «Ми не коментуємо втрати».', name: 'Дмитро Пєсков', role: 'spokesperson' },
]);
