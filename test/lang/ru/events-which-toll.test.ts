import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article, evidenceOf as evidence } from '../../pipeline/events-mentions.js';

/** Какое число есть число погибших события: не итог всей войны, не примерное число рядом с числом. Предложения написаны для этих тестов. */
const TOWN = { lat: 48.3, lon: 38.05, country: 'UA' };
const COUNTRY = { lat: 49, lon: 32, country: 'UA', kind: 'country' as const };

const report = (text: string, places: [string, Parameters<Article['place']>[1]][]) => {
  const a = new Article(text, '2023-03-10', 'ru').stages();
  for (const [phrase, p] of places) a.place(phrase, p);
  return { a, es: extractEvents(a.doc, a.mentions) };
};

describe('ru event tolls: what one event counts', () => {
  it('счёт за всю войну не есть число погибших события: "с начала войны"', () => {
    expect(report('С начала войны на Украине погибли 388 детей.', [['Украине', COUNTRY]]).es.every((e) => !e.fatalities)).toBe(true);
  });

  it('примерное число значит только без числа: "погибли девять бойцов ... десятки погибших"', () => {
    const { a, es } = report('Под Горловкой погибли девять бойцов. Десятки погибших в боях под Горловкой.', [['Горловкой', TOWN]]);
    expect(es.map((e) => e.fatalities?.value)).toEqual([9]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['погибли девять']);
  });

  it('смерть, названная ранением: "ранения, несовместимые с жизнью"', () => {
    const { a, es } = report('Под Горловкой один военнослужащий получил ранения, несовместимые с жизнью.', [['Горловкой', TOWN]]);
    expect(es.map((e) => [e.fatalities?.value, e.injured])).toEqual([[1, undefined]]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['один военнослужащий получил ранения, несовместимые с жизнью']);
  });
});
