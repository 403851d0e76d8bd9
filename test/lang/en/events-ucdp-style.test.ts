import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article, evidenceOf as evidence } from '../../pipeline/events-mentions.js';

/** Headline-style conflict reports, with the en pack's own numbers and times and hand-written places. */
const UKRAINE = { lat: 49, lon: 32, country: 'UA', kind: 'country' as const };
const DONBAS = { name: 'Donbas', lat: 48.3, lon: 38.5, country: 'UA', kind: 'region' as const };
const areas = (name: string) => (name === 'Donbas' ? DONBAS : undefined);

const headline = (text: string, places: [string, Parameters<Article['place']>[1]][] = [['Ukraine', UKRAINE]]) => {
  const a = new Article(text, '2015-02-10', 'en').stages();
  for (const [phrase, p] of places) a.place(phrase, p);
  return { a, es: extractEvents(a.doc, { ...a.mentions, areas }) };
};

describe('en conflict headlines: where the separatists fight', () => {
  it('a text that names Ukraine and its separatists places the event in the Donbas, inferred', () => {
    const { a, es } = headline('Ukraine says 30 separatists killed in fighting.');
    expect(es.map((e) => [e.location.name, e.fatalities?.value])).toEqual([['Donbas', 30]]);
    expect(es[0]!.fieldEvidence!['location']).toEqual([expect.objectContaining({ source: 'inferred' })]);
    expect(evidence(a, es[0]!, 'location')).toEqual(['separatists']);
  });

  it('"southeastern Ukraine", "Ukraine\'s eastern" are the Donbas', () => {
    expect(headline('22 civilians killed in southeastern Ukraine.').es.map((e) => e.location.name)).toEqual(['Donbas']);
    expect(headline("Fighting rages in Ukraine's eastern hotspots.").es.map((e) => e.location.name)).toEqual(['Donbas']);
  });

  it('"Kiev forces", the other side\'s name for the Ukrainian army, fight in the Donbas: "At least 20 Kiev forces killed"', () => {
    const kyiv = { name: 'Kyiv', lat: 50.45, lon: 30.52, country: 'UA' };
    const { a, es } = headline('At least 20 Kiev forces killed, over 30 wounded on Sunday - media.', [['Kiev', kyiv]]);
    expect(es.map((e) => [e.location.name, e.fatalities?.value, e.injured?.value])).toEqual([['Donbas', 20, 30]]);
    expect(evidence(a, es[0]!, 'location')).toEqual(['Kiev forces']);
    expect(es[0]!.fieldEvidence!['location']).toEqual([expect.objectContaining({ source: 'inferred' })]);
    // a town named outright still wins
    const horlivka = { lat: 48.3, lon: 38.05, country: 'UA' };
    const b = headline('Two Kiev troops killed near Horlivka.', [['Kiev', kyiv], ['Horlivka', horlivka]]);
    expect(b.es.map((e) => e.location.name)).toEqual(['Horlivka']);
  });

  it('negative: a town named outright wins, and rebels elsewhere are not in the Donbas', () => {
    const kharkiv = { lat: 49.99, lon: 36.23, country: 'UA' };
    expect(headline('Rebels shelled Kharkiv, Ukraine says.', [['Ukraine', UKRAINE], ['Kharkiv', kharkiv]]).es.map((e) => e.location.name)).toEqual(['Kharkiv']);
    const syria = { lat: 35, lon: 38, country: 'SY', kind: 'country' as const };
    expect(headline('Rebels killed in Syria fighting.', [['Syria', syria]]).es.map((e) => e.location.name)).toEqual(['Syria']);
  });
});

describe('en conflict headlines: counts', () => {
  it('commas that join people nouns: "At least 34 Ukraine soldiers, civilians killed"', () => {
    expect(headline('At least 34 Ukraine soldiers, civilians killed in 24 hours: officials.').es.map((e) => e.fatalities?.value)).toEqual([34]);
  });

  it('a dash before the source ends the clause: "shelling of Dokuchaievsk kills two - JCCC"', () => {
    const dok = { lat: 47.75, lon: 37.68, country: 'UA' };
    expect(headline('Shelling of Dokuchaievsk kills two - JCCC.', [['Dokuchaievsk', dok]]).es.map((e) => e.fatalities?.value)).toEqual([2]);
  });

  it('a comma after the casualty word ends its clause: "three civilians were killed in a day, a teenager was among the wounded"', () => {
    const kherson = { lat: 46.64, lon: 32.61, country: 'UA' };
    expect(headline('In Kherson, three civilians were killed in a day, a teenager was among the wounded.', [['Kherson', kherson]]).es.map((e) => e.fatalities?.value)).toEqual([3]);
  });

  it('a day set against a period is no statistic: "killed in bloodiest day since August"', () => {
    expect(headline('Four Ukraine soldiers killed in bloodiest day since August.').es.map((e) => e.fatalities?.value)).toEqual([4]);
  });

  it('a count before "despite" or "amid" is the verb\'s object: "killing nine despite truce", "kills three amid talks"', () => {
    const { a, es } = headline('Ukraine rebels down helicopter, killing nine despite truce.');
    expect(es.map((e) => e.fatalities?.value)).toEqual([9]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['killing nine']);
    expect(headline('Fighting in Ukraine kills three amid peace talks.').es.map((e) => e.fatalities?.value)).toEqual([3]);
  });

  it('a party\'s abbreviation is no named victim: "Thirteen rescuers of the DPR were killed"', () => {
    const rubtsy = { lat: 49, lon: 37.9, country: 'UA' };
    expect(headline('Thirteen rescuers of the DPR were killed in the shelling of Rubtsy.', [['Rubtsy', rubtsy]]).es.map((e) => e.fatalities?.value)).toEqual([13]);
  });

  it('a capital that speaks is no site: "Kiev reports first combat death"', () => {
    const kiev = { name: 'Kyiv', lat: 50.45, lon: 30.52, country: 'UA' };
    const { es } = headline('Kiev reports one soldier killed near Donetsk.', [['Kiev', kiev], ['Donetsk', { lat: 48, lon: 37.8, country: 'UA' }]]);
    expect(es.map((e) => e.location.name)).toEqual(['Donetsk']);
  });
});

describe('en conflict headlines: a party is not a site', () => {
  const RUSSIANS = { name: 'Russia', lat: 60, lon: 100, country: 'RU', kind: 'country' as const, adjective: true };
  const KHERSON = { name: 'Kherson Oblast', lat: 46.75, lon: 33.35, country: 'UA', kind: 'admin1' as const };

  it('"Russians shelled a village": the demonym of a party stands after a place told elsewhere', () => {
    const { es } = headline('Russians shelled a village overnight, killing two civilians. The village lies in the Kherson region.', [['Russians', RUSSIANS], ['Kherson', KHERSON]]);
    expect(es.map((e) => e.location.name)).toEqual(['Kherson Oblast']);
  });

  it('negative: with no other place the party\'s country is still the place; after "in" it is a site', () => {
    expect(headline('Russians shelled a village overnight, killing two civilians.', [['Russians', RUSSIANS]]).es.map((e) => e.location.name)).toEqual(['Russia']);
    const russia = { name: 'Russia', lat: 60, lon: 100, country: 'RU', kind: 'country' as const, adjective: true };
    const { es } = headline('Shelling killed two civilians in Russian territory. The shells came from the Kherson region.', [['Russian', russia], ['Kherson', KHERSON]]);
    expect(es.map((e) => e.location.name)).toEqual(['Russia']);
  });
});

describe('en conflict headlines: a capital that acts or is sided with is not a site', () => {
  const KIEV = { name: 'Kyiv', lat: 50.45, lon: 30.52, country: 'UA' };
  const DONETSK = { lat: 48, lon: 37.8, country: 'UA' };

  it('"killed by Kiev\'s sniper near Donetsk": the genitive of a place that acts', () => {
    expect(headline("Civilian killed by Kiev's sniper near Donetsk.", [['Kiev', KIEV], ['Donetsk', DONETSK]]).es.map((e) => e.location.name)).toEqual(['Donetsk']);
    // negative: with no genitive, Kiev is where it happened
    expect(headline('Civilian killed by a sniper in Kiev, Donetsk official says.', [['Kiev', KIEV], ['Donetsk', DONETSK]]).es.map((e) => e.location.name)).toEqual(['Kyiv']);
  });

  it('"pro-Kiev official": an allegiance, not a site', () => {
    const { es } = headline('Two civilians killed after start of Ukraine ceasefire: pro-Kiev official.', [['Ukraine', UKRAINE], ['Kiev', KIEV]]);
    expect(es.map((e) => e.location.name)).toEqual(['Ukraine']);
  });
});

describe('en conflict headlines: one person with no article', () => {
  const DONETSK = { lat: 48, lon: 37.8, country: 'UA' };

  it('"Militia member killed", "DPR rescuer killed", "kills DPR military serviceman" are one', () => {
    expect(headline('Militia member killed in shelling of Donetsk.', [['Donetsk', DONETSK]]).es.map((e) => e.fatalities?.value)).toEqual([1]);
    expect(headline('DPR rescuer killed in shelling of Donetsk.', [['Donetsk', DONETSK]]).es.map((e) => e.fatalities?.value)).toEqual([1]);
    expect(headline("Ukrainian military's shelling of Donetsk kills DPR military serviceman.", [['Donetsk', DONETSK]]).es.map((e) => e.fatalities?.value)).toEqual([1]);
  });

  it('negative: a lower-case word alone between the verb and the noun is no count ("killing that man")', () => {
    expect(headline('In Donetsk, the police feared killing that man.', [['Donetsk', DONETSK]]).es.map((e) => e.fatalities?.value)).not.toContain(1);
  });
});

describe('en conflict headlines: sides and reports', () => {
  const LUHANSK = { name: 'Luhansk Oblast', lat: 48.57, lon: 39.31, country: 'UA', kind: 'admin1' as const };
  const areasWithLpr = (name: string) => (name === 'Luhansk Oblast' ? LUHANSK : name === 'Donbas' ? DONBAS : undefined);

  it('an area that reports on itself is still the site: "LPR says serviceman killed during shelling"', () => {
    const a = new Article("LPR says serviceman killed during shelling by Kiev's forces.", '2019-05-10', 'en').stages();
    const es = extractEvents(a.doc, { ...a.mentions, areas: areasWithLpr });
    expect(es.map((e) => [e.location.name, e.fatalities?.value])).toEqual([['Luhansk Oblast', 1]]);
  });

  it('"kills Ukrainian soldier", "soldier reported killed" are one', () => {
    expect(headline('Booby-trapped honey jar kills Ukrainian soldier in Ukraine.').es.map((e) => e.fatalities?.value)).toEqual([1]);
    expect(headline('Ukrainian soldier reported killed in Donbas.', [['Donbas', DONBAS]]).es.map((e) => e.fatalities?.value)).toEqual([1]);
  });
});
