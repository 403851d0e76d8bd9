import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError, openStore, redact } from '../../src/store/database.js';
import { LATEST_MIGRATION } from '../../src/store/migrations/index.js';
import { BACKENDS, openTestStore, type TestStore } from './backends.js';

for (const backend of BACKENDS) {
  describe(`opening the store (${backend})`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await openTestStore(backend);
    });
    afterAll(async () => {
      await t.cleanup();
    });

    it('applies every migration once, in order, and records it', async () => {
      const again = await openStore(t.location); // a second process opening the same database
      await again.close();
      const rows = await t.store.db
        .selectFrom('kysely_migration' as never)
        .select(['name' as never])
        .orderBy('name' as never)
        .execute() as unknown as { name: string }[];
      expect(rows.at(-1)!.name).toBe(LATEST_MIGRATION);
      expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
      expect(rows.map((r) => r.name)).toEqual([...rows.map((r) => r.name)].sort());
    });

    it('refuses a span that ends before it starts (half-open [start, end))', async () => {
      const { id } = await t.store.db
        .insertInto('articles')
        .values({ url: null, external_id: null, outlet: null, title: null, published: null, lang: 'en', text: 'x', content_hash: `h-${backend}`, ingested_at: '2026-01-01T00:00:00Z' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const span = (start: number, end: number) =>
        t.store.db.insertInto('evidence').values({ article_id: id, owner_kind: 'report', owner_id: 1, field: 'event', span_start: start, span_end: end, rule: null }).execute();
      await expect(span(5, 3)).rejects.toThrow();
      await expect(span(3, 3)).resolves.toBeDefined();
    });
  });
}

describe('store errors', () => {
  it('says which folder is missing for a SQLite file', async () => {
    await expect(openStore('/nonexistent-dir/sitrep.db')).rejects.toThrow(StoreError);
    await expect(openStore('/nonexistent-dir/sitrep.db')).rejects.toThrow(/the folder \/nonexistent-dir does not exist/);
  });

  it('hides the password of a PostgreSQL URL in messages', async () => {
    expect(redact('postgres://ana:s3cret@db.example:5432/sitrep')).toBe('postgres://ana:***@db.example:5432/sitrep');
    await expect(openStore('postgres://ana:s3cret@127.0.0.1:1/sitrep')).rejects.toThrow(/cannot prepare the database postgres:\/\/ana:\*\*\*@127\.0\.0\.1:1\/sitrep/);
  });
});
