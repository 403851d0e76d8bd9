import type { DomDocument } from './dom.js';
import { all } from './dom.js';

export type JsonObject = Record<string, unknown>;

// schema.org types that describe the page's article (NewsArticle, ReportageNews, BlogPosting, ...).
const ARTICLE_TYPE = /article|newsarticle|reportage|blogposting|posting|report|webpage|liveblog/i;

function objectsIn(value: unknown, out: JsonObject[], depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) objectsIn(v, out, depth + 1);
    return;
  }
  const obj = value as JsonObject;
  out.push(obj);
  if (obj['@graph']) objectsIn(obj['@graph'], out, depth + 1);
  if (obj.mainEntity) objectsIn(obj.mainEntity, out, depth + 1);
}

function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Common publisher mistakes: raw newlines and tabs inside strings, a trailing comma.
    try {
      return JSON.parse(text.replace(/[\n\r\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

/** Every JSON-LD object of the page (arrays and `@graph` flattened); broken blocks are skipped. */
export function jsonLdObjects(doc: DomDocument): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of all(doc, 'script[type="application/ld+json"]')) {
    objectsIn(parseLenient(script.textContent ?? ''), out);
  }
  return out;
}

function typesOf(obj: JsonObject): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** The JSON-LD object that describes the article, preferring a real article type over a WebPage. */
export function articleObject(objects: readonly JsonObject[]): JsonObject | undefined {
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t)));
  return (
    articles.find((o) => typesOf(o).some((t) => !/webpage/i.test(t))) ??
    articles[0] ??
    objects.find((o) => typeof o.datePublished === 'string')
  );
}

/** A string field, or the `name` of an object field (`publisher: {name: 'Reuters'}`). */
export function stringField(obj: JsonObject | undefined, key: string): string | undefined {
  const v = obj?.[key];
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === 'string') return first.trim() || undefined;
  if (first && typeof first === 'object') {
    const name = (first as JsonObject).name;
    if (typeof name === 'string') return name.trim() || undefined;
  }
  return undefined;
}
