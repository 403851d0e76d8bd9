import { describe, expect, it } from 'vitest';
import { near, placeAt, placesOf } from '../../geo/helpers.js';

describe('en places: a named area made of regions prefers the namesakes inside it', () => {
  it('"near Novoselivka in Donbas" is the village of Donetsk Oblast, not one of those in Odesa Oblast', () => {
    const text = 'Two soldiers were killed near Novoselivka in Donbas on Monday.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'Donbas')).toMatchObject({ name: 'Donbas', kind: 'region' });
    const village = placeAt(found, text, 'Novoselivka');
    expect(village).toMatchObject({ country: 'UA', admin1: 'Donetsk Oblast' });
    expect(near(village, 49.07, 37.7, 10)).toBe(true);
  });

  it('without the area, the better known namesake', () => {
    const text = 'Two soldiers were killed near Novoselivka on Monday.';
    expect(placeAt(placesOf(text, 'en'), text, 'Novoselivka')).toMatchObject({ admin1: 'Odessa Oblast' });
  });
});
