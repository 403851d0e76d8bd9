import { describe, expect, it } from 'vitest';
import { quantities } from '../../../src/lang/en/numbers.js';
import { q, quantitiesOf } from '../../pipeline/numbers-helpers.js';

const find = (text: string) => quantitiesOf(quantities, 'en', text);

describe('en numbers: what is not a quantity', () => {
  it('does not count the indefinite article', () => {
    expect(find('A drone hit an apartment block.')).toEqual([]);
  });

  it('does not count the pronoun one', () => {
    expect(find('The one that hit the school was a missile. Which one?')).toEqual([]);
  });

  it('leaves numeric dates, clock times and years to the times stage', () => {
    expect(find('The strike on 02.01.2026 at 10:30 was the worst since 2014.')).toEqual([]);
    expect(find('In 2022, the war spread; in January 2023 it reached the city; the 2014-2022 war.')).toEqual([]);
    expect(find('The attack of 5/17/2018 and the report of 2026-01-02.')).toEqual([]);
  });

  it('does not read ordinals or measures glued to digits', () => {
    expect(find('The 4th brigade drove a 29km road with a 180ml flask; a first strike, a second wave.')).toEqual([]);
  });

  it('does not read the numbers of model names', () => {
    expect(find('S-300 launchers, Su-34 jets, an A320 and Shahed-136 drones.')).toEqual([]);
  });

  it('keeps both counts of a share followed by a noun', () => {
    const t = 'Air defence shot down 25 out of 30 drones.';
    expect(find(t)).toEqual([q(t, '25', 25), q(t, '30', 30)]);
  });

  it('reads years as numbers where nothing marks them as years', () => {
    const t = 'About 2000 homes were hit.';
    expect(find(t)).toEqual([q(t, 'About 2000', 2000, 'approx')]);
  });
});
