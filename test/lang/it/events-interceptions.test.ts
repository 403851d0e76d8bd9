import { describeInterceptions } from '../../pipeline/interception-phrases.js';

describeInterceptions('it', {
  demonym: { text: 'Nella notte la difesa aerea russa ha abbattuto 41 droni ucraini sopra la regione di Bryansk.', side: 'RU', evidence: 'difesa aerea russa', owner: 'UA' },
  genitive: {
    text: "Nella notte i sistemi di difesa aerea dell'Ucraina hanno abbattuto 25 droni sopra la regione di Kharkiv.",
    side: 'UA',
    evidence: "difesa aerea dell'Ucraina",
  },
  reported: {
    text: "Nella notte sono stati abbattuti 50 droni sopra la regione di Poltava, ha riferito l'aeronautica militare ucraina.",
    side: 'UA',
    evidence: 'aeronautica militare ucraina',
  },
  sky: { text: 'Nella notte sono stati abbattuti 30 droni sopra la regione di Bryansk.', side: 'RU', evidence: 'Bryansk' },
  none: 'Nella notte sono stati abbattuti 12 droni sopra la Crimea.',
  regions: {
    text: 'La difesa aerea russa ha abbattuto 41 droni sulle regioni di Bryansk, Kursk e Belgorod. A Kursk i detriti di un drone hanno danneggiato il tetto di una casa.',
    country: 'Russia',
    evidence: 'Bryansk, Kursk e Belgorod',
    town: 'Kursk',
  },
  country: {
    text: "La contraerea ucraina ha abbattuto 30 droni russi sopra l'Ucraina. A Kharkiv i detriti di un drone hanno danneggiato una casa.",
    country: 'Ukraine',
    evidence: 'Ucraina',
    town: 'Kharkiv',
  },
  shares: {
    text: 'Nella notte la difesa aerea russa ha abbattuto 41 droni: 20 sopra la regione di Bryansk, 15 sopra la regione di Kursk e 6 sopra la regione di Belgorod.',
    regions: [
      ['Bryansk Oblast', 20, 'Bryansk', '20'],
      ['Kursk Oblast', 15, 'Kursk', '15'],
      ['Belgorod Oblast', 6, 'Belgorod', '6'],
    ],
  },
  sharesNext: {
    text: 'La difesa aerea russa ha abbattuto 41 droni nella notte. Regione di Bryansk: 20, regione di Kursk: 15, regione di Belgorod: 6.',
    regions: [
      ['Bryansk Oblast', 20, 'Bryansk', '20'],
      ['Kursk Oblast', 15, 'Kursk', '15'],
      ['Belgorod Oblast', 6, 'Belgorod', '6'],
    ],
  },
});
