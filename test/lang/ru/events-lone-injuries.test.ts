import { describe, expect, it } from 'vitest';
import { Article, evidenceOf as evidence, onlyEvent as only } from '../../pipeline/events-mentions.js';
import { extractEvents } from '../../../src/pipeline/events/index.js';

/** Один раненый без числа: "мужчина госпитализирован". */

const BELGOROD = { name: 'Belgorod', lat: 50.6, lon: 36.6, country: 'RU' };
const article = (text: string): Article => new Article(text, '2026-01-18', 'ru').stages().place('Белгороде', BELGOROD);

describe('ru: один раненый без числа', () => {
  it('"его госпитализировали" — один раненый', () => {
    const a = article('Ночью дрон атаковал автомобиль в Белгороде. Его госпитализировали.');
    const e = only(a);
    expect(e.injured).toEqual({ value: 1, qualifier: 'exact' });
    expect(evidence(a, e, 'injured')).toEqual(['госпитализировали']);
  });

  it('"водитель госпитализирован" — один, названный по своей роли', () => {
    const a = article('Ночью дрон атаковал автомобиль в Белгороде. Водитель госпитализирован.');
    const e = only(a);
    expect(e.injured).toEqual({ value: 1, qualifier: 'exact' });
    expect(evidence(a, e, 'injured')).toEqual(['Водитель госпитализирован']);
  });
});

describe('ru: один раненый без числа, отрицательные случаи', () => {
  it('"никто не пострадал" — никого', () => {
    const a = article('Ночью дрон атаковал автомобиль в Белгороде, никто не пострадал.');
    expect(extractEvents(a.doc, a.mentions).every((e) => e.injured === undefined)).toBe(true);
  });

  it('множественное число без числа — не один человек: "есть раненые"', () => {
    const a = article('Ночью дрон атаковал автомобиль в Белгороде, есть раненые.');
    expect(extractEvents(a.doc, a.mentions).every((e) => e.injured === undefined)).toBe(true);
  });
});
