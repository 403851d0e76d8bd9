/**
 * `GET /openapi.json`: the OpenAPI 3 document generated from the routes' schemas.
 * `GET /docs`: a plain HTML page listing every route with its parameters, from that document.
 */
import type { FastifyInstance } from 'fastify';

interface Operation {
  summary?: string;
  parameters?: { name: string; in: string; description?: string; required?: boolean; schema?: { type?: unknown; enum?: unknown[] } }[];
  requestBody?: { content?: Record<string, unknown> };
}

export function registerDocs(app: FastifyInstance): void {
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/docs', { schema: { hide: true } }, async (_req, reply) => {
    void reply.type('text/html; charset=utf-8');
    return docsPage(app.swagger() as { paths?: Record<string, Record<string, Operation>> });
  });
}

function esc(s: unknown): string {
  return String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** The HTML of the docs page. */
export function docsPage(doc: { paths?: Record<string, Record<string, Operation>> }): string {
  const sections: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters ?? [])
        .map((p) => `<li><code>${esc(p.name)}</code> (${esc(p.in)}${p.required ? ', required' : ''}${p.schema?.enum ? `: ${esc(p.schema.enum.join(' | '))}` : ''})${p.description ? ` — ${esc(p.description)}` : ''}</li>`)
        .join('');
      const body = op.requestBody?.content ? `<p>Body: ${Object.keys(op.requestBody.content).map((t) => `<code>${esc(t)}</code>`).join(', ')}</p>` : '';
      sections.push(`<section><h2><code>${esc(method.toUpperCase())} ${esc(path)}</code></h2><p>${esc(op.summary ?? '')}</p>${params ? `<ul>${params}</ul>` : ''}${body}</section>`);
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sitrep API</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}h2{font-size:1rem;margin:1.5rem 0 .25rem}code{background:#f3f3f3;padding:0 .2em}</style>
</head><body><h1>sitrep API</h1><p>The machine-readable description is <a href="/openapi.json">/openapi.json</a> (OpenAPI 3). Writes need <code>Authorization: Bearer TOKEN</code> when the server was started with a token.</p>
${sections.join('\n')}</body></html>`;
}
