import { describeInstitutionSources } from '../../pipeline/institution-sources.js';

describeInstitutionSources('en', {
  emergency: { text: 'A Russian missile hit Kharkiv on Monday, killing two people, the State Emergency Service said on Telegram.', source: { name: 'State Emergency Service', role: 'emergency', channel: 'Telegram' }, words: 'State Emergency Service' },
  health: { text: 'Israeli strikes killed 20 people in Gaza City on Monday, the health ministry said.', source: { name: 'health ministry', role: 'health' }, words: 'health ministry' },
  body: { text: 'Russian forces attacked Ukrainian positions 38 times in the Pokrovsk direction on Monday, the General Staff said.', source: { name: 'General Staff', role: 'military' }, words: 'General Staff' },
});
