import { decodeBytes } from './decode.js';
import { parseFeed } from './feed-parse.js';
import type { FeedItemRow, FeedRow } from './feed-store.js';
import { feedsToPoll, itemsToIngest, knownArticle, markItem, updateFeed } from './feed-store.js';
import type { WebIngestContext } from './ingest-url.js';
import { ingestUrl } from './ingest-url.js';

/** What one poll of one feed did. */
export interface PollReport {
  feedId: number;
  url: string;
  status: 'ok' | 'not-modified' | 'failed';
  /** Items fetched in this poll: new ones, and earlier failures tried again. */
  items: number;
  ingested: number;
  duplicates: number;
  failedItems: number;
  error?: string;
  nextPollAt: string;
}

/** Items fetched per poll of a feed at most; the rest wait for the next poll. */
export const MAX_ITEMS_PER_POLL = 50;
/** Feeds polled at the same time (each host stays polite through the fetcher's per-host queue). */
export const FEEDS_AT_ONCE = 8;
/** The longest a failing feed is put off. */
export const MAX_BACKOFF_MS = 24 * 3600 * 1000;
const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/** When a feed is polled next: its interval after a success; doubling per failure in a row, capped. */
export function nextPoll(feed: Pick<FeedRow, 'interval_s'>, errorCount: number, now: Date): string {
  const base = feed.interval_s * 1000;
  const wait = errorCount === 0 ? base : Math.min(base * 2 ** errorCount, Math.max(base, MAX_BACKOFF_MS));
  return new Date(now.getTime() + wait).toISOString();
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Pages being fetched by the feeds polled together, by URL: a second feed waits for the first. */
type InFlight = Map<string, Promise<void>>;

async function ingestItem(ctx: WebIngestContext, item: FeedItemRow, report: PollReport, now: Date, inFlight: InFlight): Promise<void> {
  const url = item.url!;
  // Chained synchronously, so that two feeds reaching the same URL at once take turns.
  const task = (inFlight.get(url) ?? Promise.resolve()).then(() => ingestNew(ctx, item, report, now));
  inFlight.set(url, task);
  await task;
}

async function ingestNew(ctx: WebIngestContext, item: FeedItemRow, report: PollReport, now: Date): Promise<void> {
  try {
    const known = await knownArticle(ctx.store, item.url!);
    if (known !== undefined) {
      // already stored (from another feed, or `sitrep ingest URL`): not fetched again
      await markItem(ctx.store, item, { status: 'duplicate', articleId: known });
      report.duplicates++;
      return;
    }
    const hints = { id: item.item_key, title: item.title ?? undefined, published: item.published ?? undefined };
    const result = await ingestUrl(ctx, item.url!, hints, now);
    await markItem(ctx.store, item, { status: result.status === 'new' ? 'ingested' : 'duplicate', articleId: result.articleId });
    if (result.status === 'new') report.ingested++;
    else report.duplicates++;
  } catch (err) {
    report.failedItems++;
    await markItem(ctx.store, item, { status: 'failed', error: errorText(err) });
  }
}

/**
 * Polls one feed: a conditional request (ETag, Last-Modified); on a new document, records its
 * items and fetches and ingests the new ones (and earlier failures with attempts left). A failure
 * of the feed is recorded on it and puts its next poll off; a failure of an item is recorded on
 * the item. Never throws for a network or feed problem.
 */
export async function pollFeed(ctx: WebIngestContext, feed: FeedRow, clock: () => Date = () => new Date(), inFlight: InFlight = new Map()): Promise<PollReport> {
  const started = clock();
  const report: PollReport = { feedId: feed.id, url: feed.url, status: 'ok', items: 0, ingested: 0, duplicates: 0, failedItems: 0, nextPollAt: '' };
  try {
    const res = await ctx.fetcher.get(feed.url, { etag: feed.etag ?? undefined, lastModified: feed.last_modified ?? undefined }, FEED_ACCEPT);
    if (res.notModified) {
      report.status = 'not-modified';
    } else {
      const parsed = parseFeed(decodeBytes(res.body, res.headers['content-type']).text, res.url);
      const todo = (await itemsToIngest(ctx.store, feed.id, parsed.items, started)).slice(0, MAX_ITEMS_PER_POLL);
      report.items = todo.length;
      for (const item of todo) await ingestItem(ctx, item, report, clock(), inFlight);
      await updateFeed(ctx.store, feed.id, { title: parsed.title ?? feed.title, etag: res.etag ?? null, last_modified: res.lastModified ?? null });
    }
    report.nextPollAt = nextPoll(feed, 0, clock());
    await updateFeed(ctx.store, feed.id, { last_polled_at: started.toISOString(), last_ok_at: started.toISOString(), last_error: null, error_count: 0, next_poll_at: report.nextPollAt });
  } catch (err) {
    report.status = 'failed';
    report.error = errorText(err);
    report.nextPollAt = nextPoll(feed, feed.error_count + 1, clock());
    await updateFeed(ctx.store, feed.id, { last_polled_at: started.toISOString(), last_error: report.error, error_count: feed.error_count + 1, next_poll_at: report.nextPollAt });
  }
  return report;
}

/**
 * Polls the feeds that are due (every feed with `all`), FEEDS_AT_ONCE at a time: the fetcher keeps
 * each host polite, and a broken or slow feed holds up only itself. Reports are in feed order.
 */
export async function pollFeeds(ctx: WebIngestContext, opts: { all?: boolean; clock?: () => Date } = {}): Promise<PollReport[]> {
  const clock = opts.clock ?? (() => new Date());
  const feeds = await feedsToPoll(ctx.store, clock(), opts.all ?? false);
  const reports: PollReport[] = [];
  const inFlight: InFlight = new Map();
  let next = 0;
  // A few feeds at a time, each worker taking the next feed when it is done.
  const worker = async (): Promise<void> => {
    for (let i = next++; i < feeds.length; i = next++) reports[i] = await pollFeed(ctx, feeds[i]!, clock, inFlight);
  };
  await Promise.all(Array.from({ length: Math.min(FEEDS_AT_ONCE, feeds.length) }, worker));
  return reports;
}

/** One line about a poll, for logs: 'feed 3 https://...: 2 item(s): 2 ingested, 0 already stored, 0 failed'. */
export function describePoll(r: PollReport): string {
  if (r.status === 'failed') return `feed ${r.feedId} ${r.url}: FAILED: ${r.error} (next try ${r.nextPollAt})`;
  if (r.status === 'not-modified') return `feed ${r.feedId} ${r.url}: not modified`;
  return `feed ${r.feedId} ${r.url}: ${r.items} item(s): ${r.ingested} ingested, ${r.duplicates} already stored, ${r.failedItems} failed`;
}
