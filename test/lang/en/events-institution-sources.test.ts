import { describeInstitutionSources } from '../../pipeline/institution-sources.js';

describeInstitutionSources('en', {
  emergency: { text: 'A Russian missile hit Kharkiv on Monday, killing two people, the State Emergency Service said on Telegram.', source: { role: 'emergency', channel: 'Telegram' }, words: 'State Emergency Service' },
  health: { text: 'Israeli strikes killed 20 people in Gaza City on Monday, the health ministry said.', source: { role: 'health' }, words: 'health ministry' },
});
