import { parseHTML } from 'linkedom';

/**
 * The small part of the DOM that the article extractor uses, typed here because the project
 * compiles without the DOM library (linkedom's own typings point at it). linkedom implements all
 * of it; keeping the surface small also keeps the extractor portable to another parser.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  remove(): void;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly localName: string;
  readonly children: ArrayLike<DomElement>;
  readonly parentElement: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  replaceWith(...nodes: DomNode[]): void;
  readonly innerHTML: string;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  createElement(tag: string): DomElement;
  createTextNode(text: string): DomNode;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Parses an HTML page into a document (linkedom: fast, no scripts, no network). */
export function parseDocument(html: string): DomDocument {
  // linkedom treats a string without an <html> wrapper as a fragment: wrap it so that
  // document.body exists for snippets too ('<p>Hello</p>').
  const source = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(source) as unknown as { document: DomDocument };
  return document;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** The elements matching `selector`, as an array (a snapshot, safe to mutate the tree while walking it). */
export function all(root: DomDocument | DomElement, selector: string): DomElement[] {
  return Array.from(root.querySelectorAll(selector));
}

/** How big a document's tree is: its elements, and the depth of its deepest one. */
export function treeSize(doc: DomDocument): { elements: number; depth: number } {
  const root = doc.documentElement;
  if (!root) return { elements: 0, depth: 0 };
  let elements = 0;
  let depth = 0;
  // Iterative: a page of 50,000 nested <div>s must not overflow the stack here.
  const stack: [DomElement, number][] = [[root, 1]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [el, d] = top;
    elements++;
    if (d > depth) depth = d;
    // `children` is computed on each access in linkedom: read it once per element.
    for (const child of Array.from(el.children)) stack.push([child, d + 1]);
  }
  return { elements, depth };
}
