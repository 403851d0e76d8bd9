import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress } from 'node:dns';
import http from 'node:http';
import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { isPrivateAddress } from './safe-address.js';

/** Why a fetch failed; `code` lets callers tell a refusal from a network failure. */
export type FetchErrorCode =
  | 'bad-url' | 'private-address' | 'robots' | 'too-large' | 'timeout' | 'too-many-redirects'
  | 'http-status' | 'network' | 'not-html';

export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface GetOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  maxBytes: number;
  allowPrivate: boolean;
}

export interface GetResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function privateRefusal(host: string, address: string): FetchError {
  const what = host === address ? address : `${host} resolves to ${address}`;
  return new FetchError(
    'private-address',
    `${what}, a private, loopback or link-local address; refused (use --allow-private to fetch from your own network)`,
  );
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A DNS lookup that refuses hosts resolving to a private, loopback or link-local address. The
 * connection is made to the very address checked here, so a DNS answer cannot change in between.
 */
function safeLookup(allowPrivate: boolean) {
  return (hostname: string, options: { family?: number; all?: boolean }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (err, addresses) => {
      if (err) return callback(err, []);
      const blocked = addresses.find((a) => isPrivateAddress(a.address));
      if (blocked && !allowPrivate) return callback(privateRefusal(hostname, blocked.address) as NodeJS.ErrnoException, []);
      const first = addresses[0];
      if (options.all) return callback(null, addresses);
      return callback(null, first?.address ?? '', first?.family ?? 4);
    });
  };
}

function decoded(res: IncomingMessage): Readable {
  const enc = (res.headers['content-encoding'] ?? '').toLowerCase().trim();
  if (enc === 'gzip' || enc === 'x-gzip') return res.pipe(zlib.createGunzip());
  if (enc === 'deflate') return res.pipe(zlib.createInflate());
  if (enc === 'br') return res.pipe(zlib.createBrotliDecompress());
  return res;
}

function tooLarge(url: string, maxBytes: number): FetchError {
  return new FetchError('too-large', `${url} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; refused`);
}

function headersOf(res: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** Reads a response body, decompressed, refusing it past `maxBytes` (which also stops zip bombs). */
function readBody(res: IncomingMessage, url: string, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) return reject(tooLarge(url, maxBytes));
    const stream = decoded(res);
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        res.destroy();
        stream.destroy();
        return reject(tooLarge(url, maxBytes));
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', (err) => reject(new FetchError('network', `${url}: ${err.message}`)));
  });
}

/**
 * One HTTP(S) GET, without following redirects: the caller decides about each hop. Refuses
 * private addresses (unless allowed) at connection time, gives up after `timeoutMs` in all,
 * and refuses bodies over `maxBytes`.
 */
export function httpGet(url: URL, opts: GetOptions): Promise<GetResponse> {
  // A literal address ('http://127.0.0.1/', 'http://[::1]/') is connected to without a lookup: check it here.
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(literal) && !opts.allowPrivate && isPrivateAddress(literal)) {
    return Promise.reject(privateRefusal(url.hostname, literal));
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method: 'GET',
      headers: { 'accept-encoding': 'gzip, deflate, br', ...opts.headers },
      lookup: safeLookup(opts.allowPrivate) as never,
    });
    let settled = false;
    const fail = (err: Error): void => {
      clearTimeout(timer);
      if (settled) return;
      settled = true;
      reject(err instanceof FetchError ? err : new FetchError('network', `${url.href}: ${err.message}`));
    };
    const timer = setTimeout(() => {
      req.destroy();
      fail(new FetchError('timeout', `${url.href} did not answer within ${opts.timeoutMs / 1000} s; gave up`));
    }, opts.timeoutMs);
    req.on('error', fail);
    req.on('response', (res) => {
      readBody(res, url.href, opts.maxBytes).then((body) => {
        clearTimeout(timer);
        settled = true;
        resolve({ status: res.statusCode ?? 0, headers: headersOf(res), body });
      }, (err: Error) => {
        req.destroy();
        fail(err);
      });
    });
    req.end();
  });
}
