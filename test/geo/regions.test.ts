import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/geo/load.js';
import { findRegion, distanceKm } from '../../src/geo/api.js';

const gaz = loadGazetteer();

describe('first-level regions', () => {
  it('sit at the middle of their area, not at a map label', () => {
    // Natural Earth's label points put Florida on the Gulf coast and Hawaii on Oahu.
    const florida = findRegion(gaz, 'Florida', 'US')!;
    expect(distanceKm(florida, { lat: 28.7, lon: -82.5 })).toBeLessThan(60);
    const hawaii = findRegion(gaz, 'Hawaii', 'US')!;
    expect(distanceKm(hawaii, { lat: 20.8, lon: -156.4 })).toBeLessThan(120);
  });

  it('keeps regions across the antimeridian on their own side', () => {
    const chukotka = findRegion(gaz, 'RU-CHU')!;
    expect(chukotka.lat).toBeGreaterThan(60);
    expect(chukotka.lon).toBeGreaterThan(160);
  });
});
