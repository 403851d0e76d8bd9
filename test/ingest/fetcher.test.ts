import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../src/ingest/fetch-page.js';
import { Fetcher } from '../../src/ingest/fetcher.js';
import { FetchError } from '../../src/ingest/http-get.js';
import type { TestServer } from './test-server.js';
import { send, startServer } from './test-server.js';

let server: TestServer;
// The test server is on loopback: legitimate fetches need allowPrivate; the refusal is tested without it.
const fast = { allowPrivate: true, hostDelayMs: 0, timeoutMs: 2000 };

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof FetchError) return err;
    throw err;
  }
  throw new Error('expected a FetchError');
}

beforeAll(async () => {
  server = await startServer();
  server.route('/robots.txt', send('User-agent: *\nDisallow: /private/\n\nUser-agent: sitrep\nDisallow: /no-sitrep/\n', { 'content-type': 'text/plain' }));
  server.route('/page', send('<html><body><p>Ciao</p></body></html>'));
  server.route('/moved', send('', { location: '/page' }, 301));
  server.route('/loop', send('', { location: '/loop' }, 302));
  server.route('/ftp', send('', { location: 'ftp://127.0.0.1/x' }, 302));
  server.route('/slow', (_req, res) => void setTimeout(() => res.end('late'), 3000));
  server.route('/huge', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    let sent = 0;
    const push = (): void => {
      while (sent < 11 && res.write(chunk)) sent++;
      if (sent >= 11) res.end();
      else res.once('drain', push);
    };
    push();
  });
  server.route('/cyrillic', send(iconv.encode('<html><head><meta charset="windows-1251"></head><body><p>Обстріл Харкова</p></body></html>', 'win1251'), { 'content-type': 'text/html' }));
  server.route('/image', send(Buffer.from([0x89, 0x50]), { 'content-type': 'image/png' }));
  server.route('/etag', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
    res.writeHead(200, { etag: '"v1"', 'content-type': 'text/html' }).end('<p>v1</p>');
  });
});
afterAll(() => server.close());

describe('Fetcher', () => {
  it('names sitrep in its user agent', async () => {
    await new Fetcher(fast).get(`${server.origin}/page`);
    const req = server.requests.find((r) => r.path === '/page');
    expect(req?.headers['user-agent']).toMatch(/^sitrep\/\S+ \(/);
  });

  it('refuses a loopback address unless private addresses are allowed', async () => {
    const err = await failure(new Fetcher({ hostDelayMs: 0 }).get(`${server.origin}/page`));
    expect(err.code).toBe('private-address');
    expect(err.message).toMatch(/^127\.0\.0\.1, a private, loopback or link-local address; refused/);
    const viaName = await failure(new Fetcher({ hostDelayMs: 0 }).get(`${server.origin.replace('127.0.0.1', 'localhost')}/page`));
    expect(viaName.message).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), a private/);
  });

  it('follows redirects, but not too many and only to http(s)', async () => {
    const res = await new Fetcher(fast).get(`${server.origin}/moved`);
    expect(res).toMatchObject({ url: `${server.origin}/page`, status: 200 });
    expect((await failure(new Fetcher({ ...fast, maxRedirects: 3 }).get(`${server.origin}/loop`))).code).toBe('too-many-redirects');
    expect((await failure(new Fetcher(fast).get(`${server.origin}/ftp`))).code).toBe('bad-url');
    expect((await failure(new Fetcher(fast).get('file:///etc/passwd'))).message).toMatch(/only http and https/);
  });

  it('checks every redirect hop: an allowed host cannot redirect to a private one', async () => {
    server.route('/to-private', send('', { location: `http://localhost:${new URL(server.origin).port}/page` }, 302));
    const fetcher = new Fetcher({ allowHosts: [new URL(server.origin).host], hostDelayMs: 0 });
    expect((await fetcher.get(`${server.origin}/page`)).status).toBe(200);
    const err = await failure(fetcher.get(`${server.origin}/to-private`));
    expect(err.message).toMatch(/^localhost resolves to .*, a private, loopback or link-local address; refused/);
  });

  it('gives up on a slow server', async () => {
    const err = await failure(new Fetcher({ ...fast, timeoutMs: 300 }).get(`${server.origin}/slow`));
    expect(err.code).toBe('timeout');
  });

  it('refuses a page over 10 MB', async () => {
    const err = await failure(new Fetcher(fast).get(`${server.origin}/huge`));
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(/larger than 10 MB; refused/);
  });

  it("respects robots.txt: sitrep's own group, which replaces the '*' group", async () => {
    expect((await failure(new Fetcher(fast).get(`${server.origin}/no-sitrep/x`))).message).toMatch(/robots\.txt disallows it for sitrep/);
    // '/private/' is disallowed for '*' only: sitrep has a group of its own, so it gets a 404, not a refusal.
    expect((await failure(new Fetcher(fast).get(`${server.origin}/private/x`))).code).toBe('http-status');
    const other = new Fetcher({ ...fast, userAgent: 'otherbot/1.0' });
    expect((await failure(other.get(`${server.origin}/private/x`))).code).toBe('robots');
  });

  it('fetches nothing from a host whose robots.txt fails with 5xx, everything when it is missing', async () => {
    const broken = await startServer();
    const missing = await startServer(); // answers 404 to /robots.txt
    broken.route('/robots.txt', send('oops', { 'content-type': 'text/plain' }, 503));
    for (const s of [broken, missing]) s.route('/page', send('<p>x</p>'));
    try {
      expect((await failure(new Fetcher(fast).get(`${broken.origin}/page`))).message).toMatch(/robots\.txt could not be read \(HTTP 503\)/);
      expect((await new Fetcher(fast).get(`${missing.origin}/page`)).status).toBe(200);
    } finally {
      await Promise.all([broken.close(), missing.close()]);
    }
  });

  it('makes conditional requests with the validators it is given', async () => {
    const fetcher = new Fetcher(fast);
    const first = await fetcher.get(`${server.origin}/etag`);
    expect(first).toMatchObject({ status: 200, etag: '"v1"', notModified: false });
    const second = await fetcher.get(`${server.origin}/etag`, { etag: first.etag });
    expect(second).toMatchObject({ status: 304, notModified: true });
  });

  it('keeps one request at a time per host, with a pause between them', async () => {
    const fetcher = new Fetcher({ ...fast, hostDelayMs: 150 });
    const t0 = Date.now();
    await Promise.all([1, 2, 3].map(() => fetcher.get(`${server.origin}/page`)));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300);
  });
});

describe('fetchPage', () => {
  it('decodes a windows-1251 page by its meta charset', async () => {
    const page = await fetchPage(`${server.origin}/cyrillic`, fast);
    expect(page.charset).toBe('windows-1251');
    expect(page.html).toContain('Обстріл Харкова');
  });

  it('refuses what is not a web page', async () => {
    expect((await failure(fetchPage(`${server.origin}/image`, fast))).code).toBe('not-html');
  });
});
