import { readFileSync } from 'node:fs';
import { HostQueue } from './host-queue.js';
import type { GetResponse } from './http-get.js';
import { FetchError, httpGet } from './http-get.js';
import type { RobotsRules } from './robots.js';
import { robotsRules, robotsUrlOf } from './robots.js';

export interface FetcherOptions {
  /** Fetch from private, loopback and link-local addresses too (default false). */
  allowPrivate?: boolean;
  /**
   * Hosts ('intranet.example' or 'host:port') exempt from the private-address check, such as
   * your own feed server: the pages its items link to are still checked.
   */
  allowHosts?: readonly string[];
  userAgent?: string;
  /** Whole-request time limit per hop, ms (default 20 s). */
  timeoutMs?: number;
  /** Largest body accepted, bytes (default 10 MB). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  /** Requests at once to one host (default 1) and pause between them, ms (default 1 s). */
  perHost?: number;
  hostDelayMs?: number;
  /** Obey robots.txt (default true). */
  respectRobots?: boolean;
  /** How long a robots.txt is trusted, ms (default 1 day). */
  robotsTtlMs?: number;
}

/** Validators of a previous answer, for a conditional request. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface FetchResult {
  /** The URL finally answered, after redirects. */
  url: string;
  status: number;
  /** 304: the resource has not changed since the validators were issued; `body` is empty. */
  notModified: boolean;
  headers: Record<string, string>;
  body: Buffer;
  etag?: string;
  lastModified?: string;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);
/** A robots.txt that could not be read is asked for again after this long, not after a day. */
const UNREACHABLE_TTL_MS = 5 * 60_000;

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0';
  }
}

/** sitrep's user agent: names the program, so that site owners can find and block it. */
export const USER_AGENT = `sitrep/${packageVersion()} (conflict news monitor; +https://www.npmjs.com/package/sitrep)`;

/** A URL sitrep may fetch: absolute, http or https. */
export function parseHttpUrl(raw: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FetchError('bad-url', `'${raw}' is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('bad-url', `${url.href}: only http and https URLs are fetched`);
  }
  url.hash = '';
  return url;
}

/**
 * The polite, safe HTTP client of sitrep: a user agent naming sitrep, per-host concurrency and
 * pauses, robots.txt, time and size limits, a bounded number of redirects (each hop checked
 * again), only http(s), and no private addresses unless allowed. One instance per process shares
 * its per-host queues and robots.txt cache among all callers.
 */
export class Fetcher {
  readonly opts: Required<FetcherOptions>;
  private readonly queue: HostQueue;
  private readonly robots = new Map<string, { at: number; unreachable?: boolean; rules: Promise<RobotsRules> }>();

  constructor(opts: FetcherOptions = {}) {
    this.opts = {
      allowPrivate: false, allowHosts: [], userAgent: USER_AGENT, timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024,
      maxRedirects: 5, perHost: 1, hostDelayMs: 1000, respectRobots: true, robotsTtlMs: 86_400_000,
      ...opts,
    };
    this.queue = new HostQueue({ perHost: this.opts.perHost, delayMs: this.opts.hostDelayMs });
  }

  /** GETs `url`, following redirects; throws FetchError for every refusal and failure. */
  get(raw: string, validators: Validators = {}, accept = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5'): Promise<FetchResult> {
    const headers: Record<string, string> = { 'user-agent': this.opts.userAgent, accept };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    return this.follow(raw, headers, this.opts.respectRobots, this.opts.maxBytes);
  }

  private async follow(raw: string, headers: Record<string, string>, robots: boolean, maxBytes: number): Promise<FetchResult> {
    let url = parseHttpUrl(raw);
    for (let hop = 0; ; hop++) {
      if (robots) await this.checkRobots(url);
      const res = await this.hop(url, headers, maxBytes);
      const location = res.headers.location;
      if (REDIRECT.has(res.status) && location) {
        if (hop >= this.opts.maxRedirects) {
          throw new FetchError('too-many-redirects', `${raw}: more than ${this.opts.maxRedirects} redirects; gave up`);
        }
        url = parseHttpUrl(location, url.href);
        continue;
      }
      return this.result(url, res, raw);
    }
  }

  private hop(url: URL, headers: Record<string, string>, maxBytes: number): Promise<GetResponse> {
    const { timeoutMs } = this.opts;
    const allowPrivate = this.opts.allowPrivate || this.opts.allowHosts.includes(url.host) || this.opts.allowHosts.includes(url.hostname);
    return this.queue.run(url.host, () => httpGet(url, { headers, timeoutMs, maxBytes, allowPrivate }));
  }

  private result(url: URL, res: GetResponse, raw: string): FetchResult {
    const notModified = res.status === 304;
    if (!notModified && (res.status < 200 || res.status >= 300)) {
      throw new FetchError('http-status', `${raw}: the server answered HTTP ${res.status}`, res.status);
    }
    return {
      url: url.href, status: res.status, notModified, headers: res.headers, body: res.body,
      etag: res.headers.etag, lastModified: res.headers['last-modified'],
    };
  }

  private async checkRobots(url: URL): Promise<void> {
    const origin = `${url.protocol}//${url.host}`;
    let entry = this.robots.get(origin);
    if (!entry || Date.now() - entry.at > (entry.unreachable ? UNREACHABLE_TTL_MS : this.opts.robotsTtlMs)) {
      entry = { at: Date.now(), rules: this.loadRobots(url) };
      this.robots.set(origin, entry);
    }
    const rules = await entry.rules;
    entry.unreachable = rules.unreachable !== undefined;
    if (rules.crawlDelayMs) this.queue.setDelay(url.host, rules.crawlDelayMs);
    if (rules.isAllowed(url.href)) return;
    const why = rules.unreachable ? `its robots.txt could not be read (${rules.unreachable}), so nothing is fetched from it for now` : 'its robots.txt disallows it for sitrep';
    throw new FetchError('robots', `${url.href}: ${why}`);
  }

  private async loadRobots(url: URL): Promise<RobotsRules> {
    const robotsUrl = robotsUrlOf(url);
    // robots.txt matches on the product token: 'sitrep/0.1 (...)' is 'sitrep'.
    const agent = this.opts.userAgent.split(/[/\s]/)[0] ?? '*';
    const headers = { 'user-agent': this.opts.userAgent, accept: 'text/plain,*/*;q=0.5' };
    try {
      const res = await this.follow(robotsUrl, headers, false, 512 * 1024);
      return robotsRules(robotsUrl, res.status, res.body.toString('utf8'), agent);
    } catch (err) {
      if (err instanceof FetchError && err.code === 'private-address') throw err;
      const status = err instanceof FetchError ? err.status : undefined;
      return robotsRules(robotsUrl, status, '', agent, err instanceof Error ? err.message : String(err));
    }
  }
}
