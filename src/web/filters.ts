/**
 * The dashboard's filter state, shared by the map, the timeline and the table, and how it maps
 * onto the API's query parameters. Pure functions: tested without a browser.
 */

export interface Filters {
  /** Inclusive ISO dates `YYYY-MM-DD`. */
  readonly from?: string;
  readonly to?: string;
  readonly types: readonly string[];
  readonly country?: string;
  readonly admin1?: string;
  readonly actor?: string;
  readonly minFatalities?: number;
  readonly q?: string;
}

export const NO_FILTERS: Filters = { types: [] };

/** The query parameters of `GET /api/events` and friends for these filters. */
export function filterParams(f: Filters, opts: { dates?: boolean } = {}): URLSearchParams {
  const p = new URLSearchParams();
  if (opts.dates !== false) {
    if (f.from) p.set('from', f.from);
    if (f.to) p.set('to', f.to);
  }
  if (f.types.length) p.set('type', f.types.join(','));
  if (f.country) p.set('country', f.country);
  if (f.admin1) p.set('admin1', f.admin1);
  if (f.actor) p.set('actor', f.actor);
  if (f.minFatalities !== undefined && f.minFatalities > 0) p.set('min_fatalities', String(f.minFatalities));
  if (f.q) p.set('q', f.q);
  return p;
}

/** Filters kept in the page's URL hash, so a view can be bookmarked and survives a reload. */
export function filtersToHash(f: Filters, eventId?: number): string {
  const p = filterParams(f);
  if (eventId !== undefined) p.set('event', String(eventId));
  const s = p.toString();
  return s ? `#${s}` : '';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function filtersFromHash(hash: string): { filters: Filters; eventId?: number } {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const text = (k: string): string | undefined => p.get(k)?.trim() || undefined;
  const date = (k: string): string | undefined => {
    const v = text(k);
    return v && DATE.test(v) ? v : undefined;
  };
  const min = Number(p.get('min_fatalities'));
  const event = Number(p.get('event'));
  const filters: Filters = {
    types: (p.get('type') ?? '').split(',').filter(Boolean),
    ...opt('from', date('from')),
    ...opt('to', date('to')),
    ...opt('country', text('country')?.toUpperCase()),
    ...opt('admin1', text('admin1')),
    ...opt('actor', text('actor')),
    ...opt('minFatalities', Number.isFinite(min) && min > 0 ? Math.floor(min) : undefined),
    ...opt('q', text('q')),
  };
  return Number.isInteger(event) && event > 0 ? { filters, eventId: event } : { filters };
}

function opt<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
