/**
 * Every migration, in order, in code (no migration files read at run time, so the built CLI
 * and the tests see the same list). Kysely's Migrator applies the pending ones and records them
 * in `kysely_migration`.
 *
 * To add one (e.g. a `feeds` table for src/ingest): write `NNNN-name.ts` beside this file
 * exporting `up(db, ctx)` (and `down(db)`), add it to `MIGRATIONS` below with the next number,
 * add its table to `Database` in ../schema.ts, and run the store tests (they run on both backends).
 * Never edit a migration that has been committed: add a new one.
 */
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';
import * as feeds from './0002-feeds.js';
import * as dashboardIndexes from './0003-dashboard-indexes.js';
import * as countIndexes from './0004-count-indexes.js';
import * as textSearch from './0005-text-search.js';
import type { MigrationContext } from './context.js';

interface MigrationModule {
  up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void>;
  down?(db: Kysely<unknown>, ctx: MigrationContext): Promise<void>;
}

const MIGRATIONS: readonly [string, MigrationModule][] = [
  ['0001-initial', initial],
  ['0002-feeds', feeds],
  ['0003-dashboard-indexes', dashboardIndexes],
  ['0004-count-indexes', countIndexes],
  ['0005-text-search', textSearch],
];

/** A Kysely `MigrationProvider` over `MIGRATIONS`, bound to one backend. */
export function migrationProvider(ctx: MigrationContext): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      const out: Record<string, Migration> = {};
      for (const [name, m] of MIGRATIONS) {
        const down = m.down;
        out[name] = {
          up: (db) => m.up(db, ctx),
          ...(down ? { down: (db: Kysely<unknown>) => down(db, ctx) } : {}),
        };
      }
      return out;
    },
  };
}

/** The name of the newest migration (the schema version this code expects). */
export const LATEST_MIGRATION = MIGRATIONS[MIGRATIONS.length - 1]![0];
