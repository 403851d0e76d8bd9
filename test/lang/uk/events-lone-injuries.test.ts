import { describe, expect, it } from 'vitest';
import { Article, evidenceOf as evidence, onlyEvent as only } from '../../pipeline/events-mentions.js';
import { extractEvents } from '../../../src/pipeline/events/index.js';

/** Один поранений без числа: "чоловіка госпіталізовано". */

const SUMY = { name: 'Sumy', lat: 50.91, lon: 34.8, country: 'UA' };
const article = (text: string): Article => new Article(text, '2026-01-18', 'uk').stages().place('Сумах', SUMY);

describe('uk: один поранений без числа', () => {
  it('"потерпілого госпіталізовано" — один поранений', () => {
    const a = article('Вночі росіяни атакували дроном у Сумах. Потерпілого госпіталізовано.');
    const e = only(a);
    expect(e.injured).toEqual({ value: 1, qualifier: 'exact' });
    expect(evidence(a, e, 'injured')).toEqual(['госпіталізовано']);
  });

  it('"чоловіка госпіталізовано" — один, названий словом про людину', () => {
    const a = article('Вночі росіяни атакували дроном у Сумах. Чоловіка госпіталізовано.');
    const e = only(a);
    expect(e.injured).toEqual({ value: 1, qualifier: 'exact' });
    expect(evidence(a, e, 'injured')).toEqual(['Чоловіка госпіталізовано']);
  });
});

describe('uk: один поранений без числа, негативні випадки', () => {
  it('"ніхто не постраждав" — нікого', () => {
    const a = article('Вночі росіяни атакували дроном у Сумах, ніхто не постраждав.');
    expect(extractEvents(a.doc, a.mentions).every((e) => e.injured === undefined)).toBe(true);
  });

  it('множина без числа — не одна людина: "є поранені"', () => {
    const a = article('Вночі росіяни атакували дроном у Сумах, є поранені.');
    expect(extractEvents(a.doc, a.mentions).every((e) => e.injured === undefined)).toBe(true);
  });
});
