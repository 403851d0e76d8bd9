import type { DomDocument, DomElement } from './dom.js';
import { all } from './dom.js';
import { nameMatcher, readList, splitName } from './word-lists.js';

const BOILERPLATE_NAME = nameMatcher(readList('boilerplate-names.txt'));

// Elements that hold page furniture, never the article's text.
const FURNITURE_TAGS = 'nav, aside, footer, header, figure, figcaption, form, button, select, textarea, input, dialog, menu';
// ARIA landmarks and widgets of the same kind.
const FURNITURE_ROLES = ['navigation', 'banner', 'complementary', 'contentinfo', 'dialog', 'alertdialog', 'search', 'menu', 'menubar'];
// Containers that are never removed by their name alone: the article itself is often in one.
const PROTECTED = new Set(['html', 'body', 'main', 'article']);
// Inline elements inside running text are part of a sentence whatever their name:
// 'hazard of deep <a class="textTag">space travel</a>, but'.
const INLINE = new Set(['a', 'span', 'b', 'strong', 'i', 'em', 'abbr', 'time', 'small', 'sup', 'sub', 'mark', 'cite', 'q', 'u', 'font']);
const RUNNING_TEXT = new Set(['p', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'td']);
// Names of the article's own containers: 'entry-content-read-more' is the article, not a link.
const CONTENT_NAME = /(?:^|[\s_-])(?:content|article|body|entry|main|story|text|post)(?:$|[\s_-])/i;

/** How much of the page an element holds (0..1): its share of the paragraphs, or of the text when the page has few `<p>`. */
function shareOfPage(el: DomElement, page: { paragraphs: number; chars: number }): number {
  if (page.paragraphs >= 5) return el.querySelectorAll('p').length / page.paragraphs;
  return page.chars ? (el.textContent ?? '').length / page.chars : 0;
}

function isHidden(el: DomElement): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style') ?? '';
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Holds text of its own worth keeping: two paragraphs or more, or a few hundred characters. */
function substantial(el: DomElement): boolean {
  return el.querySelectorAll('p').length >= 2 || (el.textContent ?? '').length > 400;
}

function hasBoilerplateName(el: DomElement): boolean {
  const name = splitName(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim());
  if (!name || !BOILERPLATE_NAME.test(name)) return false;
  // 'caption-text' and 'post-author' are furniture; 'entry-content-read-more' with the text is not.
  return !(CONTENT_NAME.test(name) && substantial(el));
}

/**
 * Removes what is never article text before the article is looked for: navigation, asides,
 * headers and footers, figures and their captions, forms, hidden elements, and elements named
 * like share bars, related links, comments, newsletters, ads, cookie banners, bylines and tags.
 * An element that holds half of the page's paragraphs or more is kept whatever its name, so that
 * a misleading class on a wrapper (`<div class="post has-comments">`) does not lose the article.
 */
export function removeBoilerplate(doc: DomDocument): void {
  const body = doc.body;
  if (!body) return;
  // Scripts and styles first, so that page shares count visible text ('application/ld+json'
  // stays: Readability reads its metadata).
  for (const el of all(body, 'script:not([type="application/ld+json"]), style, noscript, template')) el.remove();
  const page = { paragraphs: body.querySelectorAll('p').length, chars: (body.textContent ?? '').length };
  const keep = (el: DomElement): boolean =>
    PROTECTED.has(el.localName) ||
    (INLINE.has(el.localName) && RUNNING_TEXT.has(el.parentElement?.localName ?? '')) ||
    shareOfPage(el, page) >= 0.5;
  for (const el of all(body, FURNITURE_TAGS)) if (!keep(el)) el.remove();
  for (const el of all(body, '[role]')) {
    if (FURNITURE_ROLES.includes((el.getAttribute('role') ?? '').toLowerCase()) && !keep(el)) el.remove();
  }
  for (const el of all(body, '[class], [id], [hidden], [style]')) {
    if (!el.parentNode) continue; // already gone with an ancestor
    if ((isHidden(el) || hasBoilerplateName(el)) && !keep(el)) el.remove();
  }
}
