/**
 * `GET /api/web/extent`: the bounding box of the events matching the filters, so that the
 * dashboard opens its map framed on the data (one indexed min/max query, no event rows sent).
 */
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/database.js';
import { applyFilter } from '../store/event-query.js';
import { toFilter } from './filter-params.js';
import type { FilterQuery } from './filter-params.js';
import { filterProperties } from './schemas.js';
import { cacheKey } from './web-cache.js';
import type { AggregateCache } from './web-cache.js';

/** `[west, south, east, north]`, or null when no event matches. */
export type Extent = [number, number, number, number] | null;

export async function eventExtent(store: Store, q: FilterQuery): Promise<Extent> {
  const row = await applyFilter(store.db.selectFrom('events'), toFilter(q))
    .select((eb) => [eb.fn.min('lon').as('w'), eb.fn.min('lat').as('s'), eb.fn.max('lon').as('e'), eb.fn.max('lat').as('n')])
    .executeTakeFirst();
  if (!row || row.w === null || row.s === null || row.e === null || row.n === null) return null;
  return [Number(row.w), Number(row.s), Number(row.e), Number(row.n)];
}

export function registerWebExtent(app: FastifyInstance, store: Store, cache: AggregateCache): void {
  app.get<{ Querystring: FilterQuery }>(
    '/api/web/extent',
    {
      schema: {
        summary: 'The bounding box of the matching events (dashboard: initial map view)',
        tags: ['dashboard'],
        querystring: { type: 'object', properties: filterProperties },
        response: {
          200: {
            type: 'object',
            required: ['extent'],
            properties: { extent: { type: 'array', nullable: true, items: { type: 'number' }, minItems: 4, maxItems: 4 } },
          },
        },
      },
    },
    async (req) => ({ extent: await cache.get(cacheKey('extent', req.query), () => eventExtent(store, req.query)) }),
  );
}
