/**
 * `GET /api/stream`: server-sent events, one message per created or updated event:
 *   id: <change id>   event: created|updated|deleted   data: <the event, as in GET /api/events>
 * (`deleted`, after a re-extraction left an event without reports: data is `{id}`).
 * A client that reconnects with `Last-Event-ID` (browsers do) or `?since=ID` gets what it
 * missed. Changes from other processes are found by polling the change log every
 * `streamPollMs`; this process's own writes wake the stream at once.
 */
import type { FastifyInstance } from 'fastify';
import { changesSince, latestChangeId } from '../store/change-feed.js';
import { toEventView } from '../store/event-view.js';
import type { RouteContext } from './app.js';

const HEARTBEAT_MS = 15_000;

export function registerStreamRoute(app: FastifyInstance, ctx: RouteContext): void {
  app.get<{ Querystring: { since?: number } }>('/api/stream', {
    schema: {
      summary: 'Server-sent events of new and updated events (text/event-stream)',
      tags: ['events'],
      querystring: { type: 'object', additionalProperties: false, properties: { since: { type: 'integer', minimum: 0, description: 'replay changes after this change id' } } },
      response: { 200: { type: 'string', description: 'text/event-stream' } },
    },
  }, async (req, reply) => {
    const header = Number(req.headers['last-event-id']);
    let cursor = req.query.since ?? (Number.isInteger(header) && header >= 0 ? header : await latestChangeId(ctx.store.db));
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write(': sitrep stream\n\n');
    let busy = false;
    let closed = false;
    const pump = async (): Promise<void> => {
      if (busy || closed) return;
      busy = true;
      try {
        for (let more = true; more && !closed; ) {
          const changes = await changesSince(ctx.store.db, cursor, 200);
          more = changes.length === 200;
          const ids = [...new Set(changes.map((c) => c.eventId))];
          const rows = ids.length ? await ctx.store.db.selectFrom('events').selectAll().where('id', 'in', ids).execute() : [];
          const byId = new Map(rows.map((r) => [r.id, r]));
          for (const c of changes) {
            const row = byId.get(c.eventId);
            const data = c.kind === 'deleted' ? { id: c.eventId } : row ? toEventView(row) : undefined;
            if (data) res.write(`id: ${c.id}\nevent: ${c.kind}\ndata: ${JSON.stringify(data)}\n\n`);
            cursor = c.id;
          }
        }
      } catch (err) {
        req.log.error(err);
      } finally {
        busy = false;
      }
    };
    const poll = setInterval(() => void pump(), ctx.streamPollMs);
    const beat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    const unsubscribe = ctx.notifier.subscribe(() => void pump());
    const stop = (): void => {
      closed = true;
      clearInterval(poll);
      clearInterval(beat);
      unsubscribe();
      unshutdown();
    };
    // the server is closing: end the stream so that it does not wait for the client
    const unshutdown = ctx.notifier.onShutdown(() => {
      stop();
      res.end();
    });
    req.raw.on('close', stop);
    void pump();
  });
}
