import { describe, expect, it } from 'vitest';
import { quantities } from '../../../src/lang/und/numbers.js';
import { q, quantitiesOf } from '../../pipeline/numbers-helpers.js';

const find = (text: string) => quantitiesOf(quantities, 'und', text);

describe('und numbers: digits in any language', () => {
  it('reads integers and groups of three as thousands', () => {
    const t = 'Atak: 42 drony, 1.070 bomb, 11 000 osób, 1,250 domów.';
    expect(find(t)).toEqual([q(t, '42', 42), q(t, '1.070', 1070), q(t, '11 000', 11000), q(t, '1,250', 1250)]);
  });

  it('reads decimals only where they cannot be thousands', () => {
    const t = 'Krater 1,5 m, rakieta 2.75 t.';
    expect(find(t)).toEqual([q(t, '1,5', 1.5), q(t, '2.75', 2.75)]);
  });

  it('reads no words and no dates', () => {
    expect(find('Cztery drony 02.01.2026 o 10:30.')).toEqual([]);
  });
});
