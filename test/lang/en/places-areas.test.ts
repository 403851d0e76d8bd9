import { describe, expect, it } from 'vitest';
import { placeAt, placesOf } from '../../geo/helpers.js';

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
