/**
 * End to end through the real pipeline (`extract()` with the gazetteer): what the store keeps is
 * what the extraction said — one report per extracted event, with the same evidence spans — and
 * reports of one strike in several languages land on one event. Grows with the extraction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model/extraction.js';
import { ingestArticle, type Extractor } from '../../src/store/ingest-service.js';
import { pipelineExtractor } from '../../src/store/pipeline-extractor.js';
import { BACKENDS, openTestStore, type TestStore } from './backends.js';

const NOW = new Date('2026-03-05T12:00:00Z');
// invented reports of one strike, in three languages
const REPORTS = [
  { url: 'https://it.example/1', lang: 'it', published: '2026-03-02', text: 'Nella notte un attacco di droni russi ha colpito Kharkiv: tre persone sono state uccise, ha riferito il sindaco su Telegram.' },
  { url: 'https://en.example/1', lang: 'en', published: '2026-03-02', text: 'A Russian drone attack on Kharkiv overnight killed three people, the mayor said on Telegram.' },
  { url: 'https://uk.example/1', lang: 'uk', published: '2026-03-02', text: 'Уночі російські дрони атакували Харків, загинули троє людей, повідомив міський голова.' },
];

for (const backend of BACKENDS) {
  describe(`ingest through extract() (${backend})`, () => {
    let t: TestStore;
    let extract: Extractor;
    const seen: Extraction[] = [];
    beforeAll(async () => {
      t = await openTestStore(backend);
      const real = await pipelineExtractor();
      extract = (input, options) => {
        const x = real(input, options);
        seen.push(x);
        return x;
      };
    });
    afterAll(async () => {
      await t.cleanup();
    });

    it('stores one report per extracted event with the extraction\'s evidence spans', async () => {
      for (const r of REPORTS) {
        const result = await ingestArticle(t.store, r, extract, NOW);
        const x = seen.at(-1)!;
        expect(x.lang).toBe(r.lang);
        expect(result.created.length + result.merged.length).toBe(x.events.length);
        expect(result.statements).toBe(x.statements.length);
        const reports = await t.store.db.selectFrom('event_reports').select(['id', 'ordinal']).where('article_id', '=', result.articleId).orderBy('ordinal').execute();
        expect(reports.map((p) => p.ordinal)).toEqual(x.events.map((_e, i) => i));
        for (const [i, p] of reports.entries()) {
          const spans = await t.store.db.selectFrom('evidence').select(['span_start', 'span_end']).where('owner_kind', '=', 'report').where('owner_id', '=', p.id).where('field', '=', 'event').orderBy('id').execute();
          expect(spans.map((s) => ({ start: s.span_start, end: s.span_end }))).toEqual(x.events[i]!.evidence.map((e) => ({ start: e.start, end: e.end })));
        }
      }
      const stored = await t.store.db.selectFrom('articles').select('lang').orderBy('id').execute();
      expect(stored.map((a) => a.lang)).toEqual(['it', 'en', 'uk']);
    });

    it('puts identical accounts from different articles on one event', async () => {
      // extracted events with the same type, day and place (and no conflicting target) must share an event
      const byKey = new Map<string, Set<number>>();
      const articles = await t.store.db.selectFrom('articles').select(['id', 'url']).execute();
      for (const [k, x] of seen.entries()) {
        const articleId = articles.find((a) => a.url === REPORTS[k]!.url)!.id;
        for (const [ordinal, e] of x.events.entries()) {
          const key = `${e.eventType}|${e.subEventType}|${e.date.start}|${e.date.end}|${e.location.geonameId ?? e.location.name}|${e.target?.kind ?? ''}`;
          const row = await t.store.db.selectFrom('event_reports').select('event_id').where('article_id', '=', articleId).where('ordinal', '=', ordinal).executeTakeFirstOrThrow();
          byKey.set(key, (byKey.get(key) ?? new Set()).add(row.event_id));
        }
      }
      for (const [key, ids] of byKey) expect(ids.size, key).toBe(1);
      const reports = await t.store.db.selectFrom('event_reports').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      expect(Number(reports.n)).toBe(seen.reduce((n, x) => n + x.events.length, 0));
    });
  });
}
