/**
 * Writes (POST, PATCH, PUT, DELETE) need the API token when one is configured, given as
 * `Authorization: Bearer TOKEN` or `X-API-Token: TOKEN`. Without a token writes are open: the
 * `serve` command only allows that when listening on a loopback address (see `needsToken`).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

export function writeGuard(app: FastifyInstance, token: string | undefined): void {
  if (!token) return;
  app.addHook('onRequest', async (req, reply) => {
    if (!WRITES.has(req.method)) return;
    const auth = req.headers.authorization;
    const given = auth?.startsWith('Bearer ') ? auth.slice(7) : req.headers['x-api-token'];
    if (typeof given !== 'string' || !same(given, token)) {
      await reply.code(401).send({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'writes need the API token: send "Authorization: Bearer TOKEN" (the token given to sitrep serve by --token or SITREP_API_TOKEN)',
      });
    }
  });
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** True when `host` is reachable from other machines, so that writes must need a token. */
export function needsToken(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return !(h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h));
}
