import { readWordList } from '../lang/word-list.js';

/**
 * Reads a data file of src/ingest/data: one entry per line, blank lines and '#' comments skipped.
 * The files are copied next to the compiled code by scripts/copy-assets.mjs.
 */
export function readList(name: string): string[] {
  return readWordList(new URL(`./data/${name}`, import.meta.url));
}

/**
 * A case-insensitive regex matching any of the fragments at the start of a word of a class or id
 * (test it against `splitName(...)`, which also splits camelCase words: 'shareBar' -> 'share Bar').
 */
export function nameMatcher(fragments: readonly string[]): RegExp {
  return new RegExp(`(?:^|[\\s_-])(?:${fragments.join('|')})`, 'i');
}

/** Class and id of an element as words: camelCase split, so that word starts can be matched. */
export function splitName(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2');
}
