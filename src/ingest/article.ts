import { identifyLanguage } from '../pipeline/identify-language.js';
import { removeBoilerplate } from './clean-dom.js';
import type { DomDocument } from './dom.js';
import { parseDocument, treeSize } from './dom.js';
import { textOf } from './dom-text.js';
import { readMetadata } from './metadata.js';
import { pruneArticle } from './prune-article.js';
import { runReadability } from './readability-engine.js';

/** An article read from a web page: its text (paragraphs separated by blank lines) and metadata. */
export interface Article {
  id: string;
  text: string;
  title?: string;
  /** ISO datetime (UTC) or day. */
  published?: string;
  outlet?: string;
  /** Identified from the text when it is in a supported language, else as the page declares it, else 'und'. */
  lang: string;
  /** The canonical URL when the page names one, else the URL it was fetched from. */
  url?: string;
}

/**
 * The extraction engine: 'sitrep' (the default) cleans the page before Readability.js and prunes
 * what Readability leaves; 'readability' is Readability.js alone, kept as the measured baseline.
 */
export type Engine = 'sitrep' | 'readability';

export interface ArticleOptions {
  id: string;
  url?: string;
  engine?: Engine;
}

/** A page that cannot be read as an article (too large); the message is for people. */
export class ArticleError extends Error {
  override name = 'ArticleError';
}

/** Pages larger than this are refused: parsing one would take seconds and hundreds of MB. */
export const MAX_HTML_CHARS = 12 * 1024 * 1024;
/**
 * Trees beyond these are refused before Readability.js, whose time grows faster than the tree
 * (news pages have a few thousand elements and a depth under 100).
 */
export const MAX_ELEMENTS = 100_000;
export const MAX_DEPTH = 500;

function checkTree(doc: DomDocument): void {
  const { elements, depth } = treeSize(doc);
  if (elements > MAX_ELEMENTS) {
    throw new ArticleError(`the page has ${elements} elements, more than the ${MAX_ELEMENTS} the article extractor reads; it is not an article page`);
  }
  if (depth > MAX_DEPTH) {
    throw new ArticleError(`the page nests elements ${depth} deep, more than the ${MAX_DEPTH} the article extractor reads; it is not an article page`);
  }
}

/** The article's text from a parsed page (which it mutates: read the metadata first). */
function bodyText(doc: DomDocument, engine: Engine): { text: string; title?: string } {
  if (engine === 'sitrep') removeBoilerplate(doc);
  const found = runReadability(doc);
  if (!found) {
    // No article found (a page of short blocks): the visible text of the cleaned page.
    return { text: doc.body ? textOf(doc.body) : '' };
  }
  if (engine === 'sitrep') pruneArticle(found.content, found.title);
  return { text: textOf(found.content), title: found.title };
}

// The languages identifyLanguage can tell from the text. The page's language is a fact about the
// page, so it does not depend on which language packs are loaded (loading them here would also
// make `sitrep article` pay for compiling every pack's grammars).
const IDENTIFIABLE = ['it', 'en', 'uk', 'ru'];

function language(text: string, declared: string | undefined): string {
  const identified = identifyLanguage(text, IDENTIFIABLE);
  return identified !== 'und' ? identified : (declared ?? 'und');
}

/**
 * Turns an HTML page into an article: body text without navigation, ads, related links,
 * comments or cookie banners, plus title, publication time, outlet, language and canonical URL.
 * Throws ArticleError for a page over MAX_HTML_CHARS, MAX_ELEMENTS or MAX_DEPTH.
 */
export function extractArticle(html: string, opts: ArticleOptions): Article {
  if (html.length > MAX_HTML_CHARS) {
    const mb = (html.length / 1024 / 1024).toFixed(1);
    throw new ArticleError(
      `the page is ${mb} MB, over the ${MAX_HTML_CHARS / 1024 / 1024} MB the article extractor reads; it is not an article page (or save the article's part of it)`,
    );
  }
  const doc = parseDocument(html);
  checkTree(doc);
  const meta = readMetadata(doc, opts.url);
  const body = bodyText(doc, opts.engine ?? 'sitrep');
  return {
    id: opts.id,
    text: body.text,
    title: meta.title ?? (body.title || undefined),
    published: meta.published,
    outlet: meta.outlet,
    lang: language(body.text, meta.lang),
    url: meta.canonical ?? opts.url,
  };
}
