import { describe, expect, it } from 'vitest';
import { near, placeAt, placesOf } from '../../geo/helpers.js';

describe('en places: inside hyphenated words', () => {
  it('finds countries and cities inside a hyphenated word', () => {
    const text = 'Poland-Belarus talks stalled, a Canada-wide alert went out and a Madrid-based firm closed.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'Poland')).toMatchObject({ country: 'PL', kind: 'country', rule: 'en/places/hyphen-part' });
    expect(placeAt(found, text, 'Belarus')).toMatchObject({ country: 'BY', kind: 'country' });
    expect(placeAt(found, text, 'Canada')).toMatchObject({ country: 'CA', kind: 'country' });
    const madrid = placeAt(found, text, 'Madrid');
    expect(madrid).toMatchObject({ country: 'ES', kind: 'place' });
    expect(near(madrid, 40.42, -3.7)).toBe(true);
  });

  it('keeps a hyphenated name whole', () => {
    const text = 'Shelling was reported in Ivano-Frankivsk overnight.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'Ivano-Frankivsk')).toMatchObject({ country: 'UA', rule: 'en/places/name' });
    expect(placeAt(found, text, 'Ivano')).toBeUndefined();
  });

  it("does not read people's double names or other names of towns in them", () => {
    const text = 'Lawmaker Mario Diaz-Balart met Moon Jae-in near the Champs-Elysees.';
    expect(placesOf(text, 'en').filter((p) => p.rule === 'en/places/hyphen-part')).toEqual([]);
  });

  it('does not take a surname after initials', () => {
    const text = 'Former president George H. W. Bush visited Houston.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'Bush')).toBeUndefined();
    expect(near(placeAt(found, text, 'Houston'), 29.76, -95.36)).toBe(true);
  });
});
