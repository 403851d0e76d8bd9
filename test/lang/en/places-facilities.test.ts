import { describe, expect, it } from 'vitest';
import { near, placeAt, placesOf } from '../../geo/helpers.js';

describe('en places: towns and regions before facility words', () => {
  it('a refinery or a port named after its town is the town', () => {
    const text = 'Drones attacked the Saratov oil refinery and the Ryazan refinery, and a missile hit the Odesa port.';
    const found = placesOf(text, 'en');
    expect(near(placeAt(found, text, 'Saratov'), 51.54, 46.01)).toBe(true);
    expect(near(placeAt(found, text, 'Ryazan'), 54.63, 39.74)).toBe(true);
    expect(placeAt(found, text, 'Odesa')).toMatchObject({ country: 'UA', kind: 'place' });
  });

  it('a nuclear plant named after a region is the region: it stands elsewhere than the city', () => {
    const text = 'Shelling cut power to the Zaporizhzhia nuclear power plant, while the Kursk NPP worked normally.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'Zaporizhzhia')).toMatchObject({ name: 'Zaporizhzhia Oblast', kind: 'admin1', rule: 'en/places/facility-region' });
    expect(placeAt(found, text, 'Kursk')).toMatchObject({ name: 'Kursk Oblast', kind: 'admin1' });
  });

  it('a plant named after a town that names no region is the town', () => {
    const text = 'The Novovoronezh nuclear power plant and the Kakhovka HPP were shelled.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'Novovoronezh')).toMatchObject({ kind: 'place', rule: 'en/places/name' });
    expect(near(placeAt(found, text, 'Novovoronezh'), 51.31, 39.22)).toBe(true);
    expect(near(placeAt(found, text, 'Kakhovka'), 46.81, 33.49)).toBe(true);
  });

  it('negative: "nuclear" alone makes no region, and the city stays a city elsewhere', () => {
    const text = 'Washington nuclear talks stalled. Drones hit a substation in Kursk.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'Washington')).toMatchObject({ kind: 'place', country: 'US' });
    expect(placeAt(found, text, 'Kursk')).toMatchObject({ name: 'Kursk', kind: 'place' });
  });
});
