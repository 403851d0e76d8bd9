import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../store/backends.js';
import { TEXTS, startTestServer, type TestServer } from './helpers.js';

for (const backend of BACKENDS) {
  describe(`POST /api/articles (${backend})`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(backend, { maxBatch: 5, bodyLimit: 64 * 1024 });
    });
    afterAll(async () => {
      await s.cleanup();
    });

    it('ingests one JSON article, then recognises it as a duplicate', async () => {
      const payload = { url: 'https://it.example/k', text: TEXTS.kharkivIt, published: '2026-01-02T20:00:00Z' };
      const first = await s.app.inject({ method: 'POST', url: '/api/articles', payload });
      expect(first.statusCode).toBe(200);
      expect(first.json().summary).toEqual({ new: 1, duplicate: 0, failed: 0, eventsNew: 1, eventsMerged: 0 });
      const again = await s.app.inject({ method: 'POST', url: '/api/articles', payload });
      expect(again.json().results[0]).toMatchObject({ status: 'duplicate', articleId: first.json().results[0].articleId });
    });

    it('takes plain text with metadata in the query string, and JSONL batches with a bad line', async () => {
      const text = await s.app.inject({
        method: 'POST', url: '/api/articles?published=2026-01-03T08:00:00Z&outlet=Herald',
        headers: { 'content-type': 'text/plain' }, payload: TEXTS.kharkivEn,
      });
      expect(text.json().summary).toMatchObject({ new: 1, eventsMerged: 1 });
      const lines = [JSON.stringify({ text: TEXTS.odesa }), '{not json', JSON.stringify({ text: TEXTS.clash, published: 'yesterday' })].join('\n');
      const batch = await s.app.inject({ method: 'POST', url: '/api/articles', headers: { 'content-type': 'application/x-ndjson' }, payload: lines });
      expect(batch.statusCode).toBe(200);
      expect(batch.json().summary).toMatchObject({ new: 1, failed: 2 });
      expect(batch.json().results[1].error).toMatch(/line 2 is not valid JSON/);
      expect(batch.json().results[2].error).toMatch(/"published" is not an ISO date/);
    });

    it('answers 400 for a single bad article, naming the field', async () => {
      const res = await s.app.inject({ method: 'POST', url: '/api/articles', payload: { text: 'x', url: 'not a url' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toMatch(/"url" is not an absolute URL/);
      const noText = await s.app.inject({ method: 'POST', url: '/api/articles', payload: { title: 'no text' } });
      expect(noText.statusCode).toBe(400);
      expect(noText.json().message).toMatch(/text/);
    });

    it('answers 413 for too many articles or too many bytes', async () => {
      const many = Array.from({ length: 6 }, (_, i) => ({ text: `article ${i}` }));
      const res = await s.app.inject({ method: 'POST', url: '/api/articles', payload: many });
      expect(res.statusCode).toBe(413);
      expect(res.json().message).toMatch(/at most 5/);
      const big = await s.app.inject({ method: 'POST', url: '/api/articles', payload: { text: 'x'.repeat(70 * 1024) } });
      expect(big.statusCode).toBe(413);
    });

    it('serves a stored article with its statements, 404 for an unknown one', async () => {
      expect((await s.app.inject('/api/articles/1')).json()).toMatchObject({ id: 1, url: 'https://it.example/k', statements: [] });
      const missing = await s.app.inject('/api/articles/999');
      expect(missing.statusCode).toBe(404);
      expect(missing.json().message).toBe('no article 999');
    });
  });
}

describe('write token', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer('sqlite', { token: 's3cret' });
  });
  afterAll(async () => {
    await s.cleanup();
  });

  it('refuses writes without the token and accepts them with it; reads stay open', async () => {
    const payload = { text: TEXTS.odesa };
    const denied = await s.app.inject({ method: 'POST', url: '/api/articles', payload });
    expect(denied.statusCode).toBe(401);
    expect(denied.json().message).toMatch(/Authorization: Bearer/);
    const wrong = await s.app.inject({ method: 'POST', url: '/api/articles', payload, headers: { authorization: 'Bearer nope' } });
    expect(wrong.statusCode).toBe(401);
    const ok = await s.app.inject({ method: 'POST', url: '/api/articles', payload, headers: { authorization: 'Bearer s3cret' } });
    expect(ok.statusCode).toBe(200);
    expect((await s.app.inject('/api/events')).statusCode).toBe(200);
  });
});
