/**
 * The `--db` option shared by the store commands, and opening the store with a message for
 * people when it fails. Where the data lives, first found: `--db`, `SITREP_DB`, `DATABASE_URL`,
 * `./sitrep.db`. A `postgres://` URL means PostgreSQL, anything else a SQLite file.
 */
import type { Command } from 'commander';
import type { Store } from '../store/database.js';
import { DEFAULT_DB } from '../store/names.js';

export const DB_HELP = 'SQLite file or postgres:// URL (default: $SITREP_DB, $DATABASE_URL, ./sitrep.db)';

export function addDbOption(cmd: Command): Command {
  return cmd.option('--db <path|url>', DB_HELP);
}

/** The database location from the flag and the environment. */
export function dbLocation(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.SITREP_DB ?? env.DATABASE_URL ?? DEFAULT_DB;
}

/** Opens the store, or prints why it could not be opened (prefixed by `command`) and returns undefined. */
export async function openCliStore(command: string, flag: string | undefined): Promise<Store | undefined> {
  // kysely, better-sqlite3 and pg load only when a command opens the store
  const { StoreError, openStore } = await import('../store/database.js');
  try {
    return await openStore(dbLocation(flag));
  } catch (err) {
    const msg = err instanceof StoreError || err instanceof Error ? err.message : String(err);
    process.stderr.write(`sitrep ${command}: ${msg}\n`);
    if (/ECONNREFUSED/.test(msg)) {
      process.stderr.write(`sitrep ${command}: is PostgreSQL running? (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)\n`);
    }
    return undefined;
  }
}
