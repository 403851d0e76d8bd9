/**
 * An article as it enters the store (CLI files, `POST /api/articles`, and later src/ingest's
 * fetched pages and feed items), checked and normalized.
 */
import { createHash } from 'node:crypto';

export interface ArticleInput {
  readonly id?: string;
  readonly url?: string;
  readonly title?: string;
  readonly outlet?: string;
  /** ISO date or datetime; the reference for relative dates in the text. */
  readonly published?: string;
  /** ISO 639-1 code, or absent/'auto' to identify it from the text. */
  readonly lang?: string;
  readonly text: string;
}

/** A record that cannot be ingested; the message says which field and why. */
export class ArticleInputError extends Error {
  override name = 'ArticleInputError';
}

const STRING_FIELDS = ['id', 'url', 'title', 'outlet', 'published', 'lang'] as const;
/** The longest text accepted (characters): longer inputs are not news articles. */
export const MAX_TEXT_LENGTH = 2_000_000;

/** Checks an untrusted value (a parsed JSON record) and returns it as an `ArticleInput`. */
export function toArticleInput(value: unknown): ArticleInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ArticleInputError('expected a JSON object {id?, url?, title?, outlet?, published?, lang?, text}');
  }
  const r = value as Record<string, unknown>;
  if (typeof r.text !== 'string') throw new ArticleInputError('the record has no "text" string');
  const out: Record<string, string> = { text: r.text };
  for (const key of STRING_FIELDS) {
    const v = r[key];
    if (v === undefined || v === null) continue;
    if (key === 'id' && typeof v === 'number') out[key] = String(v);
    else if (typeof v !== 'string') throw new ArticleInputError(`"${key}" must be a string`);
    else out[key] = v;
  }
  return checkArticle(out as unknown as ArticleInput);
}

/** Validates the fields of an article; throws `ArticleInputError` naming the bad one. */
export function checkArticle(a: ArticleInput): ArticleInput {
  if (!a.text.trim()) throw new ArticleInputError('"text" is empty');
  if (a.text.length > MAX_TEXT_LENGTH) {
    throw new ArticleInputError(`"text" is longer than ${MAX_TEXT_LENGTH} characters`);
  }
  if (a.url !== undefined && !/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(a.url)) {
    throw new ArticleInputError(`"url" is not an absolute URL: ${JSON.stringify(a.url.slice(0, 80))}`);
  }
  if (a.published !== undefined && !isIsoDate(a.published)) {
    throw new ArticleInputError(
      `"published" is not an ISO date or datetime (e.g. 2026-01-04 or 2026-01-04T09:30:00Z): ${JSON.stringify(a.published.slice(0, 40))}`,
    );
  }
  return a;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** `YYYY-MM-DD`, optionally followed by a time and a zone, naming a real calendar day and time. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, sec] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x))) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!));
  const sameDay = date.getUTCFullYear() === y && date.getUTCMonth() === mo! - 1 && date.getUTCDate() === d;
  return sameDay && h! < 24 && mi! < 60 && sec! < 60;
}

/**
 * When an article gave its account, as a string that sorts in time order: a publication datetime
 * in UTC (`2026-01-04T07:30:00.000Z`, whatever zone it was given in), a publication day as given
 * (`2026-01-04`, which sorts before that day's times), else `fallback` (the ingestion time).
 */
export function reportTime(published: string | null | undefined, fallback: string): string {
  if (!published) return fallback;
  if (published.length === 10) return published;
  const t = new Date(published.replace(' ', 'T'));
  return Number.isNaN(t.getTime()) ? fallback : t.toISOString();
}

/**
 * The content hash: SHA-256 of the text with Unicode normalized (NFC) and whitespace collapsed,
 * so that re-encoded or re-wrapped copies of one article are recognised as the same.
 */
export function contentHash(text: string): string {
  const canonical = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
