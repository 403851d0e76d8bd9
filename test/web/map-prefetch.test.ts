import { describe, expect, it } from 'vitest';
import { fitView, sameView } from '../../src/web/map-prefetch.js';

describe('fitView', () => {
  it('frames an extent with padding, capped at the maximum zoom', () => {
    // Ukraine-sized extent in a 700 × 650 box
    const v = fitView([22, 44, 40, 52.5], 700, 650);
    expect(v.zoom).toBeGreaterThan(4);
    expect(v.zoom).toBeLessThan(5.5);
    expect(v.bounds[0]).toBeLessThan(22);
    expect(v.bounds[2]).toBeGreaterThan(40);
    expect(v.bounds[1]).toBeLessThan(44);
    expect(v.bounds[3]).toBeGreaterThan(52.5);
    // one point: the maximum zoom, centred on it
    const p = fitView([30, 50, 30, 50], 700, 650);
    expect(p.zoom).toBe(5.5);
    expect((p.bounds[0] + p.bounds[2]) / 2).toBeCloseTo(30);
  });

  it('tells the same view from a moved one', () => {
    const v = fitView([22, 44, 40, 52.5], 700, 650);
    expect(sameView(v, { zoom: v.zoom + 0.001, bounds: [v.bounds[0] + 0.001, v.bounds[1], v.bounds[2], v.bounds[3]] }, 700)).toBe(true);
    expect(sameView(v, { zoom: v.zoom, bounds: [v.bounds[0] + 1, v.bounds[1], v.bounds[2] + 1, v.bounds[3]] }, 700)).toBe(false);
    expect(sameView(v, { zoom: v.zoom + 1, bounds: v.bounds }, 700)).toBe(false);
  });
});
