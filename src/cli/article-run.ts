/** What `sitrep article` does (registered in article.ts, loaded when the command runs). */
import { readFileSync } from 'node:fs';
import type { Article, Engine } from '../ingest/article.js';
import { ArticleError, extractArticle } from '../ingest/article.js';
import { decodeBytes } from '../ingest/decode.js';
import { EXIT, type ArticleFlags } from './article.js';
import { message } from './extract.js';
import { countLines, readLines, writeOut } from './io.js';
import { progress } from './progress.js';

async function readBytes(path: string): Promise<Uint8Array> {
  if (path !== '-') return readFileSync(path);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function loadSource(source: string, flags: ArticleFlags): Promise<{ html: string; url?: string }> {
  if (/^https?:\/\//i.test(source)) {
    const { fetchPage } = await import('../ingest/fetch-page.js');
    const page = await fetchPage(source, { allowPrivate: flags.allowPrivate ?? false });
    return { html: page.html, url: page.url };
  }
  return { html: decodeBytes(await readBytes(source)).text, url: flags.url };
}

export async function articleSource(source: string, flags: ArticleFlags): Promise<number> {
  let article: Article;
  try {
    const { html, url } = await loadSource(source, flags);
    const id = flags.id ?? (source === '-' ? 'stdin' : source);
    article = extractArticle(html, { id, url, engine: flags.engine as Engine });
  } catch (err) {
    process.stderr.write(`sitrep article: ${source}: ${message(err)}\n`);
    return err instanceof ArticleError ? EXIT.failed : failureCode(err);
  }
  await writeOut(JSON.stringify(article, null, flags.compact ? undefined : 2) + '\n');
  return EXIT.ok;
}

function failureCode(err: unknown): number {
  // A missing file is a usage error; a network failure or a refused page is a failed record.
  return (err as NodeJS.ErrnoException)?.code === 'ENOENT' ? EXIT.usage : EXIT.failed;
}

interface PageRecord {
  id?: string;
  url?: string;
  html: string;
}

function parseRecord(line: string): PageRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new ArticleError(`not valid JSON (${message(err)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ArticleError('expected a JSON object {id, url?, html}');
  }
  const r = value as Record<string, unknown>;
  if (typeof r.html !== 'string') throw new ArticleError('the record has no "html" string');
  if (r.url !== undefined && r.url !== null && typeof r.url !== 'string') throw new ArticleError('"url" must be a string');
  return { id: r.id === undefined || r.id === null ? undefined : String(r.id), url: (r.url as string | null) ?? undefined, html: r.html };
}

export async function articleJsonl(path: string, flags: ArticleFlags): Promise<number> {
  const bar = progress('article', countLines(path));
  let bad = 0;
  for await (const { line, number } of readLines(path)) {
    bar.tick();
    if (!line.trim()) continue;
    let article: Article;
    try {
      const record = parseRecord(line);
      article = extractArticle(record.html, { id: record.id ?? `line-${number}`, url: record.url, engine: flags.engine as Engine });
    } catch (err) {
      bad++;
      process.stderr.write(`sitrep article: ${path === '-' ? 'stdin' : path}: line ${number}: ${message(err)}\n`);
      continue;
    }
    await writeOut(JSON.stringify(article) + '\n');
  }
  bar.stop();
  if (bad) process.stderr.write(`sitrep article: ${bad} record(s) could not be processed (see above)\n`);
  return bad ? EXIT.failed : EXIT.ok;
}
