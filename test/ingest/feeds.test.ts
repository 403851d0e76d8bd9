import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Extractor } from '../../src/store/ingest-service.js';
import { FeedError, addFeed, feedsToPoll, getFeed, listFeeds, removeFeed } from '../../src/ingest/feed-store.js';
import { nextPoll, pollFeeds } from '../../src/ingest/feed-poller.js';
import { Fetcher } from '../../src/ingest/fetcher.js';
import type { WebIngestContext } from '../../src/ingest/ingest-url.js';
import { BACKENDS, openTestStore, type TestStore } from '../store/backends.js';
import { extraction } from '../store/fixtures.js';
import { STORIES, articlePage, atom, rdf, rss, type FeedEntry } from './feed-fixtures.js';
import { send, startServer, type TestServer } from './test-server.js';

const noEvents: Extractor = (input) => ({ ...extraction([]), id: input.id });
const T0 = new Date('2026-01-05T12:00:00Z');
const entry = (id: string, story: string, date = '2026-01-04T08:00:00Z'): FeedEntry => ({ id, path: `/news/${story}`, title: `Story ${story}`, date });

let web: TestServer;
beforeAll(async () => {
  web = await startServer();
  for (const [name, paragraphs] of Object.entries(STORIES)) web.route(`/news/${name}`, send(articlePage(`Story ${name}`, paragraphs)));
});
afterAll(() => web.close());

/** Page requests the test server received for `path`. */
const hits = (path: string): number => web.requests.filter((r) => r.path === path).length;

describe.each(BACKENDS)('feeds on %s', (backend) => {
  let t: TestStore;
  let ctx: WebIngestContext;
  let clock: Date;
  beforeEach(async () => {
    t = await openTestStore(backend);
    // The test server is on loopback: it is allowed by host, every other private address is refused.
    const fetcher = new Fetcher({ allowHosts: [new URL(web.origin).host], hostDelayMs: 0, timeoutMs: 500 });
    ctx = { store: t.store, fetcher, extract: noEvents };
    clock = T0;
  });
  afterEach(() => t.cleanup());
  const poll = (all = false) => pollFeeds(ctx, { all, clock: () => clock });

  it('adds, lists and removes feeds; refuses a duplicate, a bad URL and a bad interval', async () => {
    const f = await addFeed(t.store, { url: `${web.origin}/a.xml`, name: 'Wire' }, T0);
    expect(f).toMatchObject({ id: expect.any(Number), name: 'Wire', intervalMinutes: 15, nextPollAt: T0.toISOString(), errorCount: 0, items: {} });
    await expect(addFeed(t.store, { url: `${web.origin}/a.xml` }, T0)).rejects.toThrow(FeedError);
    await expect(addFeed(t.store, { url: 'ftp://wire.example/feed' }, T0)).rejects.toThrow(/only http and https/);
    await expect(addFeed(t.store, { url: `${web.origin}/b.xml`, intervalMinutes: 0 }, T0)).rejects.toThrow(/whole number of minutes/);
    expect((await listFeeds(t.store)).map((x) => x.url)).toEqual([`${web.origin}/a.xml`]);
    expect(await removeFeed(t.store, String(f.id))).toBe(true);
    expect(await removeFeed(t.store, `${web.origin}/a.xml`)).toBe(false);
  });

  it('ingests the items of an RSS feed once, with conditional requests, and only new items later', async () => {
    let items = [entry('k', 'kharkiv'), entry('o', 'odesa')];
    const path = `/rss-${backend}.xml`;
    web.route(path, (req, res) => {
      const etag = `"v${items.length}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(rss(web.origin, items));
    });
    const feed = await addFeed(t.store, { url: `${web.origin}${path}` }, T0);
    const before = { k: hits('/news/kharkiv'), o: hits('/news/odesa'), b: hits('/news/belgorod') };
    const [first] = await poll();
    expect(first).toMatchObject({ status: 'ok', items: 2, ingested: 2, failedItems: 0 });
    const articles = await t.store.db.selectFrom('articles').select(['url', 'title', 'outlet', 'published']).orderBy('id').execute();
    expect(articles).toEqual([
      { url: `${web.origin}/news/kharkiv`, title: 'Story kharkiv', outlet: 'Test Wire', published: '2026-01-04T08:00:00.000Z' },
      { url: `${web.origin}/news/odesa`, title: 'Story odesa', outlet: 'Test Wire', published: '2026-01-04T08:00:00.000Z' },
    ]);

    clock = new Date(T0.getTime() + 16 * 60_000);
    const [second] = await poll();
    expect(second).toMatchObject({ status: 'not-modified', items: 0 });
    expect(web.requests.filter((r) => r.path === path).at(-1)?.headers['if-none-match']).toBe('"v2"');

    items = [entry('b', 'belgorod'), ...items];
    clock = new Date(clock.getTime() + 16 * 60_000);
    const [third] = await poll();
    expect(third).toMatchObject({ status: 'ok', items: 1, ingested: 1 });
    expect({ k: hits('/news/kharkiv') - before.k, o: hits('/news/odesa') - before.o, b: hits('/news/belgorod') - before.b }).toEqual({ k: 1, o: 1, b: 1 });
    expect((await getFeed(t.store, feed.id))?.items).toEqual({ ingested: 3 });
  });

  it('fetches a story carried by two feeds once', async () => {
    web.route(`/one-${backend}.xml`, send(rss(web.origin, [entry('one-b', 'belgorod')]), { 'content-type': 'application/rss+xml' }));
    web.route(`/two-${backend}.xml`, send(atom(web.origin, [entry('two-b', 'belgorod')]), { 'content-type': 'application/atom+xml' }));
    await addFeed(t.store, { url: `${web.origin}/one-${backend}.xml` }, T0);
    await addFeed(t.store, { url: `${web.origin}/two-${backend}.xml` }, T0);
    const before = hits('/news/belgorod');
    const reports = await poll();
    expect(reports.map((r) => [r.ingested, r.duplicates])).toEqual([[1, 0], [0, 1]]);
    expect(hits('/news/belgorod') - before).toBe(1);
  });

  it('reads Atom with Last-Modified, and RDF', async () => {
    const modified = 'Mon, 05 Jan 2026 10:00:00 GMT';
    web.route(`/atom-${backend}.xml`, (req, res) => {
      if (req.headers['if-modified-since'] === modified) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/atom+xml', 'last-modified': modified }).end(atom(web.origin, [entry('urn:k', 'kharkiv')]));
    });
    web.route(`/rdf-${backend}.xml`, send(rdf(web.origin, [entry('x', 'odesa')]), { 'content-type': 'application/rdf+xml' }));
    await addFeed(t.store, { url: `${web.origin}/atom-${backend}.xml` }, T0);
    await addFeed(t.store, { url: `${web.origin}/rdf-${backend}.xml` }, T0);
    expect((await poll()).map((r) => [r.status, r.ingested])).toEqual([['ok', 1], ['ok', 1]]);
    const again = await poll(true);
    expect(again.map((r) => r.status)).toEqual(['not-modified', 'ok']);
    expect(again[1]?.items).toBe(0);
  });

  it('records a broken feed and a slow one with their errors, backs off, and still polls the others', async () => {
    web.route(`/broken-${backend}.xml`, send('oops', { 'content-type': 'text/plain' }, 500));
    web.route(`/slow-${backend}.xml`, (_req, res) => void setTimeout(() => res.end(rss(web.origin, [])), 2000));
    web.route(`/good-${backend}.xml`, send(rss(web.origin, [entry('g', 'belgorod')]), { 'content-type': 'application/rss+xml' }));
    for (const name of ['broken', 'slow', 'good']) await addFeed(t.store, { url: `${web.origin}/${name}-${backend}.xml` }, T0);
    const reports = await poll();
    expect(reports.map((r) => r.status)).toEqual(['failed', 'failed', 'ok']);
    expect(reports[0]?.error).toMatch(/HTTP 500/);
    expect(reports[1]?.error).toMatch(/did not answer within 0.5 s/);
    expect(reports[2]?.ingested).toBe(1);
    const broken = (await listFeeds(t.store))[0]!;
    expect(broken).toMatchObject({ errorCount: 1, lastError: expect.stringMatching(/HTTP 500/), nextPollAt: new Date(T0.getTime() + 30 * 60_000).toISOString() });
    // After 20 minutes the good feed (every 15) is due again; the failed ones wait out their back-off (30).
    clock = new Date(T0.getTime() + 20 * 60_000);
    expect((await feedsToPoll(t.store, clock)).map((f) => f.url)).toEqual([`${web.origin}/good-${backend}.xml`]);
  });

  it('refuses a feed item that links to a private address, and records why', async () => {
    web.route(`/evil-${backend}.xml`, send(`<rss><channel><title>x</title>
      <item><guid>meta</guid><link>http://169.254.169.254/latest/meta-data/</link></item>
      <item><guid>local</guid><link>http://localhost:${new URL(web.origin).port}/news/kharkiv</link></item>
    </channel></rss>`, { 'content-type': 'application/rss+xml' }));
    await addFeed(t.store, { url: `${web.origin}/evil-${backend}.xml` }, T0);
    const [report] = await poll();
    expect(report).toMatchObject({ status: 'ok', items: 2, ingested: 0, failedItems: 2 });
    const errors = await t.store.db.selectFrom('feed_items').select(['item_key', 'last_error']).orderBy('item_key').execute();
    expect(errors[0]?.last_error).toMatch(/^localhost resolves to .*private, loopback or link-local address; refused/);
    expect(errors[1]?.last_error).toMatch(/^169\.254\.169\.254, a private/);
    expect(await t.store.db.selectFrom('articles').select('id').execute()).toEqual([]);
  });
});

describe('nextPoll', () => {
  it('waits the interval after a success and doubles it per failure, up to a day', () => {
    const feed = { interval_s: 600 };
    expect(nextPoll(feed, 0, T0)).toBe('2026-01-05T12:10:00.000Z');
    expect(nextPoll(feed, 3, T0)).toBe('2026-01-05T13:20:00.000Z');
    expect(nextPoll(feed, 20, T0)).toBe('2026-01-06T12:00:00.000Z');
  });
});
