/**
 * The dashboard's own endpoints, registered through `buildServer({ extraRoutes })`:
 * `GET /api/web/map` (server-side clusters), `GET /api/web/extent` (where the events are) and
 * `GET /api/web/timeline` (per day, by type).
 */
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/database.js';
import { AggregateCache } from './web-cache.js';
import { registerWebExtent } from './web-extent.js';
import { registerWebMap } from './web-map.js';
import { registerWebTimeline } from './web-timeline.js';

export function registerWebRoutes(app: FastifyInstance, store: Store): void {
  const cache = new AggregateCache(store);
  registerWebMap(app, store, cache);
  registerWebExtent(app, store, cache);
  registerWebTimeline(app, store, cache);
}
