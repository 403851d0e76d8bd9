import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/store/ingest-service.js';
import { fixtureExtractor } from '../store/fixtures.js';
import { BACKENDS } from '../store/backends.js';
import { FIXTURES, TEXTS, startTestServer, type TestServer } from './helpers.js';

/** Reads server-sent messages from `url` until `count` have arrived. */
function readMessages(url: string, count: number, headers: Record<string, string> = {}): Promise<{ id: string; event: string; data: unknown }[]> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let buf = '';
      const out: { id: string; event: string; data: unknown }[] = [];
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buf += chunk;
        let i: number;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const field = (name: string): string | undefined => block.split('\n').find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
          if (field('data') !== undefined) out.push({ id: field('id')!, event: field('event')!, data: JSON.parse(field('data')!) });
          if (out.length === count) {
            req.destroy();
            resolve(out);
          }
        }
      });
    });
    req.on('error', (err) => (err.message.includes('aborted') ? undefined : reject(err)));
    req.end();
  });
}

for (const backend of BACKENDS) {
  describe(`GET /api/stream (${backend})`, () => {
    let s: TestServer;
    let base: string;
    beforeAll(async () => {
      s = await startTestServer(backend, { streamPollMs: 50 });
      await s.app.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await s.cleanup();
    });

    it('sends new events, updates, and changes written by another process', async () => {
      const got = readMessages(`${base}/api/stream`, 3);
      await new Promise((r) => setTimeout(r, 100));
      await s.app.inject({ method: 'POST', url: '/api/articles', payload: { text: TEXTS.kharkivIt, published: '2026-01-02' } });
      await s.app.inject({ method: 'POST', url: '/api/articles', payload: { text: TEXTS.kharkivEn, published: '2026-01-03' } });
      // another writer on the same database (as a CLI ingest would be): found by polling
      await ingestArticle(s.store, { text: TEXTS.odesa }, fixtureExtractor(FIXTURES));
      const messages = await got;
      expect(messages.map((m) => m.event)).toEqual(['created', 'updated', 'created']);
      expect(messages[1]!.data).toMatchObject({ reportCount: 2, fatalities: { value: 4 } });
      expect((messages[2]!.data as { location: { name: string } }).location.name).toBe('Odesa');
      const replay = await readMessages(`${base}/api/stream`, 2, { 'last-event-id': messages[0]!.id });
      expect(replay.map((m) => m.id)).toEqual([messages[1]!.id, messages[2]!.id]);
    });
  });
}

describe('dashboard', () => {
  it('serves the built dashboard at / when dist/web exists, and the API beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>sitrep dashboard</title>');
    writeFileSync(join(dir, 'app.js'), 'console.log(1)');
    const s = await startTestServer('sqlite', { dashboardDir: dir });
    try {
      const index = await s.app.inject('/');
      expect(index.statusCode).toBe(200);
      expect(index.body).toContain('sitrep dashboard');
      expect((await s.app.inject('/app.js')).headers['content-type']).toMatch(/javascript/);
      expect((await s.app.inject('/api/events')).statusCode).toBe(200);
    } finally {
      await s.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('explains how to build the dashboard when it is missing', async () => {
    const s = await startTestServer('sqlite');
    try {
      expect((await s.app.inject('/')).body).toContain('npm run build');
    } finally {
      await s.cleanup();
    }
  });
});
