/**
 * Where the matching events are (`GET /api/web/extent`), requested as soon as the page starts so
 * that the map chunk finds the answer waiting; one request per set of filters.
 */
import { filterParams } from './filters.js';
import type { Filters } from './filters.js';
import { getJson } from './http.js';

export type Extent = [number, number, number, number];

const pending = new Map<string, Promise<Extent | null>>();

/** `fresh`: ask again even if this was asked before (the data has changed since). */
export function fetchExtent(filters: Filters, fresh = false): Promise<Extent | null> {
  const key = filterParams(filters).toString();
  let p = fresh ? undefined : pending.get(key);
  if (!p) {
    p = getJson<{ extent: Extent | null }>('api/web/extent', filterParams(filters)).then((r) => r.extent);
    pending.set(key, p);
  }
  return p;
}
