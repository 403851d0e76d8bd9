import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article, evidenceOf as evidence } from '../../pipeline/events-mentions.js';

/** Quale numero è il bilancio di un evento: non il totale di tutta la guerra, non un'approssimazione accanto a un numero. Frasi scritte per questi test. */
const TOWN = { lat: 48.3, lon: 38.05, country: 'UA' };
const COUNTRY = { lat: 49, lon: 32, country: 'UA', kind: 'country' as const };

const report = (text: string, places: [string, Parameters<Article['place']>[1]][]) => {
  const a = new Article(text, '2023-03-10', 'it').stages();
  for (const [phrase, p] of places) a.place(phrase, p);
  return { a, es: extractEvents(a.doc, a.mentions) };
};

describe('it event tolls: what one event counts', () => {
  it('un conteggio su tutta la guerra non è un bilancio: "dall\'inizio dell\'invasione"', () => {
    expect(report("Dall'inizio dell'invasione sono stati uccisi 388 bambini in Ucraina.", [['Ucraina', COUNTRY]]).es.every((e) => !e.fatalities)).toBe(true);
  });

  it('un\'approssimazione vale solo senza un numero: "Nove soldati uccisi ... decine di morti"', () => {
    const { a, es } = report('Nove soldati uccisi in un agguato vicino a Horlivka. Decine di morti nei combattimenti a Horlivka.', [['Horlivka', TOWN]]);
    expect(es.map((e) => e.fatalities?.value)).toEqual([9]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['Nove soldati uccisi']);
  });

  it('"Cinque civili tra cui due bambini sono morti": il numero dopo "tra cui" è una parte', () => {
    const { a, es } = report('Cinque civili tra cui due bambini sono morti nel bombardamento di Horlivka.', [['Horlivka', TOWN]]);
    expect(es.map((e) => e.fatalities?.value)).toEqual([5]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['Cinque civili tra cui due bambini sono morti']);
  });

  it('una morte detta come ferita: "ferite incompatibili con la vita"', () => {
    const { a, es } = report('Vicino a Horlivka un soldato ha riportato ferite incompatibili con la vita.', [['Horlivka', TOWN]]);
    expect(es.map((e) => [e.fatalities?.value, e.injured])).toEqual([[1, undefined]]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['un soldato ha riportato ferite incompatibili con la vita']);
  });
});
