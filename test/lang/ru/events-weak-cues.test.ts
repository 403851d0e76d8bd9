import { describeWeakCues } from '../../pipeline/weak-cues.js';

describeWeakCues('ru', {
  noEvent: [
    'В понедельник оппозиция захватила власть в Бишкеке.',
    'В воскресенье болельщики захватили внимание прессы в Москве.',
  ],
  events: [
    { text: 'В понедельник российские войска захватили Авдеевку.', type: 'Non-state actor overtakes territory', place: 'Avdiivka' },
    { text: 'В понедельник Авдеевка была захвачена российскими войсками.', type: 'Non-state actor overtakes territory', place: 'Avdiivka' },
  ],
});
