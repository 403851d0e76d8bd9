import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKENDS } from '../store/backends.js';
import type { MapCell as Cell } from '../../src/server/web-map.js';
import { seed, startTestServer, type TestServer } from './helpers.js';

for (const backend of BACKENDS) {
  describe(`dashboard routes (${backend})`, () => {
    let t: TestServer;
    beforeEach(async () => {
      t = await startTestServer(backend);
      await seed(t.app);
    });
    afterEach(async () => t.cleanup());

    const get = async <T>(url: string): Promise<T> => {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as T;
    };

    it('clusters the map on a grid that fits the zoom, with the ids of single events', async () => {
      const near = await get<{ total: number; cells: Cell[] }>('/api/web/map?zoom=8&bbox=20,40,45,55');
      expect(near.total).toBe(3); // Kharkiv (two reports, one event), Odesa, Pokrovsk
      expect(near.cells.every((c) => c.count === 1 && typeof c.id === 'number')).toBe(true);
      expect(near.cells.find((c) => c.type === 'Battles')).toMatchObject({ lon: 37.18, lat: 48.28 });
      const far = await get<{ total: number; cells: Cell[] }>('/api/web/map?zoom=0');
      expect(far.cells.length).toBeLessThan(3); // 42° cells: at least two of the three share one
      expect(far.cells.reduce((n, c) => n + c.count, 0)).toBe(3);
      expect(far.cells.reduce((n, c) => n + c.fatalities, 0)).toBe(4);
      const cluster = far.cells.find((c) => c.count > 1)!;
      expect(cluster.id).toBeUndefined();
      const battles = await get<{ total: number }>('/api/web/map?zoom=3&type=Battles');
      expect(battles.total).toBe(1);
      const outside = await get<{ total: number }>('/api/web/map?zoom=3&bbox=-10,35,5,45');
      expect(outside.total).toBe(0);
    });

    it('answers the extent of the matching events, null when none', async () => {
      const { extent } = await get<{ extent: number[] }>('/api/web/extent');
      expect(extent[0]).toBeCloseTo(30.72);
      expect(extent[1]).toBeCloseTo(46.48);
      expect(extent[3]).toBeGreaterThan(49.9);
      expect((await get<{ extent: null }>('/api/web/extent?country=FR')).extent).toBeNull();
    });

    it('breaks the timeline down by day and type', async () => {
      const { days } = await get<{ days: { date: string; events: number; byType: Record<string, number> }[] }>('/api/web/timeline');
      expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
      expect(days.find((d) => d.date === '2026-01-03')?.byType).toEqual({ Battles: 1 });
      expect(days.reduce((n, d) => n + d.events, 0)).toBe(3);
    });

    it('refreshes cached aggregates when the data changes', async () => {
      const before = await get<{ total: number }>('/api/web/map?zoom=3');
      await t.app.inject({ method: 'PATCH', url: '/api/events/1', payload: { action: 'reject', reviewer: 'test' } });
      const after = await get<{ total: number }>('/api/web/map?zoom=3');
      expect(after.total).toBe(before.total - 1);
    });

    it('rejects a malformed bounding box with a message', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/web/map?bbox=1,60,2,50' });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toMatch(/bbox/);
    });
  });
}
