/**
 * The dashboard's event filters applied to a query over `events` (dates, types, country, admin-1
 * region, actor, minimum toll, free text). Rejected events are left out, as in the event list.
 */
import { sql } from 'kysely';
import type { SelectQueryBuilder } from 'kysely';
import type { Database } from '../store/schema.js';

export interface WebFilterQuery {
  from?: string;
  to?: string;
  /** Comma-separated event types. */
  types?: string;
  country?: string;
  admin1?: string;
  actor?: string;
  minFatalities?: number;
  q?: string;
}

export const WEB_FILTER_SCHEMA = {
  from: { type: 'string', format: 'date', description: 'events ending on or after this day' },
  to: { type: 'string', format: 'date', description: 'events starting on or before this day' },
  types: { type: 'string', description: 'comma-separated event types' },
  country: { type: 'string', description: 'ISO 3166-1 alpha-2' },
  admin1: { type: 'string' },
  actor: { type: 'string' },
  minFatalities: { type: 'integer', minimum: 0 },
  q: { type: 'string', maxLength: 200 },
} as const;

/** `%`, `_` and `\` matched literally in a LIKE pattern (with `escape '\'`). */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function applyWebFilters<O>(
  query: SelectQueryBuilder<Database, 'events', O>,
  f: WebFilterQuery,
): SelectQueryBuilder<Database, 'events', O> {
  let q = query.where('status', '!=', 'rejected');
  if (f.from) q = q.where('date_end', '>=', f.from);
  if (f.to) q = q.where('date_start', '<=', f.to);
  const types = (f.types ?? '').split(',').map((t) => t.trim()).filter(Boolean);
  if (types.length) q = q.where('event_type', 'in', types);
  if (f.country) q = q.where('country', '=', f.country.toUpperCase());
  if (f.admin1) q = q.where('admin1', '=', f.admin1);
  if (f.actor) {
    const pattern = likePattern(f.actor);
    q = q.where(sql<boolean>`(lower(coalesce(actor1, '')) like ${pattern} escape '\\' or lower(coalesce(actor2, '')) like ${pattern} escape '\\')`);
  }
  if (f.minFatalities) q = q.where('fatalities', '>=', f.minFatalities);
  if (f.q) q = q.where(sql<boolean>`search_text like ${likePattern(f.q)} escape '\\'`);
  return q;
}
