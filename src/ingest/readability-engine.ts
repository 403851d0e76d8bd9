import { Readability } from '@mozilla/readability';
import type { DomDocument, DomElement } from './dom.js';

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/** What Readability.js finds in a page: the article's element, and the metadata it reads itself. */
export interface ReadabilityResult {
  content: DomElement;
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
}

/**
 * Runs Mozilla's Readability.js over `doc` (which it mutates: pass a fresh parse) and returns the
 * article's element, or undefined when it finds no article.
 */
export function runReadability(doc: DomDocument, opts: { charThreshold?: number } = {}): ReadabilityResult | undefined {
  const reader = new Readability<DomElement>(doc as unknown as ReadabilityDocument, {
    charThreshold: opts.charThreshold ?? 500,
    // Keep the element itself rather than its serialised HTML: no second parse.
    serializer: (node) => node as unknown as DomElement,
  });
  const parsed = reader.parse();
  if (!parsed?.content) return undefined;
  return {
    content: parsed.content,
    title: parsed.title ?? undefined,
    byline: parsed.byline ?? undefined,
    siteName: parsed.siteName ?? undefined,
    publishedTime: parsed.publishedTime ?? undefined,
    lang: parsed.lang ?? undefined,
  };
}
