import { describeWeakCues } from '../../pipeline/weak-cues.js';

describeWeakCues('uk', {
  noEvent: [
    'У понеділок опозиція захопила владу в Бішкеку.',
    'У неділю вболівальники захопили увагу преси в Києві.',
  ],
  events: [
    { text: 'У понеділок російські війська захопили Авдіївку.', type: 'Non-state actor overtakes territory', place: 'Avdiivka' },
    { text: 'У понеділок окупанти захопили село поблизу Бахмута.', type: 'Non-state actor overtakes territory', place: 'Bakhmut' },
  ],
});
