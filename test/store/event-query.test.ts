import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model/extraction.js';
import { queryEvents } from '../../src/store/event-query.js';
import { ingestArticle } from '../../src/store/ingest-service.js';
import { BACKENDS, openTestStore, type TestStore } from './backends.js';
import { event, extraction, fixtureExtractor } from './fixtures.js';

const PAGE = { limit: 50, offset: 0, sort: '-date' } as const;

for (const backend of BACKENDS) {
  describe(`text search (${backend})`, () => {
    let t: TestStore;
    const table = new Map<string, Extraction>();
    beforeAll(async () => {
      t = await openTestStore(backend);
    });
    afterAll(async () => {
      await t.cleanup();
    });
    const search = async (q: string): Promise<string[]> => (await queryEvents(t.store.db, { q }, PAGE)).items.map((e) => e.location_name);

    it('finds words anywhere in names, actors and sources, and follows merges', async () => {
      table.set('one', extraction([event({ location: { name: 'Kupiansk', lat: 49.71, lon: 37.61, admin1: 'Kharkivska' } })]));
      table.set('two', extraction([event({ location: { name: 'Kupiansk', lat: 49.71, lon: 37.61, admin1: 'Kharkivska' }, sources: [{ name: 'Oleh Syniehubov', role: 'governor' }] })]));
      const ex = fixtureExtractor(table);
      await ingestArticle(t.store, { text: 'one' }, ex);
      expect(await search('kupiansk')).toEqual(['Kupiansk']);
      expect(await search('SYNIEHUBOV')).toEqual([]);
      await ingestArticle(t.store, { text: 'two', outlet: 'Ukrinform' }, ex); // merges: the sources join the search text
      expect(await search('syniehubov')).toEqual(['Kupiansk']);
      expect(await search('ukrinform kupi')).toEqual(['Kupiansk']);
      expect(await search('ia')).toEqual(['Kupiansk']); // shorter than a trigram: still found
      expect(await search('kupiansk odesa')).toEqual([]);
      expect(await search('100%')).toEqual([]);
    });
  });
}
