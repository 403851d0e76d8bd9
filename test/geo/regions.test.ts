import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/geo/load.js';
import { findPlace, findRegion, distanceKm } from '../../src/geo/api.js';
import { usCounties } from '../../src/geo/build/counties.js';
import type { CityRow } from '../../src/geo/build/sources.js';

const gaz = loadGazetteer();

describe('first-level regions', () => {
  it('sit at the middle of their area, not at a map label', () => {
    // Natural Earth's label points put Florida on the Gulf coast and Hawaii on Oahu.
    const florida = findRegion(gaz, 'Florida', 'US')!;
    expect(distanceKm(florida, { lat: 28.7, lon: -82.5 })).toBeLessThan(60);
    const hawaii = findRegion(gaz, 'Hawaii', 'US')!;
    expect(distanceKm(hawaii, { lat: 20.8, lon: -156.4 })).toBeLessThan(120);
  });

  it("take GeoNames' own point where it lies far from the centroid (region-points.tsv)", () => {
    // GeoNames puts Alberta in the Rockies and Queensland at a rounded -20,145.
    const alberta = findRegion(gaz, 'Alberta', 'CA')!;
    expect(distanceKm(alberta, { lat: 52.28, lon: -117.47 })).toBeLessThan(5);
    const queensland = findRegion(gaz, 'Queensland', 'AU')!;
    expect(distanceKm(queensland, { lat: -20, lon: 145 })).toBeLessThan(5);
    // Regions without a correction stay at their centroid (Manitoba's is 30 km from GeoNames').
    const manitoba = findRegion(gaz, 'Manitoba', 'CA')!;
    expect(distanceKm(manitoba, { lat: 54.92, lon: -97.44 })).toBeLessThan(5);
  });

  it("files towns under Natural Earth's départements and provinces by their GeoNames admin2 code", () => {
    // (département 11 is Aude; Paris's admin1 code 11 is Île-de-France: codes of two levels)
    expect(findPlace(gaz, 'Paris', 'FR')?.region).toMatchObject({ code: 'FR.75', name: 'Paris' });
    expect(findPlace(gaz, 'Bordeaux', 'FR')?.region).toMatchObject({ name: 'Gironde' });
    expect(findRegion(gaz, 'Gironde')).toMatchObject({ kind: 'admin1', country: 'FR' });
    expect(findPlace(gaz, 'Kharkiv', 'UA')?.region?.name).toBe('Kharkiv Oblast');
  });

  it('keeps regions across the antimeridian on their own side', () => {
    const chukotka = findRegion(gaz, 'RU-CHU')!;
    expect(chukotka.lat).toBeGreaterThan(60);
    expect(chukotka.lon).toBeGreaterThan(160);
  });
});

describe('US counties', () => {
  it('sit at the mean point of their towns, named as people write them', () => {
    const town = (name: string, lat: number, lon: number, population: number): CityRow => ({
      geonameId: 1, name, ascii: name, names: [name], lat, lon, feature: 'P.PPL', country: 'US', admin1: 'KY', admin2: '169', population,
    });
    const counties = usCounties([town('Edmonton', 37.0, -85.6, 1500), town('Sulphur Well', 37.1, -85.8, 500)]);
    expect(counties).toHaveLength(1);
    const metcalfe = counties[0]!;
    expect(metcalfe).toMatchObject({ name: 'Metcalfe County', state: 'KY', population: 2000 });
    expect(metcalfe.names).toEqual(['Metcalfe County', 'Metcalfe Co.']);
    expect(metcalfe.lat).toBeCloseTo(37.05, 5);
    expect(metcalfe.lon).toBeCloseTo(-85.7, 5);
  });
});
