import { describe, expect, it } from 'vitest';
import { near, placeAt, placesOf } from '../../geo/helpers.js';

describe('it places: a named area made of regions prefers the namesakes inside it', () => {
  it('"vicino a Novoselivka nel Donbass" is the village of Donetsk Oblast', () => {
    const text = 'Due soldati sono stati uccisi vicino a Novoselivka nel Donbass.';
    const village = placeAt(placesOf(text, 'it'), text, 'Novoselivka');
    expect(village).toMatchObject({ country: 'UA', admin1: 'Donetsk Oblast' });
    expect(near(village, 49.07, 37.7, 10)).toBe(true);
  });
});
