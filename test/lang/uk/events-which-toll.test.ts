import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article, evidenceOf as evidence } from '../../pipeline/events-mentions.js';

/** Яке число є кількістю загиблих події: не підсумок усієї війни, не приблизна кількість поряд із числом. Речення написані для цих тестів. */
const TOWN = { lat: 48.3, lon: 38.05, country: 'UA' };
const COUNTRY = { lat: 49, lon: 32, country: 'UA', kind: 'country' as const };

const report = (text: string, places: [string, Parameters<Article['place']>[1]][]) => {
  const a = new Article(text, '2023-03-10', 'uk').stages();
  for (const [phrase, p] of places) a.place(phrase, p);
  return { a, es: extractEvents(a.doc, a.mentions) };
};

describe('uk event tolls: what one event counts', () => {
  it('лік за всю війну не є кількістю загиблих події: "з початку повномасштабного вторгнення"', () => {
    expect(report('З початку повномасштабного вторгнення в Україні загинули 388 дітей.', [['Україні', COUNTRY]]).es.every((e) => !e.fatalities)).toBe(true);
  });

  it('приблизна кількість важить лише без числа: "Загинули дев\'ять бійців ... десятки загиблих"', () => {
    const { a, es } = report("Під Горлівкою загинули дев'ять бійців. Десятки загиблих у боях під Горлівкою.", [['Горлівкою', TOWN]]);
    expect(es.map((e) => e.fatalities?.value)).toEqual([9]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(["загинули дев'ять"]);
  });

  it('смерть, названа пораненням: "поранення, несумісні з життям"', () => {
    const { a, es } = report('Під Горлівкою один військовий отримав поранення, несумісні з життям.', [['Горлівкою', TOWN]]);
    expect(es.map((e) => [e.fatalities?.value, e.injured])).toEqual([[1, undefined]]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['один військовий отримав поранення, несумісні з життям']);
  });
});
