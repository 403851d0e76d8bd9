/** What the `sitrep feeds` subcommands do (registered in feeds.ts, loaded when one runs). */
import type { FeedView } from '../ingest/feed-store.js';
import { FeedError, addFeed, listFeeds, removeFeed } from '../ingest/feed-store.js';
import { FetchError } from '../ingest/http-get.js';
import type { Store } from '../store/database.js';
import { EXIT, type FeedFlags } from './feeds.js';
import { writeOut } from './io.js';

function fail(err: unknown): number {
  if (err instanceof FeedError || err instanceof FetchError) {
    process.stderr.write(`sitrep feeds: ${err.message}\n`);
    return EXIT.usage;
  }
  throw err;
}

export async function add(store: Store, [url = '']: string[], flags: FeedFlags): Promise<number> {
  if (!/^\d+$/.test(flags.every ?? '')) {
    process.stderr.write(`sitrep feeds: --every must be a whole number of minutes, got '${flags.every}'\n`);
    return EXIT.usage;
  }
  try {
    const feed = await addFeed(store, { url, name: flags.name, intervalMinutes: Number(flags.every) }, new Date());
    process.stderr.write(`sitrep feeds: added feed ${feed.id}: ${feed.url} (every ${feed.intervalMinutes} min)\n`);
    return EXIT.ok;
  } catch (err) {
    return fail(err);
  }
}

function row(f: FeedView): string {
  const items = Object.entries(f.items).map(([k, n]) => `${n} ${k}`).join(', ') || 'no items yet';
  const state = f.lastError ? `FAILING x${f.errorCount}: ${f.lastError}` : f.lastOkAt ? `ok ${f.lastOkAt}` : 'not polled yet';
  return `${String(f.id).padStart(4)}  ${f.name ?? f.title ?? ''}  ${f.url}\n      every ${f.intervalMinutes} min; ${state}; next ${f.nextPollAt}; ${items}`;
}

export async function list(store: Store, _args: string[], flags: FeedFlags): Promise<number> {
  const feeds = await listFeeds(store);
  if (flags.json) await writeOut(JSON.stringify(feeds) + '\n');
  else await writeOut(feeds.length ? feeds.map(row).join('\n') + '\n' : 'no feeds (add one with: sitrep feeds add URL)\n');
  return EXIT.ok;
}

export async function remove(store: Store, [ref = '']: string[]): Promise<number> {
  if (await removeFeed(store, ref)) return EXIT.ok;
  process.stderr.write(`sitrep feeds: no feed '${ref}' (see sitrep feeds list)\n`);
  return EXIT.usage;
}

export async function poll(store: Store, _args: string[], flags: FeedFlags): Promise<number> {
  const { Fetcher } = await import('../ingest/fetcher.js');
  const { pollFeeds, describePoll } = await import('../ingest/feed-poller.js');
  const { extractWithGazetteer } = await import('./gazetteer-extract.js');
  const ctx = { store, fetcher: new Fetcher({ allowPrivate: flags.allowPrivate ?? false }), extract: extractWithGazetteer };
  const reports = await pollFeeds(ctx, { all: !flags.due });
  for (const r of reports) {
    process.stderr.write(`sitrep feeds: ${describePoll(r)}\n`);
    if (flags.json) await writeOut(JSON.stringify(r) + '\n');
  }
  if (!reports.length) process.stderr.write('sitrep feeds: no feeds to poll\n');
  return reports.some((r) => r.status === 'failed' || r.failedItems > 0) ? EXIT.someFailed : EXIT.ok;
}
