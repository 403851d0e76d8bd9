import { describe, expect, it } from 'vitest';
import { quantities } from '../../../src/lang/uk/numbers.js';
import { quantitiesOf } from '../../pipeline/numbers-helpers.js';

const find = (text: string) => quantitiesOf(quantities, 'uk', text);

describe('uk numbers: what is not a quantity', () => {
  it('leaves numeric dates, clock times and years to the times stage', () => {
    expect(find('Атака 02.01.2026 почалася о 10:30 і о 11.45 завершилася.')).toEqual([]);
    expect(find('У 2022 році війна поширилася, а в січні 2023 року — на місто.')).toEqual([]);
  });

  it('finds no number inside other words', () => {
    expect(find('Сім\'я загиблого та сусіди; о сьомій годині; тридцятий день.')).toEqual([]);
  });

  it('does not read measures glued to digits', () => {
    expect(find('Ділянка 29км і флакон 180мл.')).toEqual([]);
  });
});
