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

describe('en places: district seats whose population GeoNames does not know', () => {
  it('"in Novoaidar" (a district seat of Luhansk Oblast, population 0 in GeoNames) after a preposition', () => {
    const text = 'Two soldiers were killed in Novoaidar on Monday.';
    const seat = placeAt(placesOf(text, 'en'), text, 'Novoaidar');
    expect(seat).toMatchObject({ country: 'UA', admin1: 'Luhansk Oblast' });
    expect(near(seat, 48.96, 39.01, 10)).toBe(true);
  });

  it('"In Novoaidar, ..." at the start of a sentence: the preposition, also a name, still cues the seat', () => {
    const text = 'In Novoaidar, explosions were heard at an ammunition depot.';
    expect(placeAt(placesOf(text, 'en'), text, 'Novoaidar')).toMatchObject({ admin1: 'Luhansk Oblast' });
  });
});
