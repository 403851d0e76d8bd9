/**
 * Querying events: the filters of `GET /api/events`, `sitrep events` and `sitrep export`,
 * applied in SQL so that they use the indexes of migration 0001.
 */
import { SqliteAdapter, sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Database, EventRow } from './schema.js';
import type { EventSort } from './names.js';

export interface EventFilter {
  /** [west, south, east, north] in degrees. */
  readonly bbox?: readonly [number, number, number, number];
  /** Event start date from/to, inclusive (`YYYY-MM-DD`). */
  readonly from?: string;
  readonly to?: string;
  /** Event types or sub-types (any of). */
  readonly types?: readonly string[];
  /** Substrings of actor1 or actor2 (any of, case-insensitive). */
  readonly actors?: readonly string[];
  /** ISO 3166-1 alpha-2 codes (any of). */
  readonly countries?: readonly string[];
  readonly admin1?: readonly string[];
  readonly minFatalities?: number;
  /** Words that must all appear in the event's names, actors, types and sources. */
  readonly q?: string;
  /** Statuses (any of); default: every status but `rejected`. */
  readonly statuses?: readonly string[];
  /** Only events created or updated after this ISO time. */
  readonly updatedSince?: string;
}

export { SORTS, type EventSort } from './names.js';

export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
  readonly sort: EventSort;
}

/**
 * Beyond this many matches `total` is reported as a lower bound (`totalExact: false`): counting
 * further costs a row lookup per match (tens of ms per 10,000 on a 1M-event SQLite store).
 */
export const COUNT_CAP = 1000;

/** ACLED's event types; any other `types` value is taken as a sub-event type. */
export const ACLED_EVENT_TYPES: readonly string[] = [
  'Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments',
];

type EventQuery = SelectQueryBuilder<Database, 'events', object>;

/**
 * The `q=` words to look up through SQLite's trigram index (migration 0005); the others are
 * matched with LIKE on `search_text` (on PostgreSQL its trigram index serves LIKE itself).
 */
export type TextSearch = ReadonlySet<string>;

/** Above this many matches a word is common: scanning in the page's order finds a page sooner. */
const RARE_WORD = 2000;

/** The words of a query, lower-cased, without LIKE wildcards. */
function queryWords(q: string | undefined): string[] {
  return (q ?? '').toLowerCase().split(/\s+/).map(escapeLike).filter(Boolean);
}

/**
 * Which words to look up through the text index: on SQLite, the rare ones (an index lookup finds
 * them in milliseconds where a scan reads every row); a common word ('kharkiv' in a Ukrainian
 * store) is faster to find by scanning in date order, which stops at the first page.
 */
export async function planTextSearch(db: Kysely<Database>, f: EventFilter): Promise<TextSearch> {
  const rare = new Set<string>();
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return rare;
  for (const word of queryWords(f.q)) {
    if (word.length < 3) continue; // a trigram index needs 3 characters
    const { rows } = await sql<{ n: number }>`select count(*) as n from (select rowid from events_fts where events_fts.search_text like ${`%${word}%`} limit ${RARE_WORD})`.execute(db);
    if (Number(rows[0]?.n ?? 0) < RARE_WORD) rare.add(word);
  }
  return rare;
}

/** Adds the filter's conditions to a query over `events`. */
export function applyFilter<Q extends EventQuery>(q: Q, f: EventFilter, indexed: TextSearch = new Set()): Q {
  let out = q as EventQuery;
  if (f.bbox) {
    const [w, s, e, n] = f.bbox;
    out = out.where('lat', '>=', s).where('lat', '<=', n);
    // a box across the antimeridian (west > east) wraps around
    out = w <= e ? out.where('lon', '>=', w).where('lon', '<=', e) : out.where((eb) => eb.or([eb('lon', '>=', w), eb('lon', '<=', e)]));
  }
  if (f.from) out = out.where('date_start', '>=', f.from);
  if (f.to) out = out.where('date_start', '<=', f.to);
  if (f.types?.length) {
    // split by vocabulary, so that a single-column IN can use its index (an OR over two cannot)
    const types = f.types.filter((t) => ACLED_EVENT_TYPES.includes(t));
    const subTypes = f.types.filter((t) => !ACLED_EVENT_TYPES.includes(t));
    if (!subTypes.length) out = out.where('event_type', 'in', types);
    else if (!types.length) out = out.where('sub_event_type', 'in', subTypes);
    else out = out.where((eb) => eb.or([eb('event_type', 'in', types), eb('sub_event_type', 'in', subTypes)]));
  }
  if (f.actors?.length) {
    const pats = f.actors.map((a) => `%${escapeLike(a.toLowerCase())}%`);
    out = out.where((eb) => eb.or(pats.flatMap((p) => [eb(eb.fn('lower', ['actor1']), 'like', p), eb(eb.fn('lower', ['actor2']), 'like', p)])));
  }
  if (f.countries?.length) out = out.where('country', 'in', f.countries.map((c) => c.toUpperCase()));
  if (f.admin1?.length) out = out.where('admin1', 'in', [...f.admin1]);
  if (f.minFatalities !== undefined) out = out.where('fatalities', '>=', f.minFatalities);
  for (const word of queryWords(f.q)) {
    out = indexed.has(word)
      ? out.where(sql<boolean>`id in (select rowid from events_fts where events_fts.search_text like ${`%${word}%`})`)
      : out.where('search_text', 'like', `%${word}%`);
  }
  out = f.statuses?.length ? out.where('status', 'in', [...f.statuses]) : out.where('status', '!=', 'rejected');
  if (f.updatedSince) out = out.where('updated_at', '>', f.updatedSince);
  return out as Q;
}

/** `%` and `_` in user text match themselves (LIKE … ESCAPE is not needed: we drop them). */
function escapeLike(s: string): string {
  return s.replace(/[%_\\]/g, '');
}

const SORT_COLUMN = { date: 'date_start', fatalities: 'fatalities', updated: 'updated_at', confidence: 'confidence' } as const;

/** Orders by the sort key, then by id, so that pages are stable. */
export function applySort<Q extends EventQuery>(q: Q, sort: EventSort): Q {
  const desc = sort.startsWith('-');
  const column = SORT_COLUMN[sort.replace('-', '') as keyof typeof SORT_COLUMN];
  const dir = desc ? 'desc' : 'asc';
  return (q as EventQuery).orderBy(column, dir).orderBy('id', dir) as Q;
}

export interface EventPage {
  readonly items: readonly EventRow[];
  readonly total: number;
  /** False when there are more than `COUNT_CAP` matches and `total` is that cap. */
  readonly totalExact: boolean;
}

/** One page of events matching the filter, with the number of matches (capped, see `COUNT_CAP`). */
export async function queryEvents(db: Kysely<Database>, f: EventFilter, page: PageRequest): Promise<EventPage> {
  const base = applyFilter(db.selectFrom('events'), f, await planTextSearch(db, f));
  const items = await applySort(base.selectAll(), page.sort).limit(page.limit).offset(page.offset).execute();
  let total: number;
  if (page.offset === 0 && items.length < page.limit) total = items.length;
  else {
    const capped = base.select('id').limit(COUNT_CAP + 1).as('capped');
    const row = await db.selectFrom(capped).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    total = Number(row.n);
  }
  const totalExact = total <= COUNT_CAP;
  return { items, total: Math.min(total, COUNT_CAP), totalExact };
}

/** Every matching event in id order, a batch at a time (for exports of any size). */
export async function* streamEvents(db: Kysely<Database>, f: EventFilter, batch = 1000): AsyncGenerator<EventRow> {
  let after = 0;
  const indexed = await planTextSearch(db, f);
  for (;;) {
    const rows = await applyFilter(db.selectFrom('events'), f, indexed).selectAll().where('id', '>', after).orderBy('id').limit(batch).execute();
    for (const r of rows) yield r;
    if (rows.length < batch) return;
    after = rows[rows.length - 1]!.id;
  }
}
