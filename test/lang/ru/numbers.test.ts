import { describe, expect, it } from 'vitest';
import { quantities } from '../../../src/lang/ru/numbers.js';
import { q, quantitiesOf } from '../../pipeline/numbers-helpers.js';

const find = (text: string) => quantitiesOf(quantities, 'ru', text);

describe('ru numbers: digits', () => {
  it('reads spaces as thousands and the comma as decimals', () => {
    const t = 'Без света остались 11\u00a0000 человек; выпало 2,5 мм осадков.';
    expect(find(t)).toEqual([q(t, '11\u00a0000', 11000), q(t, '2,5', 2.5)]);
  });

  it('reads abbreviated multipliers', () => {
    const t = 'Ущерб составил 3 тыс. рублей на семью, всего 1,5 млн рублей и 2 млрд.';
    expect(find(t)).toEqual([q(t, '3 тыс.', 3000), q(t, '1,5 млн', 1500000), q(t, '2 млрд.', 2e9)]);
  });
});

describe('ru numbers: words', () => {
  it('reads compounds and inflected forms', () => {
    const t = 'Двадцать пять ракет, около двадцати пяти дронов, трёх человек, сорока домов.';
    expect(find(t)).toEqual([
      q(t, 'Двадцать пять', 25), q(t, 'около двадцати пяти', 25, 'approx'), q(t, 'трёх', 3), q(t, 'сорока', 40),
    ]);
  });

  it('reads thousands, one and a half and halves', () => {
    const t = 'Тысяча домов, полторы тысячи человек, два с половиной миллиона рублей.';
    expect(find(t)).toEqual([
      q(t, 'Тысяча', 1000), q(t, 'полторы тысячи', 1500), q(t, 'два с половиной миллиона', 2500000),
    ]);
  });
});

describe('ru numbers: qualifiers, ranges, vague amounts', () => {
  it('attaches qualifiers', () => {
    const t = 'Более тысячи человек, свыше 300 беспилотников, почти 100 ракет, не менее 4 погибших, до 20 раненых.';
    expect(find(t)).toEqual([
      q(t, 'Более тысячи', 1000, 'more_than', { min: 1000 }),
      q(t, 'свыше 300', 300, 'more_than', { min: 300 }),
      q(t, 'почти 100', 100, 'approx'),
      q(t, 'не менее 4', 4, 'at_least', { min: 4 }),
      q(t, 'до 20', 20, 'at_most', { max: 20 }),
    ]);
  });

  it('reads ranges', () => {
    const t = 'От 5 до 7 ракет, 3-4 дрона, два или три снаряда.';
    expect(find(t)).toEqual([
      q(t, 'От 5 до 7', 5, 'range', { min: 5, max: 7 }),
      q(t, '3-4', 3, 'range', { min: 3, max: 4 }),
      q(t, 'два или три', 2, 'range', { min: 2, max: 3 }),
    ]);
  });

  it('gives vague amounts a value and bounds', () => {
    const t = 'Десятки тысяч людей, сотни домов и несколько десятков дронов.';
    expect(find(t)).toEqual([
      q(t, 'Десятки тысяч', 20000, 'approx', { min: 20000, max: 99999 }),
      q(t, 'сотни', 200, 'approx', { min: 200, max: 999 }),
      q(t, 'несколько десятков', 20, 'approx', { min: 20, max: 99 }),
    ]);
  });
});

describe('ru numbers: collective numerals', () => {
  it('reads "двое", "трое", "пятерых" as counts of people', () => {
    const t = 'Погибли двое, трое ранены, эвакуировали пятерых.';
    expect(find(t)).toEqual([q(t, 'двое', 2), q(t, 'трое', 3), q(t, 'пятерых', 5)]);
  });
});
