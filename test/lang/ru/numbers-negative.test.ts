import { describe, expect, it } from 'vitest';
import { quantities } from '../../../src/lang/ru/numbers.js';
import { quantitiesOf } from '../../pipeline/numbers-helpers.js';

const find = (text: string) => quantitiesOf(quantities, 'ru', text);

describe('ru numbers: what is not a quantity', () => {
  it('leaves numeric dates, clock times and years to the times stage', () => {
    expect(find('Удар 02.01.2026 начался в 10:30 и закончился в 11.45.')).toEqual([]);
    expect(find('В 2022 году война расширилась, в январе 2023 г. дошла до города.')).toEqual([]);
  });

  it('finds no number inside other words or in look-alikes', () => {
    expect(find('Он потерял семью; сотрудники стали свидетелями; тридцатый день.')).toEqual([]);
  });

  it('does not read the numbers of model names', () => {
    expect(find('ЗРК С-300, бомбардировщик Ту-22М3 и ракеты Х-101.')).toEqual([]);
  });

  it('does not read measures glued to digits', () => {
    expect(find('Участок 29км и флакон 180мл.')).toEqual([]);
  });
});
