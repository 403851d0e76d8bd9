import { describeInstitutionSources } from '../../pipeline/institution-sources.js';

describeInstitutionSources('it', {
  emergency: { text: 'Un missile ha colpito Kharkiv lunedì, uccidendo due persone, secondo la protezione civile.', source: { name: 'protezione civile', role: 'emergency' }, words: 'protezione civile' },
  health: { text: 'Lunedì i raid israeliani hanno ucciso 20 persone a Gaza, ha riferito il ministero della Salute.', source: { name: 'ministero della Salute', role: 'health' }, words: 'ministero della Salute' },
  body: { text: 'Lunedì le forze russe hanno attaccato 38 volte le posizioni ucraine in direzione di Pokrovsk, ha riferito lo Stato maggiore.', source: { name: 'Stato maggiore', role: 'military' }, words: 'Stato maggiore' },
});
