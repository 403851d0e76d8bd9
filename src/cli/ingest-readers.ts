/**
 * What `sitrep ingest` reads: files by extension, directories (recursively, in name order), or
 * standard input ('-', whose format is recognised from its first character).
 *
 *   .txt            one article, the whole file (id: the path)
 *   .json           one article object, or an array of them
 *   .jsonl/.ndjson  one article object per line {id?, url?, title?, outlet?, published?, lang?, text}
 *   .html/.htm      a saved web page, read by src/ingest/article.ts (text, title, date, outlet, URL)
 *
 * HOOK: to read another format, add its extensions to `READERS` with a function yielding
 * `SourceRecord`s; a record that cannot be read is yielded with `error` (and its line), never thrown.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { toArticleInput, type ArticleInput } from '../store/article-input.js';
import { Fetcher } from '../ingest/fetcher.js';
import { isWebUrl, readUrl } from '../ingest/url-source.js';
import { readInput, readLines } from './io.js';

/** One article read from an input, or why it could not be read; `where` is `file` or `file:line`. */
export interface SourceRecord {
  readonly where: string;
  readonly article?: ArticleInput;
  readonly error?: string;
}

type Reader = (path: string) => AsyncGenerator<SourceRecord>;

export const READERS: Readonly<Record<string, Reader>> = {
  '.txt': readText,
  '.json': readJson,
  '.jsonl': readJsonl,
  '.ndjson': readJsonl,
  '.html': readHtml,
  '.htm': readHtml,
};

/** Every record of the inputs, in order; unreadable inputs become records with an error. */
export async function* readSources(inputs: readonly string[], web: { fetcher?: Fetcher } = {}): AsyncGenerator<SourceRecord> {
  for (const input of inputs) {
    if (input === '-') {
      yield* readStdin();
      continue;
    }
    if (isWebUrl(input)) {
      // a web page: fetched politely (src/ingest/fetcher.ts), its article read by src/ingest/article.ts
      yield* readUrl(input, web.fetcher ?? new Fetcher());
      continue;
    }
    let files: string[];
    try {
      files = statSync(input).isDirectory() ? listDir(input) : [input];
    } catch {
      yield { where: input, error: 'no such file or directory' };
      continue;
    }
    for (const file of files) yield* (READERS[extname(file).toLowerCase()] ?? readText)(file);
  }
}

/** The files under `dir` that a reader knows, recursively, sorted. */
export function listDir(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listDir(path));
    else if (extname(name).toLowerCase() in READERS) out.push(path);
  }
  return out;
}

/** Counts the records to come (for the progress bar): lines of JSONL, one per other file. */
export function countRecords(inputs: readonly string[]): number | undefined {
  let n = 0;
  for (const input of inputs) {
    if (input === '-') return undefined;
    try {
      const files = statSync(input).isDirectory() ? listDir(input) : [input];
      for (const f of files) n += /\.(jsonl|ndjson)$/i.test(f) ? lineCount(f) : 1;
    } catch {
      n++;
    }
  }
  return n;
}

function lineCount(path: string): number {
  const buf = readFileSync(path);
  let n = 0;
  for (const b of buf) if (b === 10) n++;
  return n + (buf.length && buf[buf.length - 1] !== 10 ? 1 : 0);
}

function record(where: string, value: unknown): SourceRecord {
  try {
    return { where, article: toArticleInput(value) };
  } catch (err) {
    return { where, error: (err as Error).message };
  }
}

async function* readText(path: string): AsyncGenerator<SourceRecord> {
  yield record(path, { id: path, text: readFileSync(path, 'utf8') });
}

async function* readJson(path: string): AsyncGenerator<SourceRecord> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    yield { where: path, error: `not valid JSON (${(err as Error).message})` };
    return;
  }
  if (!Array.isArray(value)) yield record(path, withId(value, path));
  else for (const [i, v] of value.entries()) yield record(`${path}[${i}]`, withId(v, `${path}[${i}]`));
}

async function* readJsonl(path: string): AsyncGenerator<SourceRecord> {
  for await (const { line, number } of readLines(path)) {
    if (!line.trim()) continue;
    yield parseLine(line, `${path === '-' ? 'stdin' : path}:${number}`);
  }
}

function parseLine(line: string, where: string): SourceRecord {
  try {
    return record(where, JSON.parse(line));
  } catch (err) {
    return { where, error: `not valid JSON (${(err as Error).message})` };
  }
}

function withId(value: unknown, id: string): unknown {
  return typeof value === 'object' && value !== null && !('id' in value) ? { ...value, id } : value;
}

async function* readStdin(): AsyncGenerator<SourceRecord> {
  const text = await readInput('-');
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') {
    yield record('stdin', { id: 'stdin', text });
    return;
  }
  let whole: unknown;
  try {
    whole = JSON.parse(text); // one JSON object or array, pretty-printed or not
  } catch (err) {
    if (first === '[') {
      yield { where: 'stdin', error: `not valid JSON (${(err as Error).message})` };
      return;
    }
    // not one JSON value: JSONL, one object per line
    for (const [i, line] of text.split('\n').entries()) if (line.trim()) yield parseLine(line, `stdin:${i + 1}`);
    return;
  }
  const items = Array.isArray(whole) ? whole : [whole];
  for (const [i, v] of items.entries()) yield record(items.length > 1 ? `stdin[${i}]` : 'stdin', v);
}

/** A saved web page, read as an article by src/ingest (loaded on demand). */
async function* readHtml(path: string): AsyncGenerator<SourceRecord> {
  try {
    const { extractArticle } = await import('../ingest/article.js');
    const { decodeBytes } = await import('../ingest/decode.js');
    const a = extractArticle(decodeBytes(readFileSync(path)).text, { id: path });
    yield record(path, { ...a, lang: a.lang === 'und' ? undefined : a.lang });
  } catch (err) {
    yield { where: path, error: `cannot read the page: ${(err as Error).message}` };
  }
}
