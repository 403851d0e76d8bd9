import type { Selectable } from 'kysely';
import type { Store } from '../store/database.js';
import type { FeedItemTable, FeedTable } from '../store/schema.js';
import type { FeedItem } from './feed-parse.js';
import { parseHttpUrl } from './fetcher.js';

export type FeedRow = Selectable<FeedTable>;
export type FeedItemRow = Selectable<FeedItemTable>;

/** A feed as the CLI and the API show it: its row plus how many items it has in each state. */
export interface FeedView {
  id: number;
  url: string;
  name: string | null;
  title: string | null;
  intervalMinutes: number;
  addedAt: string;
  lastPolledAt: string | null;
  lastOkAt: string | null;
  lastError: string | null;
  errorCount: number;
  nextPollAt: string;
  items: Record<string, number>;
}

/** A request about feeds that cannot be done (bad URL, already added, unknown feed). */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    message: string,
    /** 'exists': the feed is already followed (a conflict); 'invalid': the request is wrong. */
    readonly code: 'invalid' | 'exists' = 'invalid',
  ) {
    super(message);
  }
}

/** Default polling interval, and the bounds accepted. */
export const DEFAULT_INTERVAL_MINUTES = 15;
export const MIN_INTERVAL_MINUTES = 1;
export const MAX_INTERVAL_MINUTES = 7 * 24 * 60;
/** A failed item is tried again on later polls, this many times in all. */
export const MAX_ITEM_ATTEMPTS = 3;

export async function addFeed(store: Store, input: { url: string; name?: string; intervalMinutes?: number }, now: Date): Promise<FeedView> {
  const url = parseHttpUrl(input.url).href;
  const minutes = input.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES;
  if (!Number.isInteger(minutes) || minutes < MIN_INTERVAL_MINUTES || minutes > MAX_INTERVAL_MINUTES) {
    throw new FeedError(`the interval must be a whole number of minutes from ${MIN_INTERVAL_MINUTES} to ${MAX_INTERVAL_MINUTES}, got ${input.intervalMinutes}`);
  }
  const existing = await store.db.selectFrom('feeds').select('id').where('url', '=', url).executeTakeFirst();
  if (existing) throw new FeedError(`${url} is already feed ${existing.id}`, 'exists');
  const at = now.toISOString();
  const { id } = await store.db
    .insertInto('feeds')
    .values({ url, name: input.name ?? null, title: null, interval_s: minutes * 60, added_at: at, etag: null, last_modified: null, last_polled_at: null, last_ok_at: null, last_error: null, error_count: 0, next_poll_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await getFeed(store, id))!;
}

/** The feed with this id, or with this URL. */
async function findFeedRow(store: Store, ref: string | number): Promise<FeedRow | undefined> {
  const q = store.db.selectFrom('feeds').selectAll();
  const byId = typeof ref === 'number' || /^\d+$/.test(ref);
  return byId ? q.where('id', '=', Number(ref)).executeTakeFirst() : q.where('url', '=', ref).executeTakeFirst();
}

export async function getFeed(store: Store, ref: string | number): Promise<FeedView | undefined> {
  const row = await findFeedRow(store, ref);
  return row ? (await views(store, [row]))[0] : undefined;
}

export async function listFeeds(store: Store): Promise<FeedView[]> {
  return views(store, await store.db.selectFrom('feeds').selectAll().orderBy('id').execute());
}

async function views(store: Store, rows: readonly FeedRow[]): Promise<FeedView[]> {
  if (!rows.length) return [];
  const counts = await store.db
    .selectFrom('feed_items')
    .select(['feed_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('feed_id', 'in', rows.map((r) => r.id))
    .groupBy(['feed_id', 'status'])
    .execute();
  return rows.map((r) => ({
    id: r.id, url: r.url, name: r.name, title: r.title, intervalMinutes: Math.round(r.interval_s / 60),
    addedAt: r.added_at, lastPolledAt: r.last_polled_at, lastOkAt: r.last_ok_at, lastError: r.last_error,
    errorCount: r.error_count, nextPollAt: r.next_poll_at,
    items: Object.fromEntries(counts.filter((c) => c.feed_id === r.id).map((c) => [c.status, Number(c.n)])),
  }));
}

/** Removes a feed (and its items' records; ingested articles stay). False when there is no such feed. */
export async function removeFeed(store: Store, ref: string | number): Promise<boolean> {
  const row = await findFeedRow(store, ref);
  if (!row) return false;
  await store.db.deleteFrom('feed_items').where('feed_id', '=', row.id).execute();
  await store.db.deleteFrom('feeds').where('id', '=', row.id).execute();
  return true;
}

/** Feeds whose next poll is due at `now` (all of them with `all`), soonest due first, then in the order they were added. */
export async function feedsToPoll(store: Store, now: Date, all = false): Promise<FeedRow[]> {
  let q = store.db.selectFrom('feeds').selectAll().orderBy('next_poll_at').orderBy('id');
  if (!all) q = q.where('next_poll_at', '<=', now.toISOString());
  return q.execute();
}

export async function updateFeed(store: Store, id: number, values: Partial<Omit<FeedTable, 'id'>>): Promise<void> {
  await store.db.updateTable('feeds').set(values).where('id', '=', id).execute();
}

/**
 * Records the items of a poll and returns those to ingest now: the ones never seen before, and
 * earlier failures that have attempts left. An item already seen is never returned again once
 * it is ingested (the unique (feed, key) pair makes that hold across processes too).
 */
export async function itemsToIngest(store: Store, feedId: number, items: readonly FeedItem[], now: Date): Promise<FeedItemRow[]> {
  const at = now.toISOString();
  for (const it of items) {
    const status = it.url ? 'pending' : 'skipped';
    await store.db
      .insertInto('feed_items')
      .values({ feed_id: feedId, item_key: it.key, url: it.url ?? null, title: it.title ?? null, published: it.published ?? null, first_seen_at: at, status, attempts: 0, last_error: null, article_id: null })
      .onConflict((oc) => oc.columns(['feed_id', 'item_key']).doNothing())
      .execute();
  }
  return store.db
    .selectFrom('feed_items')
    .selectAll()
    .where('feed_id', '=', feedId)
    .where((eb) => eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'failed'), eb('attempts', '<', MAX_ITEM_ATTEMPTS)])]))
    .orderBy('id')
    .execute();
}

export async function markItem(store: Store, item: FeedItemRow, outcome: { status: 'ingested' | 'duplicate' | 'failed'; articleId?: number; error?: string }): Promise<void> {
  await store.db
    .updateTable('feed_items')
    .set({ status: outcome.status, attempts: item.attempts + 1, article_id: outcome.articleId ?? null, last_error: outcome.error ?? null })
    .where('id', '=', item.id)
    .execute();
}

/**
 * The stored article a URL is already known as: an article stored under that URL, or an item of
 * any feed with that URL that was ingested. Lets a story carried by two feeds be fetched once.
 */
export async function knownArticle(store: Store, url: string): Promise<number | undefined> {
  const article = await store.db.selectFrom('articles').select('id').where('url', '=', url).executeTakeFirst();
  if (article) return article.id;
  const item = await store.db
    .selectFrom('feed_items')
    .select('article_id')
    .where('url', '=', url)
    .where('article_id', 'is not', null)
    .executeTakeFirst();
  return item?.article_id ?? undefined;
}
