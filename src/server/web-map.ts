/**
 * `GET /api/web/map`: the dashboard's map layer, aggregated on the server so that the browser
 * never receives every event. Events matching the filters inside the bounding box are grouped
 * into grid cells about 60 screen pixels wide at the requested zoom; a cell holding one event
 * carries its id, a cell holding several is a cluster (count, total toll, most frequent type,
 * mean position). At most a few hundred cells per view, whatever the size of the database.
 */
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/database.js';
import { applyFilter } from '../store/event-query.js';
import { toFilter } from './filter-params.js';
import type { FilterQuery } from './filter-params.js';
import { filterProperties } from './schemas.js';
import { cacheKey } from './web-cache.js';
import type { AggregateCache } from './web-cache.js';

interface MapQuery extends FilterQuery {
  zoom?: number;
}

export interface MapCell {
  lon: number;
  lat: number;
  count: number;
  fatalities: number;
  type: string;
  id?: number;
}

/** Grid cell size in degrees for a zoom level: ~60 px of a 512 px world tile. */
export function cellSize(zoom: number): number {
  const z = Math.max(0, Math.min(22, zoom));
  return (360 / (512 * 2 ** z)) * 60;
}

interface TypeRow {
  gx: number;
  gy: number;
  event_type: string;
  n: number | string;
  fat: number | string | null;
  slat: number;
  slon: number;
  id: number;
}

/** Merges per-(cell, type) rows into cells: counts and tolls summed, the commonest type kept. */
export function mergeCells(rows: readonly TypeRow[]): MapCell[] {
  const cells = new Map<string, { n: number; fat: number; slat: number; slon: number; id: number; best: [string, number] }>();
  for (const r of rows) {
    const key = `${r.gx}:${r.gy}`;
    const n = Number(r.n);
    const c = cells.get(key) ?? { n: 0, fat: 0, slat: 0, slon: 0, id: r.id, best: [r.event_type, 0] };
    c.n += n;
    c.fat += Number(r.fat ?? 0);
    c.slat += Number(r.slat);
    c.slon += Number(r.slon);
    if (n > c.best[1]) c.best = [r.event_type, n];
    cells.set(key, c);
  }
  return [...cells.values()].map((c) => ({
    lon: round(c.slon / c.n),
    lat: round(c.slat / c.n),
    count: c.n,
    fatalities: c.fat,
    type: c.best[0],
    ...(c.n === 1 ? { id: c.id } : {}),
  }));
}

const round = (v: number): number => Math.round(v * 1e5) / 1e5;

async function mapCells(store: Store, q: MapQuery): Promise<{ total: number; cells: MapCell[] }> {
  const size = cellSize(q.zoom ?? 3);
  const query = applyFilter(store.db.selectFrom('events'), toFilter(q));
  // the size as a literal, not a parameter: PostgreSQL needs the GROUP BY expression to be the
  // selected one, and `$1` and `$2` are not the same expression (size is a number we computed)
  const gx = sql<number>`floor((lon + 180) / ${sql.lit(size)})`;
  const gy = sql<number>`floor((lat + 90) / ${sql.lit(size)})`;
  const rows = (await query
    .select([
      gx.as('gx'),
      gy.as('gy'),
      'event_type',
      sql<number>`count(*)`.as('n'),
      sql<number>`sum(coalesce(fatalities, 0))`.as('fat'),
      sql<number>`sum(lat)`.as('slat'),
      sql<number>`sum(lon)`.as('slon'),
      sql<number>`min(id)`.as('id'),
    ])
    .groupBy([gx, gy, 'event_type'])
    .execute()) as unknown as TypeRow[];
  const cells = mergeCells(rows);
  return { total: cells.reduce((t, c) => t + c.count, 0), cells };
}

const CELL_SCHEMA = {
  type: 'object',
  required: ['lon', 'lat', 'count', 'fatalities', 'type'],
  properties: {
    lon: { type: 'number' },
    lat: { type: 'number' },
    count: { type: 'integer' },
    fatalities: { type: 'integer' },
    type: { type: 'string' },
    id: { type: 'integer' },
  },
} as const;

export function registerWebMap(app: FastifyInstance, store: Store, cache: AggregateCache): void {
  app.get<{ Querystring: MapQuery }>(
    '/api/web/map',
    {
      schema: {
        summary: 'Events on the map, clustered on a grid that fits the zoom (dashboard)',
        tags: ['dashboard'],
        querystring: {
          type: 'object',
          properties: {
            ...filterProperties,
            zoom: { type: 'number', minimum: 0, maximum: 24 },
          },
        },
        response: {
          200: { type: 'object', required: ['total', 'cells'], properties: { total: { type: 'integer' }, cells: { type: 'array', items: CELL_SCHEMA } } },
        },
      },
    },
    async (req) => cache.get(cacheKey('map', req.query), () => mapCells(store, req.query)),
  );
}
