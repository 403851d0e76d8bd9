import { describeInstitutionSources } from '../../pipeline/institution-sources.js';

describeInstitutionSources('uk', {
  emergency: { text: 'Ракета влучила в Харків у понеділок, загинули двоє людей, повідомили в ДСНС у Telegram.', source: { role: 'emergency', channel: 'Telegram' }, words: 'ДСНС' },
  health: { text: 'У понеділок унаслідок удару по Херсону загинули троє людей, повідомили в МОЗ.', source: { role: 'health' }, words: 'МОЗ' },
});
