/**
 * `/api/feeds`: the feeds sitrep follows (src/ingest/feed-*.ts). List, add, show, remove, and
 * poll one now. `sitrep serve` polls every feed in the background on its own interval.
 */
import type { FastifyInstance } from 'fastify';
import { pollFeed } from '../ingest/feed-poller.js';
import { FeedError, addFeed, feedsToPoll, getFeed, listFeeds, removeFeed } from '../ingest/feed-store.js';
import type { Fetcher } from '../ingest/fetcher.js';
import { FetchError } from '../ingest/http-get.js';
import type { RouteContext } from './app.js';
import { HttpError } from './filter-params.js';
import { errorSchema } from './schemas.js';

const feedSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    url: { type: 'string' },
    name: { type: ['string', 'null'] },
    title: { type: ['string', 'null'], description: 'the title the feed gives itself' },
    intervalMinutes: { type: 'integer' },
    addedAt: { type: 'string' },
    lastPolledAt: { type: ['string', 'null'] },
    lastOkAt: { type: ['string', 'null'] },
    lastError: { type: ['string', 'null'], description: 'why the last poll failed (null after a success)' },
    errorCount: { type: 'integer', description: 'failures in a row; the next poll is put off exponentially' },
    nextPollAt: { type: 'string' },
    items: { type: 'object', additionalProperties: { type: 'integer' }, description: 'items by state: ingested, duplicate, failed, pending, skipped' },
  },
} as const;

const pollReportSchema = {
  type: 'object',
  properties: {
    feedId: { type: 'integer' },
    url: { type: 'string' },
    status: { type: 'string', enum: ['ok', 'not-modified', 'failed'] },
    items: { type: 'integer' },
    ingested: { type: 'integer' },
    duplicates: { type: 'integer' },
    failedItems: { type: 'integer' },
    error: { type: 'string' },
    nextPollAt: { type: 'string' },
  },
} as const;

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } as const;

function notFound(id: number): HttpError {
  return new HttpError(404, `no feed ${id} (GET /api/feeds lists them)`);
}

const tags = ['feeds'];

export function registerFeedRoutes(app: FastifyInstance, ctx: RouteContext, fetcher: Fetcher): void {
  registerReads(app, ctx);
  registerWrites(app, ctx, fetcher);
}

function registerReads(app: FastifyInstance, ctx: RouteContext): void {
  app.get('/api/feeds', { schema: { summary: 'The feeds sitrep follows', tags, response: { 200: { type: 'object', properties: { feeds: { type: 'array', items: feedSchema } } } } } }, async () => ({
    feeds: await listFeeds(ctx.store),
  }));

  app.get<{ Params: { id: number } }>('/api/feeds/:id', { schema: { summary: 'One feed', tags, params: idParams, response: { 200: feedSchema, 404: errorSchema } } }, async (req) => {
    const feed = await getFeed(ctx.store, req.params.id);
    if (!feed) throw notFound(req.params.id);
    return feed;
  });
}

function registerWrites(app: FastifyInstance, ctx: RouteContext, fetcher: Fetcher): void {
  app.post<{ Body: { url: string; name?: string; intervalMinutes?: number } }>('/api/feeds', {
    schema: {
      summary: 'Follow a feed (RSS 2.0, Atom or RDF)',
      tags,
      body: {
        type: 'object',
        required: ['url'],
        additionalProperties: false,
        properties: { url: { type: 'string', minLength: 1 }, name: { type: 'string' }, intervalMinutes: { type: 'integer', minimum: 1, default: 15 } },
      },
      response: { 201: feedSchema, 400: errorSchema, 409: errorSchema },
    },
  }, async (req, reply) => {
    try {
      const feed = await addFeed(ctx.store, req.body, new Date());
      return await reply.code(201).send(feed);
    } catch (err) {
      if (err instanceof FeedError) throw new HttpError(err.code === 'exists' ? 409 : 400, err.message);
      if (err instanceof FetchError) throw new HttpError(400, err.message);
      throw err;
    }
  });

  app.delete<{ Params: { id: number } }>('/api/feeds/:id', { schema: { summary: 'Stop following a feed (its articles stay)', tags, params: idParams, response: { 204: { type: 'null' }, 404: errorSchema } } }, async (req, reply) => {
    if (!(await removeFeed(ctx.store, req.params.id))) throw notFound(req.params.id);
    return reply.code(204).send();
  });

  app.post<{ Params: { id: number } }>('/api/feeds/:id/poll', { schema: { summary: 'Poll a feed now and ingest its new articles', tags, params: idParams, response: { 200: pollReportSchema, 404: errorSchema } } }, async (req) => {
    const row = (await feedsToPoll(ctx.store, new Date(), true)).find((f) => f.id === req.params.id);
    if (!row) throw notFound(req.params.id);
    const report = await pollFeed({ store: ctx.store, fetcher, extract: ctx.extract }, row);
    if (report.ingested > 0) ctx.notifier.notify();
    return report;
  });
}
