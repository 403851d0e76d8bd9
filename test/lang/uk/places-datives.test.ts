import { describe, expect, it } from 'vitest';
import { near, placeAt, placesOf } from '../../geo/helpers.js';

describe('uk places: dative after "по"', () => {
  it('undoes the dative of cities and regions', () => {
    const text = 'Ворог вдарив по Дніпру, по Харкову та по Запоріжжю, а ввечері ще й по Закарпаттю.';
    const found = placesOf(text, 'uk');
    const dnipro = placeAt(found, text, 'Дніпру');
    expect(dnipro).toMatchObject({ country: 'UA', kind: 'place', rule: 'uk/places/inflected-name' });
    expect(near(dnipro, 48.47, 35.04)).toBe(true);
    expect(near(placeAt(found, text, 'Харкову'), 49.98, 36.25)).toBe(true);
    const zaporizhzhia = placeAt(found, text, 'Запоріжжю');
    expect(zaporizhzhia).toMatchObject({ country: 'UA' });
    expect(near(zaporizhzhia, 47.84, 35.14)).toBe(true);
    expect(placeAt(found, text, 'Закарпаттю')).toMatchObject({ country: 'UA', kind: 'admin1' });
  });

  it('does not read ordinary words in the dative as places', () => {
    const text = 'Дякую вам по-людськи. Новини по телебаченню передали вранці.';
    expect(placesOf(text, 'uk')).toEqual([]);
  });
});
