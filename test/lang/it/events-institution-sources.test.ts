import { describeInstitutionSources } from '../../pipeline/institution-sources.js';

describeInstitutionSources('it', {
  emergency: { text: 'Un missile ha colpito Kharkiv lunedì, uccidendo due persone, secondo la protezione civile.', source: { role: 'emergency' }, words: 'protezione civile' },
  health: { text: 'Lunedì i raid israeliani hanno ucciso 20 persone a Gaza, ha riferito il ministero della Salute.', source: { role: 'health' }, words: 'ministero della Salute' },
});
