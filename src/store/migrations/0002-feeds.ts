/**
 * 0002: RSS/Atom/RDF feeds that sitrep polls (src/ingest/feed-*.ts), and the items seen in them,
 * so that each item is fetched and ingested once, never twice (unique feed + item key).
 */
import type { Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('feeds')
    .addColumn('id', ctx.autoId, ctx.primaryKey)
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text')
    .addColumn('title', 'text')
    .addColumn('interval_s', 'integer', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('last_polled_at', 'text')
    .addColumn('last_ok_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('error_count', 'integer', (c) => c.notNull())
    .addColumn('next_poll_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('feed_items')
    .addColumn('id', ctx.autoId, ctx.primaryKey)
    .addColumn('feed_id', 'integer', (c) => c.notNull().references('feeds.id').onDelete('cascade'))
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('title', 'text')
    .addColumn('published', 'text')
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('article_id', 'integer', (c) => c.references('articles.id').onDelete('set null'))
    .addUniqueConstraint('feed_items_feed_key', ['feed_id', 'item_key'])
    .execute();
  await db.schema.createIndex('feed_items_status').on('feed_items').columns(['feed_id', 'status']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('feed_items').execute();
  await db.schema.dropTable('feeds').execute();
}
