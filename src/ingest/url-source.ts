import type { ArticleInput } from '../store/article-input.js';
import type { Fetcher } from './fetcher.js';
import { fetchArticle } from './ingest-url.js';

/** True for an input that names a web page rather than a file ('https://...'). */
export function isWebUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/**
 * The article of a web page as an ingest source record (the shape of src/cli/ingest-readers.ts):
 * fetched politely and safely, read by the article extractor; a failure becomes `error`.
 */
export async function* readUrl(url: string, fetcher: Fetcher): AsyncGenerator<{ where: string; article?: ArticleInput; error?: string }> {
  try {
    yield { where: url, article: await fetchArticle(fetcher, url) };
  } catch (err) {
    yield { where: url, error: err instanceof Error ? err.message : String(err) };
  }
}
