import type { DomDocument } from './dom.js';
import { all } from './dom.js';
import { articleObject, jsonLdObjects, stringField } from './json-ld.js';

/** What a page says about itself. Every field is optional: pages often say little. */
export interface PageMetadata {
  title?: string;
  /** ISO 8601: a datetime in UTC ('2026-01-04T09:30:00.000Z') or a day ('2026-01-04') when only the day is known. */
  published?: string;
  outlet?: string;
  /** The declared language's primary subtag ('it' for 'it-IT'). */
  lang?: string;
  canonical?: string;
}

// Meta tags that carry the publication time, by the names publishers use, in order of trust.
const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate',
  'publish-date', 'published_time', 'article.published', 'parsely-pub-date', 'sailthru.date',
  'dc.date.issued', 'dcterms.created', 'dc.date', 'date', 'og:updated_time', 'article:modified_time',
];
const TITLE_META = ['og:title', 'twitter:title', 'headline', 'dc.title'];
const OUTLET_META = ['og:site_name', 'application-name', 'publisher', 'twitter:site'];

/** The content of the first `<meta>` whose property, name or itemprop is one of `keys` (in their order). */
function meta(doc: DomDocument, keys: readonly string[]): string | undefined {
  const found = new Map<string, string>();
  for (const el of all(doc, 'meta[content]')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (key && content && !found.has(key)) found.set(key, content);
  }
  for (const k of keys) {
    const v = found.get(k.toLowerCase());
    if (v) return v;
  }
  return undefined;
}

/** An ISO date or datetime for a date string, or undefined when it is not one. */
export function normaliseDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (day) return v;
  if (/^\d{10}$/.test(v)) return new Date(Number(v) * 1000).toISOString(); // Unix seconds
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  const year = new Date(t).getUTCFullYear();
  return year >= 1990 && year <= 2100 ? new Date(t).toISOString() : undefined;
}

/** The date in a URL path: '/2019/11/18/', '/2019-11-18-', '/20191118/'. */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m = /(?:^|\/|-|_)((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=$|\/|-|_|\.)/.exec(path);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

function timeElement(doc: DomDocument): string | undefined {
  const times = all(doc, 'time[datetime]');
  const best = times.find((t) => t.hasAttribute('pubdate') || /publish/i.test(`${t.getAttribute('itemprop')} ${t.getAttribute('class')}`)) ?? times[0];
  return best?.getAttribute('datetime') ?? undefined;
}

function canonicalUrl(doc: DomDocument, base: string | undefined): string | undefined {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, ['og:url']);
  if (!href) return base;
  try {
    return new URL(href, base).href;
  } catch {
    return base;
  }
}

function declaredLang(doc: DomDocument): string | undefined {
  const raw =
    doc.documentElement?.getAttribute('lang') ??
    doc.documentElement?.getAttribute('xml:lang') ??
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    meta(doc, ['og:locale', 'language', 'dc.language']);
  const primary = raw?.trim().split(/[-_,;\s]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

function hostName(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

/** An outlet name as people write it: a site name given as a URL ('https://www.example.in') becomes its host. */
function outletName(name: string | undefined): string | undefined {
  return name && /^https?:\/\//i.test(name) ? hostName(name) : name;
}

/**
 * Reads a page's metadata: title (Open Graph, JSON-LD headline, `<title>`), publication time
 * (meta tags such as article:published_time, JSON-LD datePublished, `<time datetime>`, then a
 * date in the URL), outlet (og:site_name, JSON-LD publisher, then the host name), declared
 * language and canonical URL. Call it before the article extractor mutates the document.
 */
export function readMetadata(doc: DomDocument, url?: string): PageMetadata {
  const ld = articleObject(jsonLdObjects(doc));
  const published = [meta(doc, PUBLISHED_META.slice(0, 12)), stringField(ld, 'datePublished'), meta(doc, PUBLISHED_META.slice(12)), timeElement(doc)]
    .map(normaliseDate)
    .find((d) => d !== undefined);
  const title = meta(doc, TITLE_META) ?? stringField(ld, 'headline') ?? (doc.title.trim() || undefined);
  return {
    title,
    published: published ?? dateFromUrl(url),
    outlet: outletName(meta(doc, OUTLET_META.slice(0, 2)) ?? stringField(ld, 'publisher') ?? meta(doc, OUTLET_META.slice(2))) ?? hostName(url),
    lang: declaredLang(doc),
    canonical: canonicalUrl(doc, url),
  };
}
