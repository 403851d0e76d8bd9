/**
 * Browser test harness: a real `sitrep serve` on a free port over a temporary database, and a
 * real headless Chromium (Debian's /usr/bin/chromium driven by playwright-core).
 *
 * The CLI under test is the built one (`npm run build` first): `bin/sitrep.js`, or the one named
 * by SITREP_BIN (e.g. a private build from scripts/dev-build.sh).
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = resolve(process.env.SITREP_BIN ?? join(ROOT, 'bin/sitrep.js'));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'screenshots');

/** Fails early, with what to do, when the build or the browser is missing. */
export function checkPrerequisites(): void {
  const web = join(dirname(BIN), '../dist/web/index.html');
  if (!existsSync(web)) throw new Error(`no built dashboard at ${web}: run npm run build (or SITREP_WEB=1 scripts/dev-build.sh NAME and SITREP_BIN=/tmp/sitrep-NAME/bin/sitrep.js)`);
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
}

/** Runs `sitrep ingest FILE` into the database (what `npm start` does with the samples). */
export function ingestFile(db: string, file: string): void {
  const r = spawnSync(process.execPath, [BIN, 'ingest', '--db', db, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`sitrep ingest ${file} failed (${r.status}): ${r.stderr}`);
}

export interface Served {
  readonly url: string;
  readonly db: string;
  stop(): Promise<void>;
}

/** Starts `sitrep serve --port 0` over a new temporary database, after `prepare(db)`. */
export async function serve(prepare?: (db: string) => void): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-browser-'));
  const db = join(dir, 'test.db');
  prepare?.(db);
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const url = await listening(child);
  return {
    url,
    db,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves with the server's URL from its startup line `sitrep serve: http://127.0.0.1:PORT ...`. */
function listening(child: ChildProcess): Promise<string> {
  return new Promise((done, fail) => {
    let err = '';
    const timer = setTimeout(() => fail(new Error(`sitrep serve did not start in 30 s: ${err}`)), 30_000);
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
      const m = /sitrep serve: (http:\/\/[\d.]+:\d+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        done(`${m[1]}/`);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`sitrep serve exited (${code}): ${err}`));
    });
  });
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A page that records its errors and every request that left the test server. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[]; outside: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  const outside: string[] = [];
  const requests: string[] = [];
  const origin = new URL(url).origin;
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url())) outside.push(r.url());
    else requests.push(r.url().slice(origin.length));
  });
  await page.goto(url);
  return { page, errors, outside, requests };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** POSTs one article to the API and returns the ids of the events it created or merged into. */
export async function postArticle(base: string, article: Record<string, string>): Promise<number[]> {
  const res = await fetch(new URL('api/articles', base), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(article) });
  if (!res.ok) throw new Error(`POST /api/articles: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { results: { created?: number[]; merged?: number[] }[] };
  return body.results.flatMap((r) => [...(r.created ?? []), ...(r.merged ?? [])]);
}

export async function getJson<T>(base: string, path: string): Promise<T> {
  const res = await fetch(new URL(path, base));
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
