/**
 * Turning uploaded files into articles for `POST /api/articles`: `.txt` is one article, `.json`
 * one article or an array of them, `.jsonl` one article per line. Pure: tested without a browser.
 */

export interface ArticleDraft {
  readonly text: string;
  readonly lang?: string;
  readonly published?: string;
  readonly title?: string;
  readonly outlet?: string;
  readonly url?: string;
  readonly id?: string;
}

const KEYS = ['text', 'lang', 'published', 'title', 'outlet', 'url', 'id'] as const;

function toDraft(value: unknown, where: string): ArticleDraft {
  if (typeof value !== 'object' || value === null || typeof (value as { text?: unknown }).text !== 'string') {
    throw new Error(`${where}: expected an object with a "text" string`);
  }
  const r = value as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const k of KEYS) if (typeof r[k] === 'string' || typeof r[k] === 'number') out[k] = String(r[k]);
  return out as unknown as ArticleDraft;
}

/** The articles in one file; `defaults` fill what a plain-text file cannot say. */
export function articlesFromFile(name: string, content: string, defaults: Omit<ArticleDraft, 'text'>): ArticleDraft[] {
  const lower = name.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) {
    return content
      .split(/\r?\n/)
      .map((line, i) => [line.trim(), i + 1] as const)
      .filter(([line]) => line)
      .map(([line, n]) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          throw new Error(`${name} line ${n}: not valid JSON`);
        }
        return toDraft(parsed, `${name} line ${n}`);
      });
  }
  if (lower.endsWith('.json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch {
      throw new Error(`${name}: not valid JSON`);
    }
    return Array.isArray(parsed) ? parsed.map((v, i) => toDraft(v, `${name} item ${i + 1}`)) : [toDraft(parsed, name)];
  }
  if (!content.trim()) throw new Error(`${name}: the file is empty`);
  return [{ ...defaults, title: defaults.title ?? name, text: content }];
}
