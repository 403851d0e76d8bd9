/**
 * The HTTP server: Fastify with a JSON schema on every route (which also produces the OpenAPI
 * document at /openapi.json), the API under /api, a docs page at /docs, and the dashboard
 * (dist/web, built by Vite) at / when it has been built.
 */
import swagger from '@fastify/swagger';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { Store } from '../store/database.js';
import type { Extractor } from '../store/ingest-service.js';
import { pipelineExtractor } from '../store/pipeline-extractor.js';
import { registerDashboard } from './dashboard.js';
import { registerDocs } from './docs-routes.js';
import { registerArticleRoutes } from './article-routes.js';
import { registerEventRoutes } from './event-routes.js';
import { registerExportRoutes } from './export-routes.js';
import { registerStreamRoute } from './stream-route.js';
import { registerFeedRoutes } from './feeds-routes.js';
import { Fetcher } from '../ingest/fetcher.js';
import { registerWebRoutes } from './web-routes.js';
import { ChangeNotifier } from './change-notifier.js';
import { writeGuard } from './write-guard.js';

export interface ServerOptions {
  readonly store: Store;
  /** Required for writes (POST, PATCH) when set; see write-guard.ts. */
  readonly token?: string;
  /** The extraction applied to posted articles (default: the pipeline's `extract`). */
  readonly extract?: Extractor;
  /** Largest request body in bytes (larger: 413). Default 10 MiB. */
  readonly bodyLimit?: number;
  /** Largest number of articles in one POST (more: 413). Default 1000. */
  readonly maxBatch?: number;
  /** How often /api/stream looks for changes made by other processes (ms). Default 1000. */
  readonly streamPollMs?: number;
  /** Where the built dashboard lives (default: dist/web beside the built server). */
  readonly dashboardDir?: string;
  /**
   * More routes, registered after the API and before the dashboard: the place for the dashboard's
   * own endpoints (src/server/web*.ts), e.g. `extraRoutes: (app, store) => registerWebMap(app, store)`.
   */
  readonly extraRoutes?: (app: FastifyInstance, store: Store) => void | Promise<void>;
  readonly logger?: boolean;
  /** The polite fetcher for feeds (src/ingest/fetcher.ts), shared with `serve`'s background polling. Default: a new one. */
  readonly fetcher?: Fetcher;
}

/** Everything route modules need. */
export interface RouteContext {
  readonly store: Store;
  readonly extract: Extractor;
  readonly notifier: ChangeNotifier;
  readonly maxBatch: number;
  readonly streamPollMs: number;
}

/** Builds the server (not yet listening): `await app.listen({port, host})`, or `app.inject()` in tests. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 10 * 1024 * 1024,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allowUnionTypes: true } },
  });
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((req, reply) => {
    void reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no route ${req.method} ${req.url.split('?')[0]}` });
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'sitrep API', version: '1', description: 'Conflict events extracted from news, merged across reports, with evidence.' },
      components: { securitySchemes: { token: { type: 'http', scheme: 'bearer' } } },
    },
  });
  writeGuard(app, options.token);
  const ctx: RouteContext = {
    store: options.store,
    extract: options.extract ?? (await pipelineExtractor()),
    notifier: new ChangeNotifier(),
    maxBatch: options.maxBatch ?? 1000,
    streamPollMs: options.streamPollMs ?? 1000,
  };
  registerArticleRoutes(app, ctx);
  registerEventRoutes(app, ctx);
  registerExportRoutes(app, ctx);
  registerStreamRoute(app, ctx);
  registerFeedRoutes(app, ctx, options.fetcher ?? new Fetcher());
  registerDocs(app);
  registerWebRoutes(app, options.store); // the dashboard's map clusters and per-type timeline
  if (options.extraRoutes) await options.extraRoutes(app, options.store);
  await registerDashboard(app, options.dashboardDir);
  app.addHook('preClose', async () => ctx.notifier.close());
  return app;
}

/** Expected failures keep their status and message; unexpected ones are logged and answered 500. */
function errorHandler(err: FastifyError, _req: unknown, reply: { code(n: number): { send(b: unknown): void }; log: { error(o: unknown): void } }): void {
  const status = err.statusCode ?? 500;
  if (status >= 500) {
    reply.log.error(err);
    reply.code(500).send({ statusCode: 500, error: 'Internal Server Error', message: 'the server failed; see its log' });
    return;
  }
  const message = err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? `${err.message}: send fewer or smaller articles per request` : err.message;
  reply.code(status).send({ statusCode: status, error: httpError(status), message });
}

function httpError(status: number): string {
  return ({ 400: 'Bad Request', 401: 'Unauthorized', 404: 'Not Found', 413: 'Payload Too Large', 415: 'Unsupported Media Type' } as Record<number, string>)[status] ?? 'Error';
}
