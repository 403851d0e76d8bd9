import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { normaliseDate } from './metadata.js';

/** One item (RSS) or entry (Atom) of a feed. */
export interface FeedItem {
  /** What identifies the item across polls: its guid or id, else its link. */
  key: string;
  /** The article's absolute URL, when the item links to one. */
  url?: string;
  title?: string;
  /** ISO date or datetime. */
  published?: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf';
  title?: string;
  items: FeedItem[];
}

/** A document that is not an RSS 2.0, Atom or RDF feed; the message says what it is instead. */
export class FeedParseError extends Error {
  override name = 'FeedParseError';
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true, // 'dc:date' -> 'date', 'rdf:RDF' -> 'RDF', 'content:encoded' -> 'encoded'
  parseTagValue: false,
  parseAttributeValue: false,
  textNodeName: '#text',
  htmlEntities: true,
  // Entity expansion keeps the library's limits (no "billion laughs").
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/**
 * The text of an element that may be a string, a number or `{'#text': ..., '@type': 'html'}`;
 * of a repeated element, the first that has text (an RSS item's `<link>` beside an `<atom:link/>`).
 */
function text(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.map(text).find((t) => t !== undefined);
  const v = value;
  const raw = typeof v === 'string' || typeof v === 'number' ? String(v) : v && typeof v === 'object' ? (v as Node)['#text'] : undefined;
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const clean = String(raw).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return clean || undefined;
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Atom's link to the article: rel="alternate" (or no rel), preferring an HTML one. */
function atomLink(links: unknown): string | undefined {
  const list = (Array.isArray(links) ? links : []) as Node[];
  const alternates = list.filter((l) => typeof l === 'object' && (l['@rel'] === undefined || l['@rel'] === 'alternate'));
  const html = alternates.find((l) => typeof l['@type'] !== 'string' || /html/.test(l['@type']));
  const href = (html ?? alternates[0])?.['@href'];
  return typeof href === 'string' ? href : undefined;
}

function item(fields: { id?: string; link?: string; title?: string; date?: string }, base: string | undefined): FeedItem | undefined {
  const url = absolute(fields.link, base);
  const key = fields.id ?? url;
  if (!key) return undefined;
  return { key, url, title: fields.title, published: normaliseDate(fields.date) };
}

function rssItem(n: Node, base: string | undefined): FeedItem | undefined {
  // <guid isPermaLink="true"> is the article's URL when there is no <link>.
  const guid = text(n.guid);
  const permalink = typeof n.guid === 'object' && (n.guid as Node)['@isPermaLink'] !== 'false' ? guid : undefined;
  return item({ id: guid, link: text(n.link) ?? permalink, title: text(n.title), date: text(n.pubDate) ?? text(n.date) }, base);
}

function atomEntry(n: Node, base: string | undefined): FeedItem | undefined {
  return item({ id: text(n.id), link: atomLink(n.link), title: text(n.title), date: text(n.published) ?? text(n.updated) ?? text(n.date) }, base);
}

function rdfItem(n: Node, base: string | undefined): FeedItem | undefined {
  const about = typeof n['@about'] === 'string' ? n['@about'] : undefined;
  return item({ id: about ?? text(n.link), link: text(n.link) ?? about, title: text(n.title), date: text(n.date) }, base);
}

function items(list: unknown, read: (n: Node, base: string | undefined) => FeedItem | undefined, base: string | undefined): FeedItem[] {
  return ((Array.isArray(list) ? list : []) as Node[]).map((n) => read(n, base)).filter((i): i is FeedItem => i !== undefined);
}

/**
 * Parses an RSS 2.0 (and 0.9x), Atom 1.0 or RDF (RSS 1.0) feed. Item links are made absolute
 * against `baseUrl` (the feed's URL); items with neither an id nor a link are dropped.
 */
export function parseFeed(xml: string, baseUrl?: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new FeedParseError(`not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  const doc = parser.parse(xml) as Node;
  const rss = doc.rss as Node | undefined;
  if (rss && typeof rss === 'object') {
    const channel = (rss.channel ?? {}) as Node;
    return { format: 'rss', title: text(channel.title), items: items(channel.item, rssItem, baseUrl) };
  }
  const feed = doc.feed as Node | undefined;
  if (feed && typeof feed === 'object') return { format: 'atom', title: text(feed.title), items: items(feed.entry, atomEntry, baseUrl) };
  const rdf = doc.RDF as Node | undefined;
  if (rdf && typeof rdf === 'object') {
    return { format: 'rdf', title: text((rdf.channel as Node | undefined)?.title), items: items(rdf.item, rdfItem, baseUrl) };
  }
  const root = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#')) ?? 'nothing';
  throw new FeedParseError(`not an RSS, Atom or RDF feed (the document is <${root}>)`);
}
