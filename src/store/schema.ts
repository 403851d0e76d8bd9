/**
 * The database schema as Kysely sees it (one schema for SQLite and PostgreSQL).
 *
 * Conventions: ids are integers; dates and timestamps are ISO strings (`YYYY-MM-DD`, or full
 * ISO datetimes in UTC) so that they sort and compare the same way on both backends; lists and
 * nested objects are JSON text; spans are stored as two columns `span_start`/`span_end`,
 * half-open `[start, end)` in UTF-16 code units (STYLE.md rule 4), never as lengths.
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** An ingested article; unique by `url` (when known) and by `content_hash`. */
export interface ArticleTable {
  id: Generated<number>;
  url: string | null;
  /** The id the caller gave (file name, feed item id, JSONL `id`). */
  external_id: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  lang: string;
  text: string;
  /** SHA-256 (hex) of the normalized text: the same text under two URLs is one article. */
  content_hash: string;
  ingested_at: string;
}

/** The merged view of one real-world event, recomputed from its reports and reviews. */
export interface EventTable {
  id: Generated<number>;
  event_type: string;
  sub_event_type: string;
  date_start: string;
  date_end: string;
  date_precision: string;
  location_name: string;
  lat: number;
  lon: number;
  geoname_id: number | null;
  country: string;
  admin1: string | null;
  location_precision: string;
  actor1: string | null;
  actor1_country: string | null;
  actor2: string | null;
  actor2_country: string | null;
  target_kind: string | null;
  /** JSON: `{kind, count?}[]`, the union over reports. */
  weapons: string;
  /** JSON: `{kind, affected?}[]`, the union over reports. */
  impacts: string;
  /** The latest credible toll, and the range over every report. */
  fatalities: number | null;
  fatalities_min: number | null;
  fatalities_max: number | null;
  injured: number | null;
  injured_min: number | null;
  injured_max: number | null;
  confidence: number;
  /** `auto` (never reviewed), `confirmed`, `rejected`. */
  status: string;
  report_count: number;
  /** Lower-cased names, actors, types and sources, for `q=` text search. */
  search_text: string;
  created_at: string;
  updated_at: string;
}

/** One article's account of an event: what it said, kept as said. */
export interface EventReportTable {
  id: Generated<number>;
  event_id: number;
  article_id: number;
  /** Position of the event in the article's extraction. */
  ordinal: number;
  /** When the account was given: the article's publication time, else its ingestion time. */
  reported_at: string;
  fatalities: number | null;
  fatalities_qualifier: string | null;
  injured: number | null;
  injured_qualifier: string | null;
  confidence: number;
  /** JSON: the extracted `Event` as given by the pipeline. */
  payload: string;
}

/** A half-open span of an article's text that supports a value. */
export interface EvidenceTable {
  id: Generated<number>;
  article_id: number;
  /** `report` or `statement`. */
  owner_kind: string;
  owner_id: number;
  /** `event` for the whole event, else a field name (`fatalities`, `location`, `quote`, ...). */
  field: string;
  span_start: number;
  span_end: number;
  rule: string | null;
}

export interface StatementTable {
  id: Generated<number>;
  article_id: number;
  ordinal: number;
  speaker_name: string;
  speaker_role: string | null;
  platform: string | null;
}

export interface ClaimTable {
  id: Generated<number>;
  statement_id: number;
  what: string;
  weapon: string | null;
  actor: string | null;
  count_value: number;
  count_qualifier: string;
  period_start: string | null;
  period_end: string | null;
}

/** An analyst's review: confirm, correct one field, reject, reopen. Never deleted. */
export interface ReviewTable {
  id: Generated<number>;
  event_id: number;
  action: string;
  /** For `correct`: the corrected field and its value (JSON). */
  field: string | null;
  value: string | null;
  reviewer: string;
  note: string | null;
  created_at: string;
}

/** An append-only log of created/updated events, read by `GET /api/stream`. */
export interface ChangeTable {
  id: Generated<number>;
  event_id: number;
  kind: string;
  at: string;
}

/** A feed sitrep polls (migration 0002; used by src/ingest/feed-*.ts). */
export interface FeedTable {
  id: Generated<number>;
  url: string;
  /** The name the user gave. */
  name: string | null;
  /** The title the feed gives itself. */
  title: string | null;
  interval_s: number;
  added_at: string;
  /** Validators of the last answer, sent back for a conditional request. */
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  last_ok_at: string | null;
  last_error: string | null;
  /** Failures in a row; the next poll is put off exponentially. */
  error_count: number;
  next_poll_at: string;
}

/** An item seen in a feed; unique by (feed_id, item_key), so it is ingested once. */
export interface FeedItemTable {
  id: Generated<number>;
  feed_id: number;
  /** The item's guid/id, else its link. */
  item_key: string;
  url: string | null;
  title: string | null;
  published: string | null;
  first_seen_at: string;
  /** 'pending' | 'ingested' | 'duplicate' | 'failed' | 'skipped'. */
  status: string;
  attempts: number;
  last_error: string | null;
  article_id: number | null;
}

export interface Database {
  articles: ArticleTable;
  events: EventTable;
  event_reports: EventReportTable;
  evidence: EvidenceTable;
  statements: StatementTable;
  claims: ClaimTable;
  reviews: ReviewTable;
  changes: ChangeTable;
  feeds: FeedTable;
  feed_items: FeedItemTable;
}

export type ArticleRow = Selectable<ArticleTable>;
export type NewArticleRow = Insertable<ArticleTable>;
export type EventRow = Selectable<EventTable>;
export type NewEventRow = Insertable<EventTable>;
export type EventUpdate = Updateable<EventTable>;
export type EventReportRow = Selectable<EventReportTable>;
export type ReviewRow = Selectable<ReviewTable>;
