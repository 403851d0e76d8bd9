import { describe, expect, it } from 'vitest';
import { quantities } from '../../../src/lang/it/numbers.js';
import { q, quantitiesOf } from '../../pipeline/numbers-helpers.js';

const find = (text: string) => quantitiesOf(quantities, 'it', text);

describe('it numbers: what is not a quantity', () => {
  it('leaves numeric dates, clock times and years to the times stage', () => {
    expect(find('Il raid del 02.01.2026 è iniziato alle 10.30 e finito alle 11:45.')).toEqual([]);
    expect(find('Nel 2022 la guerra si è estesa; a gennaio 2026 la regione era ancora sotto attacco.')).toEqual([]);
    expect(find('La guerra del 2014-2022.')).toEqual([]);
  });

  it('finds no number inside other words', () => {
    expect(find('Ognuno sa che qualcuno, nessuno e ciascuno hanno visto il battesimo.')).toEqual([]);
    expect(find('Quasi ogni giorno le sirene suonano.')).toEqual([]);
    expect(find('Ha compiuto settant anni.')).toEqual([]);
  });

  it('does not read measures glued to a number', () => {
    expect(find('Colpito un tratto di 29km; trovato un flacone da 180ml.')).toEqual([
      { start: 8, end: 10, text: 'un', value: 1, qualifier: 'exact' },
      { start: 35, end: 37, text: 'un', value: 1, qualifier: 'exact' },
    ]);
  });

  it('keeps a vehicle and a second attack apart from fractions', () => {
    const t = 'Un mezzo militare colpito; un secondo attacco.';
    expect(find(t)).toEqual([q(t, 'Un', 1), q(t, 'un', 1)]);
  });

  it('keeps both counts of a share followed by a noun', () => {
    const t = 'Abbattuti 25 su 30 droni.';
    expect(find(t)).toEqual([q(t, '25', 25), q(t, '30', 30)]);
  });
});
