/**
 * Timeline statistics: events, fatalities and injured per day, week (ISO, from Monday) or month,
 * for the events matching a filter. Grouped by day in SQL (the same SQL on both backends), then
 * folded into weeks or months here.
 */
import type { Kysely } from 'kysely';
import { applyFilter, planTextSearch, type EventFilter } from './event-query.js';
import type { Database } from './schema.js';

export const INTERVALS = ['day', 'week', 'month'] as const;
export type Interval = (typeof INTERVALS)[number];

export interface TimelineBucket {
  /** The first day of the bucket (`YYYY-MM-DD`). */
  readonly period: string;
  readonly events: number;
  readonly fatalities: number;
  readonly injured: number;
}

export async function timeline(db: Kysely<Database>, f: EventFilter, interval: Interval): Promise<TimelineBucket[]> {
  const rows = await applyFilter(db.selectFrom('events'), f, await planTextSearch(db, f))
    .select((eb) => [
      'date_start',
      eb.fn.countAll().as('n'),
      eb.fn.sum<number | string | null>('fatalities').as('fat'),
      eb.fn.sum<number | string | null>('injured').as('inj'),
    ])
    .groupBy('date_start')
    .orderBy('date_start')
    .execute();
  const buckets = new Map<string, { events: number; fatalities: number; injured: number }>();
  for (const r of rows) {
    const key = bucketOf(r.date_start, interval);
    const b = buckets.get(key) ?? { events: 0, fatalities: 0, injured: 0 };
    b.events += Number(r.n);
    b.fatalities += Number(r.fat ?? 0);
    b.injured += Number(r.inj ?? 0);
    buckets.set(key, b);
  }
  return [...buckets].map(([period, b]) => ({ period, ...b }));
}

/** The first day of the bucket holding `day`. */
export function bucketOf(day: string, interval: Interval): string {
  if (interval === 'day') return day.slice(0, 10);
  if (interval === 'month') return `${day.slice(0, 7)}-01`;
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}
