import { describe, expect, it } from 'vitest';
import { ukrainianRomanizer } from '../../src/geo/build/romanize.js';

const romanize = ukrainianRomanizer(new URL('../../src/geo/data/', import.meta.url));

describe('the official romanization of Ukrainian place names (build time)', () => {
  it('spells names as Ukraine does: "Кривий Ріг" → "Kryvyi Rih", "Світлодарськ" → "Svitlodarsk"', () => {
    expect(romanize('Кривий Ріг')).toBe('Kryvyi Rih');
    expect(romanize('Світлодарськ')).toBe('Svitlodarsk');
    expect(romanize('Красний Лиман')).toBe('Krasnyi Lyman');
    expect(romanize('Запоріжжя')).toBe('Zaporizhzhia');
  });

  it('writes є, ї, й, ю, я at the start of a word otherwise: "Єнакієве" → "Yenakiieve", "Ясинувата" → "Yasynuvata"', () => {
    expect(romanize('Єнакієве')).toBe('Yenakiieve');
    expect(romanize('Ясинувата')).toBe('Yasynuvata');
    expect(romanize('Южноукраїнськ')).toBe('Yuzhnoukrainsk');
  });

  it('"зг" is "zgh"; apostrophes and soft signs are dropped: "Згурівка", "Мар\'їнка"', () => {
    expect(romanize('Згурівка')).toBe('Zghurivka');
    expect(romanize("Мар'їнка")).toBe('Marinka');
  });

  it('leaves names without Cyrillic letters alone', () => {
    expect(romanize('Kharkiv')).toBeUndefined();
  });
});
