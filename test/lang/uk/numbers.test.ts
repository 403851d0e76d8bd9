import { describe, expect, it } from 'vitest';
import { quantities } from '../../../src/lang/uk/numbers.js';
import { q, quantitiesOf } from '../../pipeline/numbers-helpers.js';

const find = (text: string) => quantitiesOf(quantities, 'uk', text);

describe('uk numbers: digits', () => {
  it('reads spaces (also no-break) as thousands and the comma as decimals', () => {
    const t = 'Без світла 11\u00a0000 абонентів, ще 1\u202f250 — на Сумщині; випало 2,5 мм опадів.';
    expect(find(t)).toEqual([q(t, '11\u00a0000', 11000), q(t, '1\u202f250', 1250), q(t, '2,5', 2.5)]);
  });

  it('reads abbreviated multipliers', () => {
    const t = 'Збитки сягнули 2 тис. гривень на людину, загалом 1,5 млн гривень.';
    expect(find(t)).toEqual([q(t, '2 тис.', 2000), q(t, '1,5 млн', 1500000)]);
  });
});

describe('uk numbers: words', () => {
  it('reads compounds with either apostrophe', () => {
    const t = 'Двадцять п\u02bcять ракет і п\'ятсот двадцять п\'ять дронів.';
    expect(find(t)).toEqual([q(t, 'Двадцять п\u02bcять', 25), q(t, 'п\'ятсот двадцять п\'ять', 525)]);
  });

  it('reads inflected forms', () => {
    const t = 'Загинули трьох мешканців, поранено сорок, евакуйовано двох тисяч людей, тисяча будинків.';
    expect(find(t)).toEqual([
      q(t, 'трьох', 3), q(t, 'сорок', 40), q(t, 'двох тисяч', 2000), q(t, 'тисяча', 1000),
    ]);
  });

  it('reads one and a half and halves', () => {
    const t = 'Півтори тисячі людей; три з половиною мільйони гривень.';
    expect(find(t)).toEqual([q(t, 'Півтори тисячі', 1500), q(t, 'три з половиною мільйони', 3500000)]);
  });
});

describe('uk numbers: qualifiers, ranges, vague amounts', () => {
  it('attaches qualifiers', () => {
    const t = 'Понад 11 тисяч абонентів, майже 1\u00a0000 дронів, щонайменше 4 загиблих, близько тисячі людей.';
    expect(find(t)).toEqual([
      q(t, 'Понад 11 тисяч', 11000, 'more_than', { min: 11000 }),
      q(t, 'майже 1\u00a0000', 1000, 'approx'),
      q(t, 'щонайменше 4', 4, 'at_least', { min: 4 }),
      q(t, 'близько тисячі', 1000, 'approx'),
    ]);
  });

  it('reads ranges', () => {
    const t = 'Від 5 до 7 ракет, 3-4 дрони, два чи три снаряди.';
    expect(find(t)).toEqual([
      q(t, 'Від 5 до 7', 5, 'range', { min: 5, max: 7 }),
      q(t, '3-4', 3, 'range', { min: 3, max: 4 }),
      q(t, 'два чи три', 2, 'range', { min: 2, max: 3 }),
    ]);
  });

  it('gives vague amounts a value and bounds', () => {
    const t = 'Десятки тисяч людей, сотні будинків і тисячі дронів.';
    expect(find(t)).toEqual([
      q(t, 'Десятки тисяч', 20000, 'approx', { min: 20000, max: 99999 }),
      q(t, 'сотні', 200, 'approx', { min: 200, max: 999 }),
      q(t, 'тисячі', 2000, 'approx', { min: 2000, max: 9999 }),
    ]);
  });
});

describe('uk numbers: collective numerals', () => {
  it('reads "двоє", "п\'ятеро" as counts of people', () => {
    const t = 'Загинули двоє людей, п\'ятеро поранені, ще четверо зникли.';
    expect(find(t)).toEqual([q(t, 'двоє', 2), q(t, 'п\'ятеро', 5), q(t, 'четверо', 4)]);
  });
});
