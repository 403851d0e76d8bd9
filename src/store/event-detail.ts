/**
 * One event with everything behind it: each report (which article said what, when), the toll
 * history, the evidence spans with the text they cover, the source texts, and the reviews.
 */
import type { Kysely } from 'kysely';
import type { Event } from '../model/extraction.js';
import type { Database } from './schema.js';
import { toEventView, type EventView } from './event-view.js';

export interface EvidenceView {
  readonly field: string;
  readonly start: number;
  readonly end: number;
  readonly rule: string | null;
  /** `article.text.slice(start, end)`. */
  readonly text: string;
}

export interface ReportView {
  readonly id: number;
  readonly reportedAt: string;
  readonly article: {
    readonly id: number;
    readonly url: string | null;
    readonly title: string | null;
    readonly outlet: string | null;
    readonly published: string | null;
    readonly lang: string;
    readonly text: string;
  };
  readonly event: Event;
  readonly evidence: readonly EvidenceView[];
}

export interface TollPoint {
  readonly reportedAt: string;
  readonly fatalities: number | null;
  readonly injured: number | null;
  readonly articleId: number;
  readonly outlet: string | null;
  readonly url: string | null;
}

export interface ReviewView {
  readonly action: string;
  readonly field: string | null;
  readonly value: unknown;
  readonly reviewer: string;
  readonly note: string | null;
  readonly at: string;
}

export interface EventDetail extends EventView {
  readonly reports: readonly ReportView[];
  readonly tollHistory: readonly TollPoint[];
  readonly reviews: readonly ReviewView[];
}

/** The event with id `id`, or undefined when there is none. */
export async function getEventDetail(db: Kysely<Database>, id: number): Promise<EventDetail | undefined> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const reports = await db
    .selectFrom('event_reports as r')
    .innerJoin('articles as a', 'a.id', 'r.article_id')
    .select(['r.id', 'r.reported_at', 'r.payload', 'r.fatalities', 'r.injured', 'a.id as article_id', 'a.url', 'a.title', 'a.outlet', 'a.published', 'a.lang', 'a.text'])
    .where('r.event_id', '=', id)
    .orderBy('r.reported_at')
    .orderBy('r.id')
    .execute();
  const spans = reports.length
    ? await db.selectFrom('evidence').selectAll().where('owner_kind', '=', 'report').where('owner_id', 'in', reports.map((r) => r.id)).orderBy('span_start').execute()
    : [];
  const reviews = await db.selectFrom('reviews').selectAll().where('event_id', '=', id).orderBy('id').execute();
  return {
    ...toEventView(row),
    reports: reports.map((r) => ({
      id: r.id,
      reportedAt: r.reported_at,
      article: { id: r.article_id, url: r.url, title: r.title, outlet: r.outlet, published: r.published, lang: r.lang, text: r.text },
      event: JSON.parse(r.payload) as Event,
      evidence: spans
        .filter((s) => s.owner_id === r.id)
        .map((s) => ({ field: s.field, start: s.span_start, end: s.span_end, rule: s.rule, text: r.text.slice(s.span_start, s.span_end) })),
    })),
    tollHistory: reports.map((r) => ({ reportedAt: r.reported_at, fatalities: r.fatalities, injured: r.injured, articleId: r.article_id, outlet: r.outlet, url: r.url })),
    reviews: reviews.map((v) => ({ action: v.action, field: v.field, value: v.value === null ? null : (JSON.parse(v.value) as unknown), reviewer: v.reviewer, note: v.note, at: v.created_at })),
  };
}
