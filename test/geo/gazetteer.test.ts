import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/geo/load.js';
import { findCountry, findPlace, findRegion, placeContext, bestPlacePerSentence, distanceKm } from '../../src/geo/api.js';
import { nameKey } from '../../src/geo/name-key.js';

const gaz = loadGazetteer();

describe('nameKey', () => {
  it('folds case, Latin diacritics, apostrophes and hyphens but keeps Cyrillic letters', () => {
    expect(nameKey('Bucureşti')).toBe('bucuresti');
    expect(nameKey("Kam'yans'ke")).toBe('kamyanske');
    expect(nameKey('Ivano-Frankivsk')).toBe('ivano frankivsk');
    expect(nameKey('Київ')).toBe('київ');
    expect(nameKey('Орёл')).toBe('орел');
    expect(nameKey('U.S.')).toBe('u.s.');
  });

  it('gives plain Latin and Cyrillic words their lower case, the composed letters kept as they are', () => {
    expect(nameKey('ЙОШКАР')).toBe('йошкар');
    expect(nameKey('Їжакевич')).toBe('їжакевич');
    expect(nameKey('ЁЛКИ')).toBe('елки');
    expect(nameKey('Kursk')).toBe('kursk');
    expect(nameKey('New York')).toBe('new york');
    expect(nameKey('Курская  область ')).toBe('курская область');
    // every letter of the Cyrillic block alone, against its own decomposition folded back
    for (let c = 0x400; c < 0x460; c++) {
      const ch = String.fromCharCode(c);
      expect(nameKey(ch), ch).toBe(ch.toLowerCase().replace('ё', 'е').normalize('NFD').normalize('NFC'));
    }
  });
});

describe('gazetteer', () => {
  it('holds all of cities500 plus regions, countries and continents', () => {
    expect(gaz.size).toBeGreaterThan(200_000);
    expect(gaz.header.regions.length).toBeGreaterThan(4000);
  });

  it('finds a city by its names in several scripts', () => {
    for (const name of ['Kharkiv', 'Харків', 'Харьков', 'Charkiw']) {
      const e = findPlace(gaz, name, 'UA');
      expect(e?.name, name).toBe('Kharkiv');
      expect(distanceKm(e!, { lat: 49.98, lon: 36.25 })).toBeLessThan(5);
    }
  });

  it('finds regions by name and code, with their own names', () => {
    const kursk = findRegion(gaz, 'Курская область');
    expect(kursk).toMatchObject({ kind: 'admin1', country: 'RU', name: 'Kursk Oblast' });
    expect(findRegion(gaz, 'RU-KRS')?.entry).toBe(kursk?.entry);
    expect(findRegion(gaz, 'Kharkiv')).toMatchObject({ kind: 'admin1', country: 'UA' });
  });

  it("places countries at GeoNames' own points", () => {
    expect(findCountry(gaz, 'RU')).toMatchObject({ lat: 60, lon: 100, kind: 'country' });
    expect(findCountry(gaz, 'Ucraina')).toMatchObject({ country: 'UA', lat: 49, lon: 32 });
    expect(findCountry(gaz, 'Україна')?.country).toBe('UA');
  });

  it('summarizes the countries and regions of a list of places and the best place per sentence', () => {
    const kharkiv = { start: 0, end: 7, text: 'Kharkiv', name: 'Kharkiv', lat: 49.98, lon: 36.25, country: 'UA', admin1: 'Kharkiv Oblast', kind: 'place' as const, rule: 't' };
    const ukraine = { ...kharkiv, start: 11, end: 18, text: 'Ukraine', name: 'Ukraine', kind: 'country' as const, admin1: undefined };
    expect(placeContext([kharkiv, ukraine]).countries).toEqual([{ country: 'UA', count: 2 }]);
    expect(bestPlacePerSentence([{ start: 0, end: 20 }, { start: 20, end: 30 }], [ukraine, kharkiv])).toEqual([kharkiv, undefined]);
  });
});
