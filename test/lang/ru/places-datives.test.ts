import { describe, expect, it } from 'vitest';
import { near, placeAt, placesOf } from '../../geo/helpers.js';

describe('ru places: dative after "по"', () => {
  it('undoes the dative of cities and regions', () => {
    const text = 'Удары наносились по Одессе, по Днепру и по Запорожью.';
    const found = placesOf(text, 'ru');
    expect(near(placeAt(found, text, 'Одессе'), 46.48, 30.73)).toBe(true);
    const dnipro = placeAt(found, text, 'Днепру');
    expect(dnipro).toMatchObject({ country: 'UA', kind: 'place', rule: 'ru/places/inflected-name' });
    expect(near(dnipro, 48.47, 35.04)).toBe(true);
    expect(near(placeAt(found, text, 'Запорожью'), 47.84, 35.14)).toBe(true);
  });

  it('does not read ordinary words in the dative as places', () => {
    const text = 'Спасибо по-человечески. Новости по телевидению передали утром.';
    expect(placesOf(text, 'ru')).toEqual([]);
  });
});
