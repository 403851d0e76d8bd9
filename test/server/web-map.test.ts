import { describe, expect, it } from 'vitest';
import { cellSize, mergeCells } from '../../src/server/web-map.js';

describe('web map aggregation', () => {
  it('halves the cell size at each zoom level', () => {
    expect(cellSize(0)).toBeCloseTo(42.1875);
    expect(cellSize(4) * 16).toBeCloseTo(cellSize(0));
  });

  it('merges per-type rows into cells: sums, mean position, commonest type, id for singles', () => {
    const cells = mergeCells([
      { gx: 1, gy: 1, event_type: 'Battles', n: 1, fat: 2, slat: 50, slon: 30, id: 7 },
      { gx: 1, gy: 1, event_type: 'Explosions/Remote violence', n: '3', fat: '9', slat: 150, slon: 93, id: 3 },
      { gx: 2, gy: 1, event_type: 'Protests', n: 1, fat: null, slat: 48.5, slon: 35.25, id: 11 },
    ]);
    expect(cells).toEqual([
      { lon: 30.75, lat: 50, count: 4, fatalities: 11, type: 'Explosions/Remote violence' },
      { lon: 35.25, lat: 48.5, count: 1, fatalities: 0, type: 'Protests', id: 11 },
    ]);
  });


});
