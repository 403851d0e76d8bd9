import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article, evidenceOf as evidence } from '../../pipeline/events-mentions.js';

/**
 * Famiglie di frasi con cui le notizie di guerra riportano un evento senza "attacco" né "uccisi": tregue rotte dal fuoco, attacchi respinti, perdite di una parte, rivendicazioni militari. Frasi scritte per questi test.
 */
const A = { lat: 48.14, lon: 37.74, country: 'UA' };
const B = { lat: 47.78, lon: 37.25, country: 'UA' };
const C = { lat: 49.05, lon: 38.22, country: 'UA' };

const report = (text: string, places: [string, Parameters<Article['place']>[1]][]) => {
  const a = new Article(text, '2023-03-10', 'it').stages();
  for (const [phrase, p] of places) a.place(phrase, p);
  return { a, es: extractEvents(a.doc, a.mentions) };
};

describe('it event recall: fire exchanged, truces broken, attacks repelled', () => {
  it('"hanno violato il cessate il fuoco sei volte": una tregua rotta è uno scontro armato', () => {
    const { a, es } = report('I separatisti hanno violato il cessate il fuoco sei volte nella notte vicino ad Avdiivka.', [['Avdiivka', A]]);
    expect(es.map((e) => [e.subEventType, e.location.name, e.fatalities])).toEqual([['Armed clash', 'Avdiivka', undefined]]);
    expect(evidence(a, es[0]!, 'eventType')).toEqual(['violato il cessate il fuoco']);
  });

  it('"hanno aperto il fuoco sulle posizioni"', () => {
    const { a, es } = report('Le truppe nemiche hanno aperto il fuoco sulle posizioni ucraine vicino a Vuhledar.', [['Vuhledar', B]]);
    expect(es.map((e) => e.location.name)).toEqual(['Vuhledar']);
    expect(evidence(a, es[0]!, 'eventType')).toEqual(['hanno aperto il fuoco']);
  });

  it('"hanno respinto tre attacchi": un attacco respinto', () => {
    const { a, es } = report('I marines hanno respinto tre attacchi nemici vicino a Vuhledar.', [['Vuhledar', B]]);
    expect(es.map((e) => [e.subEventType, e.location.name])).toEqual([['Armed clash', 'Vuhledar']]);
    expect(evidence(a, es[0]!, 'eventType')).toEqual(['hanno respinto']);
  });
});

describe('it event recall: military claims and losses', () => {
  it('"eliminato 52 invasori e tre carri armati": le persone eliminate sono i morti, i carri no', () => {
    const { a, es } = report('Le forze ucraine hanno eliminato 52 invasori e tre carri armati vicino a Kreminna.', [['Kreminna', C]]);
    expect(es.map((e) => [e.location.name, e.fatalities?.value])).toEqual([['Kreminna', 52]]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['eliminato 52']);
  });

  it('un deposito distrutto è un attacco senza vittime', () => {
    const { a, es } = report('Gli artiglieri hanno distrutto un deposito di munizioni vicino a Kreminna.', [['Kreminna', C]]);
    expect(es.map((e) => [e.location.name, e.fatalities])).toEqual([['Kreminna', undefined]]);
    expect(evidence(a, es[0]!, 'eventType')).toEqual(['distrutto un deposito di munizioni']);
  });

  it('"hanno perso fino a 90 militari": le perdite sono una battaglia, non un bilancio dei morti', () => {
    const { a, es } = report('Le forze nemiche hanno perso fino a 90 militari vicino a Kreminna in un giorno.', [['Kreminna', C]]);
    expect(es.map((e) => [e.subEventType, e.location.name, e.fatalities])).toEqual([['Armed clash', 'Kreminna', undefined]]);
    expect(evidence(a, es[0]!, 'eventType')).toEqual(['hanno perso fino a 90 militari']);
  });
});

describe('it event recall: negative cases', () => {
  it('le cose distrutte non contano morti: "distrutte 300 case"', () => {
    expect(report("Distrutte 300 case dall'alluvione vicino a Kreminna.", [['Kreminna', C]]).es.every((e) => !e.fatalities)).toBe(true);
  });

  it('politics is no event', () => {
    expect(report("Il governo offre ai ribelli l'autonomia di Kreminna, dice il ministro.", [['Kreminna', C]]).es).toEqual([]);
  });
});
