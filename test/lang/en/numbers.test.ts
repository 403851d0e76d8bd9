import { describe, expect, it } from 'vitest';
import { quantities } from '../../../src/lang/en/numbers.js';
import { q, quantitiesOf } from '../../pipeline/numbers-helpers.js';

const find = (text: string) => quantitiesOf(quantities, 'en', text);

describe('en numbers: digits', () => {
  it('reads the comma as thousands and the dot as decimals', () => {
    const t = 'Russia launched more than 1,070 guided bombs and 2.5 tonnes of explosives.';
    expect(find(t)).toEqual([q(t, 'more than 1,070', 1070, 'more_than', { min: 1070 }), q(t, '2.5', 2.5)]);
  });

  it('reads amounts that start with a sign, a decimal point or a fraction sign', () => {
    // the punctuation that may start an amount (most punctuation is skipped without a look)
    const t = 'Temperatures fell to -5 overnight, rainfall was .77 inches, and ½ of the homes lost power.';
    expect(find(t)).toEqual([q(t, '-5', -5), q(t, '.77', 0.77), q(t, '½', 0.5)]);
  });

  it('reads a dash spaced on both sides after a word as a clause break, not a sign', () => {
    // "Bryansk - 4": the count is 4; a dash glued to its number ("fell to -5") signs it
    const t = 'Drones downed by region: Kursk — 20, Bryansk - 4; the temperature fell to -5.';
    expect(find(t)).toEqual([q(t, '20', 20), q(t, '4', 4), q(t, '-5', -5)]);
  });

  it('reads suffixes and scale words after digits', () => {
    const t = 'At least 12k people fled; 1.5 million lost power; aid worth $2bn was pledged.';
    expect(find(t)).toEqual([
      q(t, 'At least 12k', 12000, 'at_least', { min: 12000 }),
      q(t, '1.5 million', 1500000),
      q(t, '2bn', 2e9),
    ]);
  });

  it('reads a spaced multiplier abbreviation', () => {
    const t = 'Damage is put at 3.2 bn dollars.';
    expect(find(t)).toEqual([q(t, '3.2 bn', 3.2e9)]);
  });
});

describe('en numbers: words', () => {
  it('reads compounds with and and hyphens', () => {
    const t = 'Four hundred and twelve drones, twenty-six people and one thousand two hundred homes.';
    expect(find(t)).toEqual([
      q(t, 'Four hundred and twelve', 412), q(t, 'twenty-six', 26), q(t, 'one thousand two hundred', 1200),
    ]);
  });

  it('reads halves, fractions and dozens', () => {
    const t = 'One and a half million people; two thirds of the city; half a dozen shells.';
    expect(find(t)).toEqual([
      q(t, 'One and a half million', 1500000), q(t, 'two thirds', 2 / 3), q(t, 'half a dozen', 6),
    ]);
  });

  it('reads one as a count', () => {
    const t = 'One civilian was killed and one of the drones was shot down.';
    expect(find(t)).toEqual([q(t, 'One', 1), q(t, 'one', 1)]);
  });
});

describe('en numbers: qualifiers, ranges, vague amounts', () => {
  it('attaches qualifiers', () => {
    const t = 'Nearly 1,000 drones, over 11,000 subscribers, up to 300 troops, fewer than 10 injured, 20 or more shells.';
    expect(find(t)).toEqual([
      q(t, 'Nearly 1,000', 1000, 'approx'),
      q(t, 'over 11,000', 11000, 'more_than', { min: 11000 }),
      q(t, 'up to 300', 300, 'at_most', { max: 300 }),
      q(t, 'fewer than 10', 10, 'less_than', { max: 10 }),
      q(t, '20 or more', 20, 'at_least', { min: 20 }),
    ]);
  });

  it('reads ranges', () => {
    const t = 'From 5 to 7 missiles, between 10 and 15 thousand people, 3-4 drones, two or three shells.';
    expect(find(t)).toEqual([
      q(t, 'From 5 to 7', 5, 'range', { min: 5, max: 7 }),
      q(t, 'between 10 and 15 thousand', 10000, 'range', { min: 10000, max: 15000 }),
      q(t, '3-4', 3, 'range', { min: 3, max: 4 }),
      q(t, 'two or three', 2, 'range', { min: 2, max: 3 }),
    ]);
  });

  it('gives vague amounts a value and bounds', () => {
    const t = 'Dozens of civilians, tens of thousands of people, hundreds of homes and a dozen drones.';
    expect(find(t)).toEqual([
      q(t, 'Dozens', 24, 'approx', { min: 24, max: 99 }),
      q(t, 'tens of thousands', 20000, 'approx', { min: 20000, max: 99999 }),
      q(t, 'hundreds', 200, 'approx', { min: 200, max: 999 }),
      q(t, 'a dozen', 12, 'approx', { min: 10, max: 14 }),
    ]);
  });
});
