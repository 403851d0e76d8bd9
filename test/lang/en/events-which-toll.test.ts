import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article, evidenceOf as evidence } from '../../pipeline/events-mentions.js';

/** Which count is an event's toll: not a country's running total, not a whole war's, not a vague amount beside a number. Sentences written for these tests. */
const TOWN = { lat: 48.3, lon: 38.05, country: 'UA' };
const COUNTRY = { lat: 49, lon: 32, country: 'UA', kind: 'country' as const };

const report = (text: string, places: [string, Parameters<Article['place']>[1]][]) => {
  const a = new Article(text, '2023-03-10', 'en').stages();
  for (const [phrase, p] of places) a.place(phrase, p);
  return { a, es: extractEvents(a.doc, a.mentions) };
};

describe('en event tolls: what one event counts', () => {
  it('a country\'s toll is the war\'s running total: "Ukraine death toll rises to 31"; a town\'s is the event\'s', () => {
    expect(report('Ukraine death toll rises to 31: ministry.', [['Ukraine', COUNTRY]]).es.map((e) => e.fatalities)).toEqual([undefined]);
    const { a, es } = report('Death toll in Horlivka shelling rises to four - mayor.', [['Horlivka', TOWN]]);
    expect(es.map((e) => e.fatalities?.value)).toEqual([4]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['Death toll in Horlivka shelling rises to four']);
  });

  it('a count over the whole war is no event toll: "since the start of the full-scale invasion"', () => {
    expect(report('Since the start of the full-scale invasion, 388 children have been killed in Ukraine.', [['Ukraine', COUNTRY]]).es.every((e) => !e.fatalities)).toBe(true);
  });

  it('a vague amount stands for the toll only when no number is told: "Nine fighters killed ... Dozens killed"', () => {
    const { a, es } = report('Nine fighters killed in rebel ambush near Horlivka. Dozens reportedly killed in Horlivka fighting.', [['Horlivka', TOWN]]);
    expect(es.map((e) => e.fatalities?.value)).toEqual([9]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['Nine fighters killed']);
    expect(report('Dozens killed in Horlivka fighting.', [['Horlivka', TOWN]]).es.map((e) => e.fatalities?.value)).toEqual([24]);
  });

  it('"death of militia fighter": a bare noun after "of" counts one; a title-case "Death of Woman" is a title', () => {
    const { a, es } = report('Militia reports death of militia fighter in Horlivka shelling.', [['Horlivka', TOWN]]);
    expect(es.map((e) => e.fatalities?.value)).toEqual([1]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['death of militia fighter']);
  });

  it('a town inside a named area tells the same event: "ambush in the Donbas ... the ambush near Kramatorsk that claimed six lives"', () => {
    const donbas = { name: 'Donbas', lat: 48.3, lon: 38.5, country: 'UA', kind: 'region' as const };
    const kramatorsk = { lat: 48.72, lon: 37.56, country: 'UA' };
    const { a, es } = report('Six soldiers killed in rebel ambush in the Donbas. Ministry recounts the ambush near Kramatorsk that claimed six lives.', [['Donbas', donbas], ['Kramatorsk', kramatorsk]]);
    expect(es.map((e) => [e.location.name, e.fatalities?.value])).toEqual([['Kramatorsk', 6]]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['Six soldiers killed']);
    const alone = report('The ambush near Kramatorsk claimed six lives.', [['Kramatorsk', kramatorsk]]);
    expect(evidence(alone.a, alone.es[0]!, 'fatalities')).toEqual(['six lives']);
  });

  it('"Five civilians including two children died": the count after "including" is a part', () => {
    const { a, es } = report('Five civilians including two children died in Horlivka shelling.', [['Horlivka', TOWN]]);
    expect(es.map((e) => e.fatalities?.value)).toEqual([5]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['Five civilians including two children died']);
  });

  it('"the death of an American doctor in Horlivka": one, an adjective may stand between', () => {
    const { a, es } = report('A newspaper reported the death of an American doctor in Horlivka shelling.', [['Horlivka', TOWN]]);
    expect(es.map((e) => e.fatalities?.value)).toEqual([1]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['death of an American doctor']);
  });

  it('a death told as a wound: "sustained injuries incompatible with life"', () => {
    const { a, es } = report('Rebels violate ceasefire near Horlivka, one soldier sustained injuries incompatible with life.', [['Horlivka', TOWN]]);
    expect(es.map((e) => [e.fatalities?.value, e.injured])).toEqual([[1, undefined]]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['one soldier sustained injuries incompatible with life']);
  });
});
