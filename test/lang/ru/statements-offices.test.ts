import { describeSpeakerOffices } from '../../pipeline/speaker-offices.js';

describeSpeakerOffices('ru', [
  { text: 'Пресс-секретарь Кремля Дмитрий Песков заявил журналистам: «Мы не комментируем потери».', name: 'Дмитрий Песков', role: 'spokesperson' },
]);
