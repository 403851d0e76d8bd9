import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model/extraction.js';
import { ingestArticle } from '../../src/store/ingest-service.js';
import { reextractArticle } from '../../src/store/reextract-service.js';
import { reviewEvent } from '../../src/store/review-service.js';
import { BACKENDS, openTestStore, type TestStore } from './backends.js';
import { event, extraction, fixtureExtractor } from './fixtures.js';

const NOW = new Date('2026-04-01T00:00:00Z');

for (const backend of BACKENDS) {
  describe(`re-extracting stored articles (${backend})`, () => {
    let t: TestStore;
    const table = new Map<string, Extraction>();
    const ex = fixtureExtractor(table);
    beforeAll(async () => {
      t = await openTestStore(backend);
    });
    afterAll(async () => {
      await t.cleanup();
    });
    const eventRow = (id: number) => t.store.db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();

    it('replaces the reports, keeping the event, its reviews and corrections', async () => {
      const a = 'First report: a drone strike on Kharkiv, three dead.';
      const b = 'Second report: the Kharkiv strike killed three.';
      table.set(a, extraction([event({ fatalities: { value: 3, qualifier: 'exact' } })]));
      table.set(b, extraction([event({ fatalities: { value: 3, qualifier: 'exact' } })]));
      const ra = await ingestArticle(t.store, { text: a, published: '2026-01-02' }, ex, NOW);
      await ingestArticle(t.store, { text: b, published: '2026-01-03' }, ex, NOW);
      const id = ra.created[0]!;
      await reviewEvent(t.store, id, { action: 'correct', reviewer: 'ana', corrections: { admin1: 'Kharkiv Oblast' } });
      // the improved extraction finds the toll differently and a second event (a shelling in Odesa)
      table.set(a, extraction([
        event({ fatalities: { value: 4, qualifier: 'exact' }, evidence: [{ start: 0, end: 13 }] }),
        event({ subEventType: 'Shelling/artillery/missile attack', weapons: [{ kind: 'artillery' }], location: { name: 'Odesa', lat: 46.48, lon: 30.72, admin1: 'Odeska' } }),
      ]));
      const r = await reextractArticle(t.store, ra.articleId, ex, NOW);
      expect(r).toMatchObject({ status: 'reextracted', merged: [id] });
      expect(r!.created).toHaveLength(1);
      expect(await eventRow(id)).toMatchObject({ report_count: 2, fatalities_min: 3, fatalities_max: 4, admin1: 'Kharkiv Oblast' });
      const reports = await t.store.db.selectFrom('event_reports').select('id').where('article_id', '=', ra.articleId).execute();
      expect(reports).toHaveLength(2);
      const spans = await t.store.db.selectFrom('evidence').select(['span_start', 'span_end']).where('article_id', '=', ra.articleId).where('field', '=', 'event').orderBy('span_start').orderBy('span_end').execute();
      expect(spans).toEqual([{ span_start: 0, span_end: 10 }, { span_start: 0, span_end: 13 }]);
    });

    it('deletes an event left without reports, unless it was reviewed', async () => {
      const c = 'A clash near Pokrovsk.';
      const d = 'A clash near Kupiansk.';
      const clash = (name: string, lat: number, lon: number) => event({ eventType: 'Battles', subEventType: 'Armed clash', location: { name, lat, lon, admin1: name }, date: { start: '2026-02-01', end: '2026-02-01' } });
      table.set(c, extraction([clash('Pokrovsk', 48.28, 37.18)]));
      table.set(d, extraction([clash('Kupiansk', 49.71, 37.61)]));
      const rc = await ingestArticle(t.store, { text: c }, ex, NOW);
      const rd = await ingestArticle(t.store, { text: d }, ex, NOW);
      await reviewEvent(t.store, rd.created[0]!, { action: 'confirm', reviewer: 'bo' });
      table.set(c, extraction([]));
      table.set(d, extraction([]));
      await reextractArticle(t.store, rc.articleId, ex, NOW);
      await reextractArticle(t.store, rd.articleId, ex, NOW);
      expect(await eventRow(rc.created[0]!)).toBeUndefined();
      expect(await eventRow(rd.created[0]!)).toMatchObject({ report_count: 0, status: 'confirmed' });
      const last = await t.store.db.selectFrom('changes').selectAll().where('event_id', '=', rc.created[0]!).orderBy('id', 'desc').executeTakeFirstOrThrow();
      expect(last.kind).toBe('deleted');
      expect(await reextractArticle(t.store, 99_999, ex, NOW)).toBeUndefined();
    });
  });
}
