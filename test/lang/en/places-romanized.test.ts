import { describe, expect, it } from 'vitest';
import { near, placeAt, placesOf } from '../../geo/helpers.js';

// (needs a gazetteer index built from this checkout: `npm run build` or scripts/build-gazetteer.mjs)
describe('en places: Ukrainian places by the official romanization', () => {
  it('"Kryvyi Rih" (GeoNames: "Kryvyy Rih") and "Krasnyi Lyman" (the former name of Lyman)', () => {
    const text = 'Missiles hit Kryvyi Rih overnight, and fighting went on near Krasnyi Lyman.';
    const found = placesOf(text, 'en');
    expect(near(placeAt(found, text, 'Kryvyi Rih'), 47.91, 33.39, 10)).toBe(true);
    expect(placeAt(found, text, 'Krasnyi Lyman')).toMatchObject({ name: 'Lyman', admin1: 'Donetsk Oblast' });
  });
});
