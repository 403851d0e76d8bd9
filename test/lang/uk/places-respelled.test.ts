import { describe, expect, it } from 'vitest';
import { near, placeAt, placesOf } from '../../geo/helpers.js';

describe('uk places that GeoNames names only in Russian', () => {
  it('finds them by their Russian spelling', () => {
    const text = 'Уночі в Курській області дрони атакували Хомутівку. Також обстріляли Рильськ і Глушкове.';
    const found = placesOf(text, 'uk');
    const khomutovka = placeAt(found, text, 'Хомутівку');
    expect(khomutovka).toMatchObject({ country: 'RU', kind: 'place', name: 'Khomutovka', rule: 'uk/places/respelled-name' });
    expect(near(khomutovka, 51.92, 34.56)).toBe(true);
    expect(near(placeAt(found, text, 'Рильськ'), 51.57, 34.68)).toBe(true);
    expect(near(placeAt(found, text, 'Глушкове'), 51.34, 34.64)).toBe(true);
  });

  it('keeps names found as written', () => {
    const text = 'У Харкові лунали вибухи.';
    expect(placeAt(placesOf(text, 'uk'), text, 'Харкові')).toMatchObject({ country: 'UA', rule: 'uk/places/inflected-name' });
  });
});
