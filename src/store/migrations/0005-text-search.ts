/**
 * 0005: an index for `q=` (words anywhere in an event's names, actors, types and sources), which
 * otherwise reads every row. SQLite: an FTS5 table with the trigram tokenizer over
 * `events.search_text` (it answers `LIKE '%word%'` from the index), kept in step by triggers.
 * PostgreSQL: a trigram GIN index (pg_trgm) when the extension can be created; without it
 * searches stay correct and only slower.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

const SQLITE_UP = [
  `create virtual table events_fts using fts5(search_text, content='events', content_rowid='id', tokenize='trigram')`,
  `insert into events_fts(events_fts) values ('rebuild')`,
  `create trigger events_fts_insert after insert on events begin
     insert into events_fts(rowid, search_text) values (new.id, new.search_text); end`,
  `create trigger events_fts_delete after delete on events begin
     insert into events_fts(events_fts, rowid, search_text) values ('delete', old.id, old.search_text); end`,
  `create trigger events_fts_update after update of search_text on events begin
     insert into events_fts(events_fts, rowid, search_text) values ('delete', old.id, old.search_text);
     insert into events_fts(rowid, search_text) values (new.id, new.search_text); end`,
];

export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  if (ctx.dialect === 'sqlite') {
    for (const statement of SQLITE_UP) await sql.raw(statement).execute(db);
    return;
  }
  // the extension needs a privilege a hosted database may not give: try it in a savepoint
  await sql`savepoint sitrep_trgm`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create index events_search_trgm on events using gin (search_text gin_trgm_ops)`.execute(db);
    await sql`release savepoint sitrep_trgm`.execute(db);
  } catch {
    await sql`rollback to savepoint sitrep_trgm`.execute(db);
  }
}

export async function down(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  if (ctx.dialect === 'sqlite') {
    for (const name of ['events_fts_insert', 'events_fts_delete', 'events_fts_update']) await sql.raw(`drop trigger if exists ${name}`).execute(db);
    await sql`drop table if exists events_fts`.execute(db);
    return;
  }
  await sql`drop index if exists events_search_trgm`.execute(db);
}
