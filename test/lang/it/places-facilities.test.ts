import { describe, expect, it } from 'vitest';
import { near, placeAt, placesOf } from '../../geo/helpers.js';

describe('it places: towns and regions after facility words', () => {
  it('a refinery or a terminal named after its town is the town', () => {
    const text = 'Nella notte droni hanno attaccato la raffineria di Saratov e il terminal marittimo di Tuapse.';
    const found = placesOf(text, 'it');
    expect(near(placeAt(found, text, 'Saratov'), 51.54, 46.01)).toBe(true);
    expect(near(placeAt(found, text, 'Tuapse'), 44.1, 39.08)).toBe(true);
  });

  it('"la centrale nucleare di Zaporizhzhia" is the region: the plant stands in Enerhodar', () => {
    const text = 'La centrale nucleare di Zaporizhzhia è rimasta senza corrente, come quella di Kursk.';
    const found = placesOf(text, 'it');
    expect(placeAt(found, text, 'Zaporizhzhia')).toMatchObject({ name: 'Zaporizhzhia Oblast', kind: 'admin1', rule: 'it/places/facility-region' });
    // ("La" opening the sentence is no place, Los Angeles or other)
    expect(found.map((p) => p.text)).not.toContain('La');
  });

  it('a plant named after a town that names no region is the town', () => {
    const text = 'La centrale idroelettrica di Kakhovka è stata distrutta.';
    const found = placesOf(text, 'it');
    expect(placeAt(found, text, 'Kakhovka')).toMatchObject({ kind: 'place', rule: 'it/places/name' });
    expect(near(placeAt(found, text, 'Kakhovka'), 46.81, 33.49)).toBe(true);
  });
});
