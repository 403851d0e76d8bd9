import { describeProtests } from '../../pipeline/protests.js';

describeProtests('it', {
  protest: { text: 'Domenica migliaia di manifestanti hanno sfilato in corteo a Tbilisi.', place: 'Tbilisi', act: 'manifestanti' },
  riot: { text: 'Lunedì sono scoppiati disordini a Dakar dopo il voto.', place: 'Dakar', act: 'disordini' },
  notProtest: { text: 'A marzo un missile russo ha colpito un condominio a Kharkiv.', place: 'Kharkiv', act: 'un missile' },
});
