import type { ArticleInput } from '../store/article-input.js';
import type { Store } from '../store/database.js';
import type { Extractor, IngestResult } from '../store/ingest-service.js';
import { ingestArticle } from '../store/ingest-service.js';
import { ArticleError, extractArticle } from './article.js';
import { pageOf } from './fetch-page.js';
import type { Fetcher } from './fetcher.js';

/** What fetching and storing pages needs: the store, one shared polite fetcher, the extraction. */
export interface WebIngestContext {
  store: Store;
  fetcher: Fetcher;
  extract: Extractor;
}

/** What a feed item says about its article, used where the page itself is silent. */
export interface ArticleHints {
  id?: string;
  title?: string;
  published?: string;
}

export interface UrlIngestResult extends IngestResult {
  /** The article's URL as stored: the page's canonical URL, else the URL finally fetched. */
  url: string;
}

/**
 * Fetches a page (politely and safely, through `fetcher`) and reads its article, as the store
 * takes it. Throws FetchError when the page cannot be fetched, ArticleError when it holds no
 * article text.
 */
export async function fetchArticle(fetcher: Fetcher, url: string, hints: ArticleHints = {}): Promise<ArticleInput> {
  const res = await fetcher.get(url);
  const page = pageOf(res.url, res.headers, res.body);
  const article = extractArticle(page.html, { id: hints.id ?? url, url: page.url });
  if (!article.text.trim()) throw new ArticleError(`${url}: no article text found on the page`);
  return {
    id: article.id,
    url: article.url ?? page.url,
    title: article.title ?? hints.title,
    outlet: article.outlet,
    published: article.published ?? hints.published,
    lang: article.lang === 'und' ? undefined : article.lang,
    text: article.text,
  };
}

/**
 * Fetches a page, reads its article and stores it with its events. An article already stored
 * (same URL or same text) comes back as 'duplicate'.
 */
export async function ingestUrl(ctx: WebIngestContext, url: string, hints: ArticleHints = {}, now = new Date()): Promise<UrlIngestResult> {
  const article = await fetchArticle(ctx.fetcher, url, hints);
  const result = await ingestArticle(ctx.store, article, ctx.extract, now);
  return { ...result, url: article.url ?? url };
}
