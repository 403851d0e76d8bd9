import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleInputError } from '../../src/store/article-input.js';
import { ingestArticle } from '../../src/store/ingest-service.js';
import { BACKENDS, openTestStore, type TestStore } from './backends.js';
import { event, extraction, fixtureExtractor } from './fixtures.js';
import type { Extraction } from '../../src/model/extraction.js';

const NOW = new Date('2026-01-05T12:00:00Z');

async function counts(t: TestStore): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['articles', 'events', 'event_reports', 'evidence', 'statements', 'claims', 'changes'] as const) {
    const row = await t.store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

for (const backend of BACKENDS) {
  describe(`ingest (${backend})`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await openTestStore(backend);
    });
    afterAll(async () => {
      await t.cleanup();
    });

    it('stores an article once, by URL and by content hash', async () => {
      const table = new Map<string, Extraction>([
        ['Attacco a Kharkiv: due feriti.', extraction([event()], [], 'it')],
        ['A different text under the same URL.', extraction([], [])],
      ]);
      const ex = fixtureExtractor(table);
      const first = await ingestArticle(t.store, { url: 'https://news.example/a1', text: 'Attacco a Kharkiv: due feriti.', published: '2026-01-02' }, ex, NOW);
      expect(first.status).toBe('new');
      expect(first.created).toHaveLength(1);
      const before = await counts(t);
      const again = await ingestArticle(t.store, { url: 'https://news.example/a1', text: 'Attacco a Kharkiv: due feriti.' }, ex, NOW);
      const rewrapped = await ingestArticle(t.store, { url: 'https://mirror.example/x', text: '  Attacco a Kharkiv:\n due feriti. ' }, ex, NOW);
      const sameUrl = await ingestArticle(t.store, { url: 'https://news.example/a1', text: 'A different text under the same URL.' }, ex, NOW);
      expect([again.status, rewrapped.status, sameUrl.status]).toEqual(['duplicate', 'duplicate', 'duplicate']);
      expect(again.articleId).toBe(first.articleId);
      expect(await counts(t)).toEqual(before);
      const row = await t.store.db.selectFrom('articles').selectAll().where('id', '=', first.articleId).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ url: 'https://news.example/a1', lang: 'it', published: '2026-01-02' });
      expect(row.content_hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('rejects a record with a bad field, naming it', async () => {
      const ex = fixtureExtractor(new Map());
      await expect(ingestArticle(t.store, { text: 'x', published: '2026-02-30' }, ex)).rejects.toThrow(ArticleInputError);
      await expect(ingestArticle(t.store, { text: 'x', published: '2026-02-30' }, ex)).rejects.toThrow(/"published"/);
      await expect(ingestArticle(t.store, { text: '   ' }, ex)).rejects.toThrow(/"text" is empty/);
    });

    it('stores statements with speaker, platform, quotes and claims', async () => {
      const text = 'Zelensky on X: "This week Russia launched 1,070 bombs."';
      const ex = fixtureExtractor(new Map([[text, extraction([], [{
        speaker: { name: 'Volodymyr Zelensky', role: 'president' },
        platform: 'X',
        quotes: [{ start: 15, end: 55, text: text.slice(15, 55) }],
        claims: [{ what: 'launched', weapon: 'guided_bomb', actor: 'Russia', count: { value: 1070, qualifier: 'more_than' }, period: { start: '2025-12-29', end: '2026-01-04' } }],
      }])]]));
      const r = await ingestArticle(t.store, { text, published: '2026-01-04' }, ex, NOW);
      const st = await t.store.db.selectFrom('statements').selectAll().where('article_id', '=', r.articleId).executeTakeFirstOrThrow();
      expect(st).toMatchObject({ speaker_name: 'Volodymyr Zelensky', speaker_role: 'president', platform: 'X' });
      const claim = await t.store.db.selectFrom('claims').selectAll().where('statement_id', '=', st.id).executeTakeFirstOrThrow();
      expect(claim).toMatchObject({ what: 'launched', weapon: 'guided_bomb', count_value: 1070, count_qualifier: 'more_than', period_end: '2026-01-04' });
      const quote = await t.store.db.selectFrom('evidence').selectAll().where('owner_kind', '=', 'statement').where('owner_id', '=', st.id).executeTakeFirstOrThrow();
      expect([quote.field, quote.span_start, quote.span_end]).toEqual(['quote', 15, 55]);
    });

    it('keeps nothing of an article whose storage fails halfway, and finishes on a re-run', async () => {
      const text = 'Two strikes, the second one badly extracted.';
      const broken = event({ location: { name: 'Odesa', lat: 46.48, lon: 30.72, admin1: 'Odeska' }, evidence: [{ start: 9, end: 3 }] });
      const before = await counts(t);
      const bad = fixtureExtractor(new Map([[text, extraction([event({ date: { start: '2026-03-01', end: '2026-03-01' } }), broken])]]));
      await expect(ingestArticle(t.store, { text }, bad, NOW)).rejects.toThrow();
      expect(await counts(t)).toEqual(before);
      const fixed = fixtureExtractor(new Map([[text, extraction([event({ date: { start: '2026-03-01', end: '2026-03-01' } }), { ...broken, evidence: [{ start: 3, end: 9 }] }])]]));
      const r = await ingestArticle(t.store, { text }, fixed, NOW);
      expect(r.created).toHaveLength(2);
    });
  });
}
