/**
 * `POST /api/articles`: one article or a batch, as JSON (an object, an array, or
 * `{articles: [...]}`), as JSONL (`application/x-ndjson`, one object per line), or as plain text
 * (`text/plain`, metadata in the query string). Each article is ingested in its own transaction;
 * a bad one is reported in its result and never stops the others.
 * `GET /api/articles/:id`: a stored article with its statements.
 */
import type { FastifyInstance } from 'fastify';
import { ArticleInputError, toArticleInput, type ArticleInput } from '../store/article-input.js';
import { getArticle } from '../store/article-repository.js';
import { ingestArticle, type IngestResult } from '../store/ingest-service.js';
import { IngestTally } from '../store/ingest-tally.js';
import type { RouteContext } from './app.js';
import { HttpError, badRequest } from './filter-params.js';
import { articleSchema, errorSchema, ingestResultSchema } from './schemas.js';

interface TextMeta {
  url?: string;
  title?: string;
  outlet?: string;
  published?: string;
  lang?: string;
  id?: string;
}

interface ItemResult {
  index: number;
  status: IngestResult['status'] | 'failed';
  articleId?: number;
  created?: readonly number[];
  merged?: readonly number[];
  error?: string;
}

export function registerArticleRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.addContentTypeParser('application/x-ndjson', { parseAs: 'string' }, (_req, body, done) => done(null, body));
  app.post<{ Body: unknown; Querystring: TextMeta }>('/api/articles', {
    schema: {
      summary: 'Ingest one article or a batch',
      tags: ['articles'],
      querystring: { type: 'object', properties: { url: { type: 'string' }, title: { type: 'string' }, outlet: { type: 'string' }, published: { type: 'string' }, lang: { type: 'string' }, id: { type: 'string' } } },
      body: {
        content: {
          'application/json': {
            schema: { oneOf: [articleSchema, { type: 'array', items: articleSchema }, { type: 'object', required: ['articles'], properties: { articles: { type: 'array', items: articleSchema } } }] },
          },
          'application/x-ndjson': { schema: { type: 'string', description: 'one article object per line' } },
          'text/plain': { schema: { type: 'string', minLength: 1, description: 'the text of one article; metadata in the query string' } },
        },
      },
      response: { 200: ingestResultSchema, 400: errorSchema, 413: errorSchema },
    },
  }, async (req) => {
    const items = parseBody(req.body, req.headers['content-type'] ?? '', req.query);
    if (items.length > ctx.maxBatch) throw new HttpError(413, `${items.length} articles in one request: at most ${ctx.maxBatch}; split the batch`);
    if (!items.length) throw badRequest('body: no articles');
    const tally = new IngestTally();
    const results: ItemResult[] = [];
    for (const [index, item] of items.entries()) results.push(await ingestOne(ctx, index, item, tally));
    if (tally.summary.eventsNew + tally.summary.eventsMerged > 0) ctx.notifier.notify();
    if (items.length === 1 && results[0]!.status === 'failed') throw badRequest(results[0]!.error!);
    return { summary: tally.summary, results };
  });

  app.get<{ Params: { id: number } }>('/api/articles/:id', {
    schema: {
      summary: 'A stored article with its statements (speaker, platform, quotes, claims)',
      tags: ['articles'],
      params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] },
      response: { 404: errorSchema },
    },
  }, async (req) => {
    const article = await getArticle(ctx.store.db, req.params.id);
    if (!article) throw new HttpError(404, `no article ${req.params.id}`);
    return article;
  });
}

async function ingestOne(ctx: RouteContext, index: number, item: unknown, tally: IngestTally): Promise<ItemResult> {
  try {
    const r = await ingestArticle(ctx.store, item instanceof Error ? raise(item) : toArticleInput(item), ctx.extract);
    tally.add(r);
    return { index, status: r.status, articleId: r.articleId, created: r.created, merged: r.merged };
  } catch (err) {
    if (!(err instanceof ArticleInputError) && !(err instanceof SyntaxError)) throw err;
    tally.fail();
    return { index, status: 'failed', error: `article ${index}: ${err.message}` };
  }
}

function raise(err: Error): never {
  throw err;
}

/** The body as a list of records (or errors for JSONL lines that are not JSON). */
function parseBody(body: unknown, contentType: string, meta: TextMeta): unknown[] {
  if (contentType.startsWith('text/plain')) {
    const input: ArticleInput = { ...meta, text: String(body) };
    return [input];
  }
  if (contentType.startsWith('application/x-ndjson')) {
    return String(body)
      .split('\n')
      .map((line, i) => ({ line, i }))
      .filter(({ line }) => line.trim())
      .map(({ line, i }) => {
        try {
          return JSON.parse(line) as unknown;
        } catch {
          return new ArticleInputError(`line ${i + 1} is not valid JSON`);
        }
      });
  }
  if (Array.isArray(body)) return body;
  const o = body as Record<string, unknown>;
  return Array.isArray(o.articles) ? o.articles : [body];
}
