import { describe, expect, it } from 'vitest';
import { near, placeAt, placesOf } from '../../geo/helpers.js';

describe('en places: named areas and their adjectives', () => {
  it('reads "Central American" and "Latin America" as areas, not as the United States', () => {
    const text = 'Central American migrants crossed Mexico; Latin America and North African ports were hit too.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'Central American')).toMatchObject({ name: 'Central America' });
    expect(placeAt(found, text, 'Latin America')).toMatchObject({ name: 'Latin America' });
    expect(placeAt(found, text, 'North African')).toMatchObject({ name: 'North Africa' });
    expect(found.filter((p) => p.country === 'US')).toEqual([]);
  });
});

describe('en places: old names of big cities yield to capitals that bear the name', () => {
  it('reads "Venice" as Venice, not a US city once called so', () => {
    const text = 'The film premiered in Venice before opening in theaters across the United States.';
    const venice = placeAt(placesOf(text, 'en'), text, 'Venice');
    expect(venice).toMatchObject({ country: 'IT' });
    expect(near(venice, 45.44, 12.33, 40)).toBe(true);
  });
});
