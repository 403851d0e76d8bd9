/**
 * Opening the store: an embedded SQLite file (the default, `./sitrep.db`) or a PostgreSQL
 * database (`postgres://...`). Pending migrations are applied on open, so every process sees the
 * schema its code expects.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { MIGRATION_CONTEXTS } from './migrations/context.js';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';
import { DEFAULT_DB } from './names.js';

export type Dialect = 'sqlite' | 'postgres';

/** A store that could not be opened or migrated; its message says what to do. */
export class StoreError extends Error {
  override name = 'StoreError';
}

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** Where the data lives, without credentials (for messages). */
  readonly location: string;
  close(): Promise<void>;
}

export { DEFAULT_DB };

/** True for `postgres://` and `postgresql://` URLs. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Opens (creating when needed) and migrates the store at `location`: a file path or a PostgreSQL URL. */
export async function openStore(location: string = DEFAULT_DB): Promise<Store> {
  const store = isPostgresUrl(location) ? openPostgres(location) : openSqlite(location);
  try {
    await migrate(store);
  } catch (err) {
    await store.close().catch(() => undefined);
    throw new StoreError(`cannot prepare the database ${store.location}: ${(err as Error).message}`);
  }
  return store;
}

function openSqlite(path: string): Store {
  if (path !== ':memory:') {
    const dir = dirname(resolve(path));
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new StoreError(`cannot create the database ${path}: the folder ${dir} does not exist`);
    }
  }
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(path);
    // WAL: readers never block the writer, and a killed process loses no committed transaction
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 10000');
  } catch (err) {
    throw new StoreError(`cannot open the SQLite database ${path}: ${(err as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const close = async (): Promise<void> => {
    // keeps the planner's statistics fresh, so that filters keep choosing the right index
    if (sqlite.open && !sqlite.readonly) sqlite.pragma('optimize');
    await db.destroy();
  };
  return { db, dialect: 'sqlite', location: path, close };
}

function openPostgres(url: string): Store {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection that the server ends (a restart, a DBA's pg_terminate_backend) is dropped
  // from the pool, and the next query opens a new one; without a listener, pg's 'error' event
  // would crash the whole process instead.
  pool.on('error', (err: Error & { code?: string }) => {
    if (err.code !== '57P01') process.stderr.write(`sitrep: an idle PostgreSQL connection failed: ${err.message}\n`);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', location: redact(url), close: () => db.destroy() };
}

/** `postgres://user:secret@host/db` → `postgres://user:***@host/db`. */
export function redact(url: string): string {
  return url.replace(/^(\w+:\/\/[^:/@]+):[^@]*@/, '$1:***@');
}

/** Applies pending migrations; throws with the failing migration's name. */
export async function migrate(store: Store): Promise<void> {
  const migrator = new Migrator({ db: store.db, provider: migrationProvider(MIGRATION_CONTEXTS[store.dialect]) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    const why = error instanceof Error ? error.message : String(error);
    const newer = /previously executed migration (\S+) is missing/.exec(why);
    if (newer) throw new Error(`it was upgraded by a newer sitrep (migration ${newer[1]}): use that version or newer`);
    throw new Error(failed ? `migration ${failed.migrationName} failed: ${why}` : why);
  }
}
