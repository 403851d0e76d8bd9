/**
 * Every store test runs against each backend (the way kysely's tests loop over DIALECTS).
 * PostgreSQL: a throwaway database per `openTestStore` call on the local server
 * (`SITREP_TEST_PG`, default postgres://postgres@127.0.0.1:5432/postgres), dropped afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/database.js';

export const BACKENDS = ['sqlite', 'postgres'] as const;
export type Backend = (typeof BACKENDS)[number];

const PG_ADMIN = process.env.SITREP_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestStore {
  readonly store: Store;
  /** The location to pass to a CLI or server in another process. */
  readonly location: string;
  cleanup(): Promise<void>;
}

let counter = 0;

/** A fresh, empty, migrated store on `backend`. */
export async function openTestStore(backend: Backend): Promise<TestStore> {
  const name = `sitrep_t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  if (backend === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
    const location = join(dir, 'test.db');
    const store = await openStore(location);
    return { store, location, cleanup: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  await admin(`create database ${name}`);
  const location = PG_ADMIN.replace(/\/[^/]*$/, `/${name}`);
  const store = await openStore(location);
  return {
    store,
    location,
    cleanup: async () => {
      await store.close();
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(`PostgreSQL is not reachable at ${PG_ADMIN} (${(err as Error).message}): start it with ` +
      '`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`');
  }
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
