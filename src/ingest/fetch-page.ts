import type { Decoded } from './decode.js';
import { decodeBytes } from './decode.js';
import type { FetcherOptions } from './fetcher.js';
import { Fetcher } from './fetcher.js';
import { FetchError } from './http-get.js';

/** A fetched web page, decoded. */
export interface FetchedPage {
  /** The URL finally answered, after redirects. */
  url: string;
  html: string;
  charset: Decoded['charset'];
  contentType?: string;
}

// Content types that hold a page: HTML, XHTML, or untyped text.
const PAGE_TYPE = /^(?:text\/html|application\/xhtml\+xml|text\/plain|application\/xml|text\/xml)\b/i;

/** The page of a fetch result, decoded with its charset (header, then the page's own declaration). */
export function pageOf(url: string, headers: Record<string, string>, body: Buffer): FetchedPage {
  const contentType = headers['content-type'];
  if (contentType && !PAGE_TYPE.test(contentType.trim())) {
    throw new FetchError('not-html', `${url} is ${contentType.split(';')[0]}, not a web page`);
  }
  const decoded = decodeBytes(body, contentType);
  return { url, html: decoded.text, charset: decoded.charset, contentType };
}

/** Fetches one page politely and safely (see Fetcher) and decodes it. */
export async function fetchPage(url: string, opts: FetcherOptions & { fetcher?: Fetcher } = {}): Promise<FetchedPage> {
  const fetcher = opts.fetcher ?? new Fetcher(opts);
  const res = await fetcher.get(url);
  return pageOf(res.url, res.headers, res.body);
}
