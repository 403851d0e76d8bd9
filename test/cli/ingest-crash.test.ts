/**
 * An ingest killed halfway (SIGKILL) loses no committed article and leaves nothing half-written;
 * running it again finishes the job and ends in the same state as an uninterrupted run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/database.js';
import { BACKENDS, openTestStore, type TestStore } from '../store/backends.js';
import { inventedReports, runCli, spawnCli } from './ingest-helpers.js';

const N = 160;

/** Per article URL: its reports and statements; plus the events as comparable tuples. */
async function snapshot(store: Store): Promise<{ articles: Map<string, string>; events: string[] }> {
  const rows = await store.db
    .selectFrom('articles as a')
    .select((eb) => [
      'a.url',
      eb.selectFrom('event_reports as r').whereRef('r.article_id', '=', 'a.id').select((e) => e.fn.countAll().as('n')).as('reports'),
      eb.selectFrom('statements as s').whereRef('s.article_id', '=', 'a.id').select((e) => e.fn.countAll().as('n')).as('statements'),
    ])
    .execute();
  const events = await store.db
    .selectFrom('events as e')
    .select((eb) => ['e.event_type', 'e.date_start', 'e.location_name', 'e.fatalities', 'e.report_count',
      eb.selectFrom('event_reports as r').whereRef('r.event_id', '=', 'e.id').select((x) => x.fn.countAll().as('n')).as('stored_reports')])
    .execute();
  for (const e of events) expect(Number(e.stored_reports), 'an event with a missing or extra report').toBe(e.report_count);
  return {
    articles: new Map(rows.map((r) => [r.url!, `${Number(r.reports)}/${Number(r.statements)}`])),
    events: events.map((e) => `${e.event_type}|${e.date_start}|${e.location_name}|${e.fatalities}|${e.report_count}`).sort(),
  };
}

async function countArticles(location: string): Promise<number> {
  const store = await openStore(location);
  try {
    const row = await store.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await store.close();
  }
}

for (const backend of BACKENDS) {
  describe(`ingest killed halfway (${backend})`, () => {
    let dir: string;
    let file: string;
    let clean: TestStore;
    let crashed: TestStore;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'sitrep-crash-'));
      file = join(dir, 'reports.jsonl');
      writeFileSync(file, inventedReports(N).join('\n') + '\n');
      clean = await openTestStore(backend);
      crashed = await openTestStore(backend);
    });
    afterAll(async () => {
      await clean?.cleanup();
      await crashed?.cleanup();
      rmSync(dir, { recursive: true, force: true });
    });

    it('keeps every committed article whole, and a re-run finishes the job', { timeout: 240_000 }, async () => {
      const reference = runCli(['ingest', file, '--db', clean.location]);
      expect(reference.status, reference.stderr).toBe(0);
      const expected = await snapshot(clean.store);
      expect(expected.articles.size).toBe(N);

      const child = spawnCli(['ingest', file, '--db', crashed.location]);
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      let stored = 0;
      const deadline = Date.now() + 120_000;
      while (stored < N / 4 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 40));
        stored = await countArticles(crashed.location);
      }
      child.kill('SIGKILL');
      expect(await exited, 'the ingest finished before it could be killed: raise N').toBe('SIGKILL');

      const partial = await snapshot(crashed.store);
      expect(partial.articles.size).toBeGreaterThanOrEqual(stored);
      expect(partial.articles.size).toBeLessThan(N);
      for (const [url, counts] of partial.articles) expect(counts, `article ${url} half-written`).toBe(expected.articles.get(url));

      const rerun = runCli(['ingest', file, '--db', crashed.location, '--json']);
      expect(rerun.status, rerun.stderr).toBe(0);
      expect(JSON.parse(rerun.stdout)).toMatchObject({ new: N - partial.articles.size, duplicate: partial.articles.size, failed: 0 });
      const final = await snapshot(crashed.store);
      expect(final.articles).toEqual(expected.articles);
      expect(final.events).toEqual(expected.events);
    });
  });
}
