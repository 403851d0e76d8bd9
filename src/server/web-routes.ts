/**
 * The dashboard's own endpoints, registered through `buildServer({ extraRoutes })`:
 * `GET /api/web/map` (server-side clusters) and `GET /api/web/timeline` (per day, by type).
 */
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/database.js';
import { registerWebMap } from './web-map.js';
import { registerWebTimeline } from './web-timeline.js';

export function registerWebRoutes(app: FastifyInstance, store: Store): void {
  registerWebMap(app, store);
  registerWebTimeline(app, store);
}
