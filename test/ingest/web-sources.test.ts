import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../src/cli/ingest-readers.js';
import { addFeed, listFeeds } from '../../src/ingest/feed-store.js';
import { startFeedPolling } from '../../src/ingest/feed-scheduler.js';
import { Fetcher } from '../../src/ingest/fetcher.js';
import type { Extractor } from '../../src/store/ingest-service.js';
import { openTestStore } from '../store/backends.js';
import { extraction } from '../store/fixtures.js';
import { STORIES, articlePage, rss } from './feed-fixtures.js';
import { send, startServer, type TestServer } from './test-server.js';

const noEvents: Extractor = (input) => ({ ...extraction([]), id: input.id });
let web: TestServer;
beforeAll(async () => {
  web = await startServer();
  web.route('/news/odesa', send(articlePage('Story odesa', STORIES.odesa!, '2026-01-05T07:00:00Z')));
  web.route('/feed.xml', send(rss(web.origin, [{ id: 'o', path: '/news/odesa', title: 'Story odesa', date: '2026-01-05T07:00:00Z' }]), { 'content-type': 'application/rss+xml' }));
});
afterAll(() => web.close());

async function collect<T>(gen: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('sitrep ingest URL (readSources)', () => {
  it('reads the article of a web page as a source record', async () => {
    const url = `${web.origin}/news/odesa`;
    const [rec] = await collect(readSources([url], { fetcher: new Fetcher({ allowPrivate: true, hostDelayMs: 0 }) }));
    expect(rec).toMatchObject({ where: url, article: { url, title: 'Story odesa', outlet: 'Test Wire', published: '2026-01-05T07:00:00.000Z', lang: 'en' } });
    expect(rec?.article?.text.split('\n\n')).toEqual(STORIES.odesa);
  });

  it('reports a refused page as an error record, without --allow-private', async () => {
    const [rec] = await collect(readSources([`${web.origin}/news/odesa`], { fetcher: new Fetcher({ hostDelayMs: 0 }) }));
    expect(rec?.error).toMatch(/private, loopback or link-local address; refused \(use --allow-private/);
  });
});

describe('startFeedPolling (sitrep serve)', () => {
  it('polls due feeds in the background and stops cleanly', async () => {
    const t = await openTestStore('sqlite');
    try {
      await addFeed(t.store, { url: `${web.origin}/feed.xml` }, new Date());
      const lines: string[] = [];
      const fetcher = new Fetcher({ allowHosts: [new URL(web.origin).host], hostDelayMs: 0 });
      const scheduler = startFeedPolling({ store: t.store, fetcher, extract: noEvents }, { tickMs: 20, log: (l) => lines.push(l) });
      for (let i = 0; i < 100 && !lines.length; i++) await new Promise((r) => setTimeout(r, 20));
      await scheduler.stop();
      expect(lines).toEqual([expect.stringMatching(/feed \d+ .*feed\.xml: 1 item\(s\): 1 ingested, 0 already stored, 0 failed/)]);
      expect((await listFeeds(t.store))[0]?.items).toEqual({ ingested: 1 });
    } finally {
      await t.cleanup();
    }
  });
});
