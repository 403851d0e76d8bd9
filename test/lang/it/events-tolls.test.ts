import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article } from '../../pipeline/events-mentions.js';
import { describeTollAsOf } from '../../pipeline/toll-as-of.js';

const KHARKIV = { name: 'Kharkiv', lat: 49.99, lon: 36.23, country: 'UA' };
const tolls = (text: string): [number | undefined, number | undefined][] => {
  const a = new Article(text, '2024-03-10', 'it').stages().place('Kharkiv', KHARKIV);
  return extractEvents(a.doc, a.mentions).map((e) => [e.fatalities?.value, e.injured?.value]);
};

describe('it tolls: statistics are not an event', () => {
  it('"dal gennaio 2023 ... sono stati uccisi 500 civili" is a statistic, not the toll of the strike', () => {
    expect(tolls('A Kharkiv un drone ha colpito un palazzo: due persone sono morte. Dal gennaio 2023 nella regione sono stati uccisi 500 civili.')).toEqual([[2, undefined]]);
    expect(tolls('A Kharkiv nel 2023 sono stati uccisi 500 civili.')).toEqual([]);
  });

  it('negative: a day keeps the toll', () => {
    expect(tolls('A Kharkiv il 9 marzo sono stati uccisi 5 civili.')).toEqual([[5, undefined]]);
  });
});

describe('it tolls: definite victims are victims told before', () => {
  it('"i tre feriti" of a later sentence are the three injured, not three more', () => {
    const text = 'A Kharkiv un drone ha colpito un palazzo: tre persone sono rimaste ferite. I tre feriti sono stati portati in ospedale a Leopoli.';
    const a = new Article(text, '2024-03-10', 'it').stages().place('Kharkiv', KHARKIV).place('Leopoli', { name: 'Lviv', lat: 49.84, lon: 24.03, country: 'UA' });
    expect(extractEvents(a.doc, a.mentions).map((e) => e.injured?.value)).toEqual([3]);
    // negative: with no article, three more injured elsewhere are an event of their own
    const b = new Article('A Kharkiv un drone ha colpito un palazzo: tre persone sono rimaste ferite. A Leopoli tre persone sono rimaste ferite.', '2024-03-10', 'it')
      .stages().place('Kharkiv', KHARKIV).place('Leopoli', { name: 'Lviv', lat: 49.84, lon: 24.03, country: 'UA' });
    expect(extractEvents(b.doc, b.mentions).map((e) => e.injured?.value)).toEqual([3, 3]);
  });
});

describe('it tolls: a crime named by its victims', () => {
  it('"duplice omicidio" counts two dead', () => {
    expect(tolls('Duplice omicidio a Kharkiv: la polizia cerca il colpevole.')).toEqual([[2, undefined]]);
  });
});

describeTollAsOf('it', {
  text: 'Il 9 marzo un missile ha colpito un condominio a Dnipro, uccidendo quattro persone.\n\nAlla mattina del 10 marzo il bilancio delle vittime è salito a sei.',
  asOf: 'Alla mattina del 10 marzo',
  evidence: 'bilancio delle vittime è salito a sei',
});
