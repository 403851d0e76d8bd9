/**
 * The dashboard (src/web, built by Vite into dist/web) is served at `/` by the same server, when
 * it has been built: static files from `dir` (default: dist/web next to the built server, i.e.
 * `<package>/dist/web`). Without a build, `/` says how to make one. API routes take precedence.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** dist/web of the package this file belongs to (src/server → ../../dist/web, dist/server → ../web). */
export function defaultDashboardDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const built = fileURLToPath(new URL('../web', import.meta.url));
  return here.includes('/dist/') ? built : fileURLToPath(new URL('../../dist/web', import.meta.url));
}

export async function registerDashboard(app: FastifyInstance, dir = defaultDashboardDir()): Promise<void> {
  if (existsSync(`${dir}/index.html`)) {
    await app.register(fastifyStatic, { root: dir, prefix: '/', wildcard: true, index: ['index.html'] });
    return;
  }
  app.get('/', { schema: { hide: true } }, async (_req, reply) => {
    void reply.type('text/html; charset=utf-8');
    return '<!doctype html><title>sitrep</title><p>The dashboard has not been built (run <code>npm run build</code>). ' +
      'The API is documented at <a href="/docs">/docs</a>.</p>';
  });
}
