/**
 * Events: the filtered, paged list; one event with its reports, toll history, evidence and
 * source texts; analyst review; timeline statistics.
 */
import type { FastifyInstance } from 'fastify';
import { getEventDetail } from '../store/event-detail.js';
import { queryEvents, type EventSort } from '../store/event-query.js';
import { toEventView } from '../store/event-view.js';
import { ReviewError, reviewEvent, type ReviewRequest } from '../store/review-service.js';
import { INTERVALS, timeline, type Interval } from '../store/timeline-query.js';
import type { RouteContext } from './app.js';
import { HttpError, badRequest, toFilter, type FilterQuery } from './filter-params.js';
import { errorSchema, eventPageSchema, eventSchema, filterProperties, pageProperties, reviewBodySchema, timelineSchema } from './schemas.js';

interface ListQuery extends FilterQuery {
  limit: number;
  offset: number;
  sort: EventSort;
}

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } as const;

export function registerEventRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get<{ Querystring: ListQuery }>('/api/events', {
    schema: {
      summary: 'Events matching the filters, a page at a time',
      tags: ['events'],
      querystring: { type: 'object', additionalProperties: false, properties: { ...filterProperties, ...pageProperties } },
      response: { 200: eventPageSchema, 400: errorSchema },
    },
  }, async (req) => {
    const { limit, offset, sort, ...filters } = req.query;
    const page = await queryEvents(ctx.store.db, toFilter(filters), { limit, offset, sort });
    return { total: page.total, totalExact: page.totalExact, limit, offset, items: page.items.map(toEventView) };
  });

  app.get<{ Params: { id: number } }>('/api/events/:id', {
    schema: {
      summary: 'One event with its reports (which article said what, when), toll history, evidence spans, source texts and reviews',
      tags: ['events'],
      params: idParams,
      response: { 404: errorSchema, 400: errorSchema },
    },
  }, async (req) => {
    const detail = await getEventDetail(ctx.store.db, req.params.id);
    if (!detail) throw new HttpError(404, `no event ${req.params.id}`);
    return detail;
  });

  app.patch<{ Params: { id: number }; Body: ReviewRequest }>('/api/events/:id', {
    schema: {
      summary: 'Analyst review: confirm, reject, reopen, or correct fields (who and when are kept; corrections survive re-ingest)',
      tags: ['events'],
      security: [{ token: [] }],
      params: idParams,
      body: reviewBodySchema,
      response: { 200: eventSchema, 400: errorSchema, 404: errorSchema },
    },
  }, async (req) => {
    try {
      if (!(await reviewEvent(ctx.store, req.params.id, req.body))) throw new HttpError(404, `no event ${req.params.id}`);
    } catch (err) {
      if (err instanceof ReviewError) throw badRequest(`body: ${err.message}`);
      throw err;
    }
    ctx.notifier.notify();
    const detail = await getEventDetail(ctx.store.db, req.params.id);
    return detail!;
  });

  app.get<{ Querystring: FilterQuery & { interval: Interval } }>('/api/stats/timeline', {
    schema: {
      summary: 'Events, fatalities and injured per day, week or month for the events matching the filters',
      tags: ['stats'],
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: { ...filterProperties, interval: { type: 'string', enum: [...INTERVALS], default: 'day' } },
      },
      response: { 200: timelineSchema, 400: errorSchema },
    },
  }, async (req) => {
    const { interval, ...filters } = req.query;
    return { interval, buckets: await timeline(ctx.store.db, toFilter(filters), interval) };
  });
}
