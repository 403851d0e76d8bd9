/**
 * Events in the database: finding merge candidates, adding a report, and recomputing an event's
 * merged view from its reports and reviews. Every function takes the transaction it runs in.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Event } from '../model/extraction.js';
import { day, type MergeCandidate } from './event-merge.js';
import { summarize, type ReportInput } from './event-summary.js';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

/** Serializes merging across processes on PostgreSQL (any constant shared by all sitrep processes). */
const MERGE_LOCK = 727_001;

/**
 * Takes the merge lock for the rest of the transaction on PostgreSQL (SQLite has one writer at a
 * time anyway): two workers never create the same event twice, and `changes` ids commit in order.
 */
export async function lockForMerge(db: Db, dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${MERGE_LOCK})`.execute(db);
}

/** Longest event a candidate search looks back over (a `year`-precision event). */
const LOOKBACK_DAYS = 370;

/** Stored events that could be the same as `event`: same type and country, dates that may overlap. */
export async function findCandidates(db: Db, event: Event): Promise<MergeCandidate[]> {
  const start = day(event.date.start);
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('event_type', '=', event.eventType)
    .where('country', '=', event.location.country)
    .where('date_start', '<=', day(event.date.end))
    .where('date_start', '>=', shiftDay(start, -LOOKBACK_DAYS))
    .where('date_end', '>=', start)
    .where('status', '!=', 'rejected')
    .limit(500)
    .execute();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const reports = await db
    .selectFrom('event_reports')
    .select(['event_id', 'article_id'])
    .where('event_id', 'in', ids)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    eventType: r.event_type,
    subEventType: r.sub_event_type,
    dateStart: r.date_start,
    dateEnd: r.date_end,
    lat: r.lat,
    lon: r.lon,
    country: r.country,
    admin1: r.admin1,
    precision: r.location_precision,
    actor1: r.actor1 ? { name: r.actor1, ...(r.actor1_country ? { country: r.actor1_country } : {}) } : null,
    actor2: r.actor2 ? { name: r.actor2, ...(r.actor2_country ? { country: r.actor2_country } : {}) } : null,
    targetKind: r.target_kind,
    weaponKinds: (JSON.parse(r.weapons) as { kind: string }[]).map((w) => w.kind),
    articleIds: reports.filter((p) => p.event_id === r.id).map((p) => p.article_id),
  }));
}

/** `YYYY-MM-DD` moved by `days`. */
export function shiftDay(iso: string, days: number): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface NewReport {
  readonly articleId: number;
  readonly ordinal: number;
  readonly reportedAt: string;
  readonly event: Event;
}

/** Stores one article's account of an event and its evidence spans. */
export async function insertReport(db: Db, eventId: number, r: NewReport): Promise<number> {
  const e = r.event;
  const { id } = await db
    .insertInto('event_reports')
    .values({
      event_id: eventId,
      article_id: r.articleId,
      ordinal: r.ordinal,
      reported_at: r.reportedAt,
      fatalities: e.fatalities ? Math.round(e.fatalities.value) : null,
      fatalities_qualifier: e.fatalities?.qualifier ?? null,
      injured: e.injured ? Math.round(e.injured.value) : null,
      injured_qualifier: e.injured?.qualifier ?? null,
      confidence: e.confidence,
      payload: JSON.stringify(e),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const spans = e.evidence.map((s) => ({ field: 'event', start: s.start, end: s.end, rule: null as string | null }));
  for (const [field, list] of Object.entries(e.fieldEvidence ?? {})) {
    for (const s of list) spans.push({ field, start: s.start, end: s.end, rule: s.rule ?? null });
  }
  if (spans.length) {
    await db
      .insertInto('evidence')
      .values(spans.map((s) => ({ article_id: r.articleId, owner_kind: 'report', owner_id: id, field: s.field, span_start: s.start, span_end: s.end, rule: s.rule })))
      .execute();
  }
  return id;
}

/** Creates an event from its first report; returns its id. */
export async function createEvent(db: Db, r: NewReport, outlet: string | null, now: string): Promise<number> {
  const fields = summarize([{ event: r.event, reportedAt: r.reportedAt, confidence: r.event.confidence, sources: sourceNames(r.event, outlet) }]);
  const { id } = await db
    .insertInto('events')
    .values({ ...fields, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertReport(db, id, r);
  await db.insertInto('changes').values({ event_id: id, kind: 'created', at: now }).execute();
  return id;
}

/** Recomputes an event's merged view from all its reports and reviews, and logs the change. */
export async function recomputeEvent(db: Db, eventId: number, now: string): Promise<void> {
  const reports = await db
    .selectFrom('event_reports')
    .innerJoin('articles', 'articles.id', 'event_reports.article_id')
    .select(['event_reports.payload', 'event_reports.reported_at', 'event_reports.confidence', 'articles.outlet'])
    .where('event_reports.event_id', '=', eventId)
    .orderBy('event_reports.id')
    .execute();
  const reviews = await db
    .selectFrom('reviews')
    .select(['action', 'field', 'value'])
    .where('event_id', '=', eventId)
    .orderBy('id')
    .execute();
  const inputs: ReportInput[] = reports.map((r) => {
    const event = JSON.parse(r.payload) as Event;
    return { event, reportedAt: r.reported_at, confidence: r.confidence, sources: sourceNames(event, r.outlet) };
  });
  const fields = summarize(inputs, reviews);
  await db.updateTable('events').set({ ...fields, updated_at: now }).where('id', '=', eventId).execute();
  await db.insertInto('changes').values({ event_id: eventId, kind: 'updated', at: now }).execute();
}

function sourceNames(e: Event, outlet: string | null): string[] {
  const names = e.sources.flatMap((s) => [s.name, s.outlet, s.channel]).filter((s): s is string => !!s);
  return outlet ? [outlet, ...names] : names;
}
