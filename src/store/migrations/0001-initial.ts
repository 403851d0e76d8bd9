/**
 * 0001: articles, events and their reports, evidence spans, statements and claims, reviews and
 * the change log. Written once for both backends: `ctx.autoId` is the only dialect difference.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('id', ctx.autoId, ctx.primaryKey)
    .addColumn('url', 'text', (c) => c.unique())
    .addColumn('external_id', 'text')
    .addColumn('outlet', 'text')
    .addColumn('title', 'text')
    .addColumn('published', 'text')
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute();

  let events = db.schema.createTable('events').addColumn('id', ctx.autoId, ctx.primaryKey);
  for (const name of ['event_type', 'sub_event_type', 'date_start', 'date_end', 'date_precision', 'location_name']) {
    events = events.addColumn(name, 'text', (c) => c.notNull());
  }
  events = events
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('lon', 'double precision', (c) => c.notNull())
    .addColumn('geoname_id', 'integer')
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('admin1', 'text')
    .addColumn('location_precision', 'text', (c) => c.notNull());
  for (const name of ['actor1', 'actor1_country', 'actor2', 'actor2_country', 'target_kind']) {
    events = events.addColumn(name, 'text');
  }
  events = events.addColumn('weapons', 'text', (c) => c.notNull()).addColumn('impacts', 'text', (c) => c.notNull());
  for (const name of ['fatalities', 'fatalities_min', 'fatalities_max', 'injured', 'injured_min', 'injured_max']) {
    events = events.addColumn(name, 'integer');
  }
  await events
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('report_count', 'integer', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('event_reports')
    .addColumn('id', ctx.autoId, ctx.primaryKey)
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .addColumn('fatalities', 'integer')
    .addColumn('fatalities_qualifier', 'text')
    .addColumn('injured', 'integer')
    .addColumn('injured_qualifier', 'text')
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addUniqueConstraint('event_reports_article_ordinal', ['article_id', 'ordinal'])
    .execute();

  await db.schema
    .createTable('evidence')
    .addColumn('id', ctx.autoId, ctx.primaryKey)
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('owner_kind', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'integer', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('rule', 'text')
    .addCheckConstraint('evidence_half_open', sql`span_start >= 0 and span_end >= span_start`)
    .execute();

  await db.schema
    .createTable('statements')
    .addColumn('id', ctx.autoId, ctx.primaryKey)
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('speaker_name', 'text', (c) => c.notNull())
    .addColumn('speaker_role', 'text')
    .addColumn('platform', 'text')
    .execute();

  await db.schema
    .createTable('claims')
    .addColumn('id', ctx.autoId, ctx.primaryKey)
    .addColumn('statement_id', 'integer', (c) => c.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('weapon', 'text')
    .addColumn('actor', 'text')
    .addColumn('count_value', 'double precision', (c) => c.notNull())
    .addColumn('count_qualifier', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text')
    .execute();

  await db.schema
    .createTable('reviews')
    .addColumn('id', ctx.autoId, ctx.primaryKey)
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('field', 'text')
    .addColumn('value', 'text')
    .addColumn('reviewer', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('changes')
    .addColumn('id', ctx.autoId, ctx.primaryKey)
    .addColumn('event_id', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await createIndexes(db);
}

/** Indexes for the queries of `GET /api/events` (filters + sort by date) and for merging. */
async function createIndexes(db: Kysely<unknown>): Promise<void> {
  const indexes: [string, string, string[]][] = [
    ['events_date', 'events', ['date_start', 'id']],
    ['events_type_date', 'events', ['event_type', 'date_start']],
    ['events_sub_type_date', 'events', ['sub_event_type', 'date_start']],
    ['events_country_date', 'events', ['country', 'date_start']],
    ['events_admin1_date', 'events', ['admin1', 'date_start']],
    ['events_lat_lon', 'events', ['lat', 'lon']],
    ['events_fatalities', 'events', ['fatalities']],
    ['events_updated', 'events', ['updated_at']],
    ['event_reports_event', 'event_reports', ['event_id']],
    ['evidence_owner', 'evidence', ['owner_kind', 'owner_id']],
    ['statements_article', 'statements', ['article_id']],
    ['claims_statement', 'claims', ['statement_id']],
    ['reviews_event', 'reviews', ['event_id']],
  ];
  for (const [name, table, columns] of indexes) {
    await db.schema.createIndex(name).on(table).columns(columns).execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['changes', 'reviews', 'claims', 'statements', 'evidence', 'event_reports', 'events', 'articles']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
