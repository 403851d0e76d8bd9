import { describeInstitutionSources } from '../../pipeline/institution-sources.js';

describeInstitutionSources('uk', {
  emergency: { text: 'Ракета влучила в Харків у понеділок, загинули двоє людей, повідомили в ДСНС у Telegram.', source: { name: 'ДСНС', role: 'emergency', channel: 'Telegram' }, words: 'ДСНС' },
  health: { text: 'У понеділок унаслідок удару по Херсону загинули троє людей, повідомили в МОЗ.', source: { name: 'МОЗ', role: 'health' }, words: 'МОЗ' },
  body: { text: 'У понеділок на Покровському напрямку ворог 38 разів атакував позиції ЗСУ, повідомив Генштаб ЗСУ.', source: { name: 'Генштаб ЗСУ', role: 'military' }, words: 'Генштаб ЗСУ' },
});
