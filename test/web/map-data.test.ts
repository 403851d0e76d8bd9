import { describe, expect, it } from 'vitest';
import { bboxParam, cellsToGeoJson } from '../../src/web/map-data.js';

describe('map data', () => {
  const cells = [
    { lon: 30.7, lat: 46.5, count: 1, fatalities: 3, type: 'Battles', id: 4 },
    { lon: 36.2, lat: 50, count: 5, fatalities: 0, type: 'Protests' },
  ];
  it('makes GeoJSON points with id -1 for clusters', () => {
    const fc = cellsToGeoJson(cells);
    expect(fc.features.map((f) => [f.geometry.coordinates, f.properties.id])).toEqual([
      [[30.7, 46.5], 4],
      [[36.2, 50], -1],
    ]);
  });
  it('clamps the bbox to the world', () => {
    expect(bboxParam(-200.12345, -95, 30.00049, 50)).toBe('-180,-90,30,50');
  });
});
