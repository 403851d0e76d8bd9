import type { DomElement, DomNode } from './dom.js';
import { TEXT_NODE, isElement } from './dom.js';

// Elements that start a new paragraph; their text is a block of its own.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
  'caption', 'center',
]);
// Elements whose text is never article text.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'button']);
// Table cells stay on their row's line, separated by a tab-like gap.
const CELL = new Set(['td', 'th']);

class TextBuilder {
  readonly blocks: string[] = [];
  private line = '';

  add(text: string): void {
    this.line += text;
  }
  /** Ends the current line inside a paragraph (`<br>`). */
  lineBreak(): void {
    this.line += '\n';
  }
  /** Ends the current paragraph. */
  flush(): void {
    const block = this.line
      .split('\n')
      .map((l) => l.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
      .filter((l) => l.length > 0)
      .join('\n');
    if (block) this.blocks.push(block);
    this.line = '';
  }
}

function walk(node: DomNode, out: TextBuilder, pre: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    const t = node.textContent ?? '';
    out.add(pre ? t : t.replace(/\s+/g, ' '));
    return;
  }
  if (!isElement(node)) return;
  const tag = node.localName;
  if (SKIP.has(tag)) return;
  if (tag === 'br') return out.lineBreak();
  const block = BLOCK.has(tag);
  if (block) out.flush();
  if (CELL.has(tag)) out.add(' ');
  const inPre = pre || tag === 'pre';
  const kids = node.childNodes;
  for (let i = 0; i < kids.length; i++) walk(kids[i] as DomNode, out, inPre);
  if (CELL.has(tag)) out.add(' ');
  if (block) out.flush();
}

/** The paragraphs of an element's text: one per block element, whitespace collapsed, empty ones dropped. */
export function blocksOf(root: DomElement): string[] {
  const out = new TextBuilder();
  walk(root, out, false);
  out.flush();
  return out.blocks;
}

/** An element's text with paragraph breaks as blank lines. */
export function textOf(root: DomElement): string {
  return blocksOf(root).join('\n\n');
}
