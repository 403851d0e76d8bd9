/**
 * A small cache for the dashboard's aggregates (map cells, extent, timeline), valid while the
 * data has not changed: every write to events appends to the `changes` log, so its newest id is
 * the data's version — also for writes by other processes (`sitrep ingest` beside a server).
 * Checking it is one indexed lookup; an aggregate over 100k events is a scan.
 */
import type { Store } from '../store/database.js';

export class AggregateCache {
  private readonly entries = new Map<string, { version: number; value: unknown }>();

  constructor(
    private readonly store: Store,
    private readonly maxEntries = 256,
  ) {}

  /** The data's version: the newest change id (0 for an empty database). */
  async version(): Promise<number> {
    const row = await this.store.db.selectFrom('changes').select((eb) => eb.fn.max('id').as('v')).executeTakeFirst();
    return Number(row?.v ?? 0);
  }

  /** The cached value for `key` at the current version, else `compute()` (then cached). */
  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.version();
    const hit = this.entries.get(key);
    if (hit && hit.version === version) {
      // most recently used last: the first key is the one to evict
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as T;
    }
    const value = await compute();
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}

/** A stable cache key for a route and its parsed query (keys sorted). */
export function cacheKey(route: string, query: object): string {
  const entries = Object.entries(query).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
  return `${route}?${JSON.stringify(entries)}`;
}
