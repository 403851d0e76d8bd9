/**
 * `GET /api/web/timeline`: events and fatalities per day, broken down by event type, for the
 * dashboard's stacked timeline (the store's `/api/stats/timeline` has totals only). At most one
 * row per (day, type), so the payload stays small whatever the number of events.
 */
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/database.js';
import { applyFilter } from '../store/event-query.js';
import { toFilter } from './filter-params.js';
import type { FilterQuery } from './filter-params.js';
import { filterProperties } from './schemas.js';
import { cacheKey } from './web-cache.js';
import type { AggregateCache } from './web-cache.js';

export interface DayBucket {
  date: string;
  events: number;
  fatalities: number;
  byType: Record<string, number>;
}

interface Row {
  date_start: string;
  event_type: string;
  n: number | string | bigint;
  fat: number | string | null;
}

/** Folds (day, type) rows into one bucket per day, in date order. */
export function foldDays(rows: readonly Row[]): DayBucket[] {
  const days = new Map<string, DayBucket>();
  for (const r of rows) {
    const date = r.date_start.slice(0, 10);
    const d = days.get(date) ?? { date, events: 0, fatalities: 0, byType: {} };
    const n = Number(r.n);
    d.events += n;
    d.fatalities += Number(r.fat ?? 0);
    d.byType[r.event_type] = (d.byType[r.event_type] ?? 0) + n;
    days.set(date, d);
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

export async function timelineByType(store: Store, q: FilterQuery): Promise<DayBucket[]> {
  const rows = await applyFilter(store.db.selectFrom('events'), toFilter(q))
    .select((eb) => ['date_start', 'event_type', eb.fn.countAll().as('n'), eb.fn.sum<number | string | null>('fatalities').as('fat')])
    .groupBy(['date_start', 'event_type'])
    .execute();
  return foldDays(rows as Row[]);
}

export function registerWebTimeline(app: FastifyInstance, store: Store, cache: AggregateCache): void {
  app.get<{ Querystring: FilterQuery }>(
    '/api/web/timeline',
    {
      schema: {
        summary: 'Events and fatalities per day by event type (dashboard timeline)',
        tags: ['dashboard'],
        querystring: { type: 'object', properties: filterProperties },
        response: {
          200: {
            type: 'object',
            required: ['days'],
            properties: {
              days: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['date', 'events', 'fatalities', 'byType'],
                  properties: {
                    date: { type: 'string' },
                    events: { type: 'integer' },
                    fatalities: { type: 'integer' },
                    byType: { type: 'object', additionalProperties: { type: 'integer' } },
                  },
                },
              },
            },
          },
        },
      },
    },
    async (req) => ({ days: await cache.get(cacheKey('timeline', req.query), () => timelineByType(store, req.query)) }),
  );
}
