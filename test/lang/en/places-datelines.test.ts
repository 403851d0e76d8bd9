import { describe, expect, it } from 'vitest';
import { near, placeAt, placesOf } from '../../geo/helpers.js';

describe('en places: datelines', () => {
  it('reads a city in capitals opening a story, before a bracket', () => {
    const text = 'DETROIT (WXYZ) - Two men were hurt when a car hit a bus shelter on Friday.';
    const detroit = placeAt(placesOf(text, 'en'), text, 'DETROIT');
    expect(detroit).toMatchObject({ country: 'US', kind: 'place', rule: 'en/places/dateline' });
    expect(near(detroit, 42.33, -83.05)).toBe(true);
  });

  it('reads a dateline on a later line, before a comma or a dash', () => {
    const text = 'Storm update\nKYIV, March 3 (Wire) - Power was restored to most homes.\nODESA — The port reopened.';
    const found = placesOf(text, 'en');
    expect(near(placeAt(found, text, 'KYIV'), 50.45, 30.52)).toBe(true);
    expect(placeAt(found, text, 'ODESA')).toMatchObject({ country: 'UA', rule: 'en/places/dateline' });
  });

  it('does not take capitals in mid-line or without the punctuation for a dateline', () => {
    const text = 'Fans shouted DETROIT (twice) at the game.\nDETROIT fans were happy.';
    expect(placesOf(text, 'en').filter((p) => p.rule === 'en/places/dateline')).toEqual([]);
  });
});
