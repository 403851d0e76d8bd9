import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Fetcher } from '../../src/ingest/fetcher.js';
import type { Extractor } from '../../src/store/ingest-service.js';
import { startTestServer, type TestServer as ApiServer } from '../server/helpers.js';
import { BACKENDS } from '../store/backends.js';
import { extraction } from '../store/fixtures.js';
import { STORIES, articlePage, rss } from './feed-fixtures.js';
import { send, startServer, type TestServer } from './test-server.js';

const noEvents: Extractor = (input) => ({ ...extraction([]), id: input.id });

let web: TestServer;
beforeAll(async () => {
  web = await startServer();
  web.route('/news/kharkiv', send(articlePage('Story kharkiv', STORIES.kharkiv!)));
  web.route('/feed.xml', send(rss(web.origin, [{ id: 'k', path: '/news/kharkiv', title: 'Story kharkiv', date: '2026-01-04T08:00:00Z' }]), { 'content-type': 'application/rss+xml' }));
});
afterAll(() => web.close());

describe.each(BACKENDS)('/api/feeds on %s', (backend) => {
  let api: ApiServer;
  beforeEach(async () => {
    const fetcher = new Fetcher({ allowHosts: [new URL(web.origin).host], hostDelayMs: 0 });
    api = await startTestServer(backend, { extract: noEvents, fetcher });
  });
  afterEach(() => api.cleanup());

  it('adds, lists, shows, polls and removes a feed', async () => {
    const added = await api.app.inject({ method: 'POST', url: '/api/feeds', payload: { url: `${web.origin}/feed.xml`, name: 'Wire', intervalMinutes: 5 } });
    expect(added.statusCode).toBe(201);
    const feed = added.json() as { id: number };
    expect(feed).toMatchObject({ url: `${web.origin}/feed.xml`, name: 'Wire', intervalMinutes: 5, errorCount: 0 });
    expect((await api.app.inject({ url: '/api/feeds' })).json()).toMatchObject({ feeds: [{ id: feed.id }] });

    const polled = await api.app.inject({ method: 'POST', url: `/api/feeds/${feed.id}/poll` });
    expect(polled.json()).toMatchObject({ status: 'ok', items: 1, ingested: 1, failedItems: 0 });
    expect((await api.app.inject({ url: `/api/feeds/${feed.id}` })).json()).toMatchObject({ items: { ingested: 1 }, lastError: null });

    expect((await api.app.inject({ method: 'DELETE', url: `/api/feeds/${feed.id}` })).statusCode).toBe(204);
    expect((await api.app.inject({ url: `/api/feeds/${feed.id}` })).statusCode).toBe(404);
    expect((await api.app.inject({ method: 'DELETE', url: `/api/feeds/${feed.id}` })).json()).toMatchObject({ message: expect.stringMatching(/^no feed \d+/) });
  });

  it('answers 409 for a feed already followed and 400 for a bad URL or body', async () => {
    const body = { url: `${web.origin}/feed.xml` };
    expect((await api.app.inject({ method: 'POST', url: '/api/feeds', payload: body })).statusCode).toBe(201);
    const again = await api.app.inject({ method: 'POST', url: '/api/feeds', payload: body });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toMatch(/is already feed/);
    expect((await api.app.inject({ method: 'POST', url: '/api/feeds', payload: { url: 'file:///etc/passwd' } })).json()).toMatchObject({ statusCode: 400, message: expect.stringMatching(/only http and https/) });
    expect((await api.app.inject({ method: 'POST', url: '/api/feeds', payload: { name: 'no url' } })).statusCode).toBe(400);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const doc = (await api.app.inject({ url: '/openapi.json' })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/feeds', '/api/feeds/{id}', '/api/feeds/{id}/poll']));
  });
});
