/**
 * A bounded memo for pure lookups that repeat across the texts of a run (gazetteer keys, name
 * keys): answers are kept until `limit` of them are held, then all are dropped and collecting
 * starts over, so that a long run over many texts keeps a bounded amount of memory.
 */
export class Memo<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly limit = 50_000) {}

  get(key: K, compute: () => V): V {
    const found = this.map.get(key);
    if (found !== undefined || this.map.has(key)) return found as V;
    return this.put(key, compute());
  }

  /** The answer held for `key`, undefined if none (for memos whose answers are never undefined). */
  peek(key: K): V | undefined {
    return this.map.get(key);
  }

  /** Holds `value` as the answer for `key`; returns it. */
  put(key: K, value: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}
