import type { DomElement } from './dom.js';
import { all } from './dom.js';
import { readList } from './word-lists.js';

// "Read more: ...", "Published 4:00 am ...", "Image 1 of 9", "Copyright ©..." (data file).
const FURNITURE_OPENING = new RegExp(`^(?:${readList('boilerplate-phrases.txt').join('|')})`, 'iu');
// A paragraph that starts with a furniture phrase is furniture only when it is short.
const SHORT = 160;
// Elements that hold the article's text as blocks.
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, div, blockquote, dd, dt, td, th, pre, section';
const BLOCK_CHILD = /^(?:p|div|ul|ol|li|h[1-6]|blockquote|table|section|article|dl|pre|figure)$/;
// 'September 15, 2014', '05/10/2018 - 10:32', 'Nov. 20, 2019 1:35 a.m.': a line that is only a date.
const DATE_ONLY = /^[\p{L}.,\s-]{0,24}\d{1,4}(?:[\s./:,-]+[\p{L}.]{0,10}\d{0,4}){1,6}[\s\p{L}.()]{0,12}$/u;

function clean(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Share of an element's text inside links (0..1). */
export function linkDensity(el: DomElement): number {
  const total = clean(el.textContent).length;
  if (!total) return 0;
  let linked = 0;
  for (const a of all(el, 'a')) linked += clean(a.textContent).length;
  return Math.min(1, linked / total);
}

function isLeafBlock(el: DomElement): boolean {
  return !Array.from(el.children).some((child) => BLOCK_CHILD.test(child.localName));
}

/** Why a paragraph of the article is page furniture, or undefined when it is article text. */
export function furnitureReason(text: string, linkShare: number, title: string | undefined, heading = false): string | undefined {
  if (linkShare >= 0.8 && text.length < 200 && !heading) return 'link';
  if (text.length <= SHORT && FURNITURE_OPENING.test(text)) return 'phrase';
  if (text.length <= 48 && DATE_ONLY.test(text) && /\b(?:19|20)\d\d\b|\d:\d\d/.test(text)) return 'date';
  if (title && text.length <= title.length + 8 && clean(title).toLowerCase() === text.toLowerCase()) return 'title';
  return undefined;
}

/** Lists of links ('More from UK', 'You may also like') that are not the article's own lists. */
function removeLinkLists(root: DomElement): void {
  for (const list of all(root, 'ul, ol')) {
    if (list.parentNode && linkDensity(list) > 0.5) list.remove();
  }
}

/**
 * Removes the page furniture Readability leaves in an article: lists of links, "read more" and
 * "related" lead-ins, datelines and bylines, captions and credits, calls to subscribe, copyright
 * lines, and the title repeated as a paragraph. Mutates `root`.
 * (Two more rules were tried and measured on the benchmark, and dropped: removing short paragraphs
 * that repeat, such as share bars, costs more than it gains, because interviews repeat their
 * speakers' names and tables their values; trimming short unpunctuated lines at the end cuts
 * price lists and poll results.)
 */
export function pruneArticle(root: DomElement, title?: string): void {
  removeLinkLists(root);
  const blocks = all(root, BLOCKS)
    .filter(isLeafBlock)
    .map((el) => ({ el, text: clean(el.textContent) }))
    .filter((b) => b.text.length > 0);
  for (const { el, text } of blocks) {
    const why = furnitureReason(text, linkDensity(el), title, /^h[1-6]$/.test(el.localName));
    if (!why) continue;
    // 'More Great Stories' / 'Leggi anche:' heading a list: the list goes with it.
    const next = el.nextElementSibling;
    if (why === 'phrase' && next && /^(?:ul|ol)$/.test(next.localName)) next.remove();
    el.remove();
  }
}
