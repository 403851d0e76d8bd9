/**
 * The dashboard's own endpoints, registered through `buildServer({ extraRoutes })`:
 * `GET /api/web/map` (server-side clusters), `GET /api/web/extent` (where the events are) and
 * `GET /api/web/timeline` (per day, by type).
 */
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/database.js';
import { registerWebExtent } from './web-extent.js';
import { registerWebMap } from './web-map.js';
import { registerWebTimeline } from './web-timeline.js';

export function registerWebRoutes(app: FastifyInstance, store: Store): void {
  registerWebMap(app, store);
  registerWebExtent(app, store);
  registerWebTimeline(app, store);
}
