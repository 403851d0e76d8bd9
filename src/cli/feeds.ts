/**
 * `sitrep feeds add|list|remove|poll`: the RSS/Atom/RDF feeds sitrep follows. `sitrep serve`
 * polls them in the background; `feeds poll` polls them once (from cron, say).
 */
import type { Command } from 'commander';
import type { FeedView } from '../ingest/feed-store.js';
import { FeedError, addFeed, listFeeds, removeFeed } from '../ingest/feed-store.js';
import { FetchError } from '../ingest/http-get.js';
import type { Store } from '../store/database.js';
import { addDbOption, openCliStore } from './db.js';
import { writeOut } from './io.js';

interface FeedFlags {
  db?: string;
  name?: string;
  every?: string;
  json?: boolean;
  due?: boolean;
  allowPrivate?: boolean;
}

/** Exit codes of `sitrep feeds` (also in the README). */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

type Action = (store: Store, args: string[], flags: FeedFlags) => Promise<number>;

export function registerFeeds(program: Command, setExit: (code: number) => void): void {
  const feeds = program.command('feeds').description('the RSS, Atom and RDF feeds sitrep follows (polled by sitrep serve)');
  const run = (action: Action) => async (...params: unknown[]) => {
    const flags = params[params.length - 2] as FeedFlags;
    const args = params.slice(0, -2).map(String);
    const store = await openCliStore('feeds', flags.db);
    if (!store) return setExit(EXIT.usage);
    try {
      setExit(await action(store, args, flags));
    } finally {
      await store.close();
    }
  };
  addDbOption(feeds.command('add').description('follow a feed').argument('<url>', 'the feed URL (http or https)'))
    .option('--name <name>', 'a name for the feed')
    .option('--every <minutes>', 'poll interval in minutes', '15')
    .action(run(add));
  addDbOption(feeds.command('list').description('the feeds, their last poll, errors and items'))
    .option('--json', 'JSON instead of a table')
    .action(run(list));
  addDbOption(feeds.command('remove').description('stop following a feed (its articles stay)').argument('<feed>', 'feed id or URL'))
    .action(run(remove));
  addDbOption(feeds.command('poll').description('poll the feeds once now and ingest their new articles'))
    .option('--due', 'only the feeds whose interval has passed')
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses')
    .option('--json', 'print the poll reports as JSON lines')
    .action(run(poll));
}

function fail(err: unknown): number {
  if (err instanceof FeedError || err instanceof FetchError) {
    process.stderr.write(`sitrep feeds: ${err.message}\n`);
    return EXIT.usage;
  }
  throw err;
}

async function add(store: Store, [url = '']: string[], flags: FeedFlags): Promise<number> {
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

async function list(store: Store, _args: string[], flags: FeedFlags): Promise<number> {
  const feeds = await listFeeds(store);
  if (flags.json) await writeOut(JSON.stringify(feeds) + '\n');
  else await writeOut(feeds.length ? feeds.map(row).join('\n') + '\n' : 'no feeds (add one with: sitrep feeds add URL)\n');
  return EXIT.ok;
}

async function remove(store: Store, [ref = '']: string[]): Promise<number> {
  if (await removeFeed(store, ref)) return EXIT.ok;
  process.stderr.write(`sitrep feeds: no feed '${ref}' (see sitrep feeds list)\n`);
  return EXIT.usage;
}

async function poll(store: Store, _args: string[], flags: FeedFlags): Promise<number> {
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
