/**
 * Word lists for the time grammars. Each language keeps its month names, weekday names,
 * number words, units and modifiers in `src/lang/<code>/data/times-*.txt`: one entry a line,
 * `VALUE name|name|name`, `#` starts a comment. Loaded once at module load (STYLE.md rule 3).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { TimeLexicon } from './grammar.js';
import { trieSource } from './word-trie.js';

/** A word → value table with the regex alternation that matches its words. */
export interface WordTable<V> {
  readonly get: (word: string) => V | undefined;
  /** Regex source (no groups) matching any word of the table, longest first. */
  readonly source: string;
  /**
   * The same words lower-cased, as a factored regex source (word-trie.ts): what `source`
   * matches case-insensitively, for rules that read lower-cased text or ignore case.
   */
  readonly trie: string;
  readonly words: readonly string[];
}

/** Lookup key: lower case, trailing dot dropped, apostrophes and spaces folded. */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/\.$/, '').replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ');
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** Regex source for one word: spaces match any run of spaces, a final '.' is optional. */
function wordSource(word: string): string {
  const dot = word.endsWith('.');
  const base = (dot ? word.slice(0, -1) : word).replace(SPECIAL, '\\$&').replace(/ /g, '\\s+');
  return dot ? `${base}\\.?` : base;
}

/**
 * Builds a table from `[value, words]` entries; a word ending in '.' matches with or without it.
 * Lookups ignore case; the regex source keeps the data file's spelling, which matters only to
 * case-sensitive rules ('May' capitalized is a month, 'may' a verb).
 */
export function wordTable<V>(entries: Iterable<readonly [V, readonly string[]]>): WordTable<V> {
  const map = new Map<string, V>();
  const sources = new Map<string, string>();
  for (const [value, words] of entries) {
    for (const w of words) {
      map.set(wordKey(w), value);
      // the source keeps the spelling of the data file: case-sensitive rules match it as written
      sources.set(w, wordSource(w));
    }
  }
  const all = [...sources.keys()].sort((a, b) => b.length - a.length);
  let trie: string | undefined;
  // Speed: a word that is a key is its own key (wordKey changes no key that ends in no dot), so
  // most look-ups ('march', 'days') are found without building the key
  const keysAreOwn = ![...map.keys()].some((k) => k.endsWith('.'));
  return {
    get: (word) => (keysAreOwn ? map.get(word) : undefined) ?? map.get(wordKey(word)),
    source: all.length ? all.map((w) => sources.get(w)!).join('|') : '(?!)',
    // built on first use: most tables serve a few rules of one language
    get trie() {
      return (trie ??= trieSource([...new Set(all.map((w) => w.toLowerCase()))]));
    },
    words: all,
  };
}

/** Parses `VALUE word|word` lines; `#` comments and blank lines are skipped. */
export function parseWordLines(text: string, where: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const m = /^(?<value>\S+)\s+(?<words>.+)$/.exec(line);
    if (!m?.groups) throw new Error(`${where}:${i + 1}: expected "VALUE word|word", got "${raw}"`);
    const words = m.groups['words']!.split('|').map((w) => w.trim()).filter(Boolean);
    out.push([m.groups['value']!, words]);
  });
  return out;
}

/** Reads a word-list file next to a module: `loadWords(new URL('./data/x.txt', import.meta.url))`. */
export function loadWords(url: URL): [string, string[]][] {
  let text: string;
  try {
    text = readFileSync(url, 'utf8');
  } catch (err) {
    throw new Error(`cannot read the word list ${url.pathname}: ${(err as Error).message}`);
  }
  return parseWordLines(text, url.pathname);
}

/** A table whose values are numbers (months 1–12, weekdays 1–7, number words). */
export function numberTable(url: URL): WordTable<number> {
  return wordTable(loadWords(url).map(([v, w]) => [Number(v), w] as const));
}

/** A table whose values are strings (units, modifiers). */
export function stringTable(url: URL): WordTable<string> {
  return wordTable(loadWords(url));
}

/** A lexicon with no words: for grammars of digits only (the neutral pack, numeric dates). */
export function emptyLexicon(): TimeLexicon {
  const none = wordTable<never>([]);
  return {
    months: none, weekdays: none, numbers: none, ordinals: none, units: none, shifts: none,
    relativeDays: none, ordinalSuffix: '(?!)',
  };
}

function optionalWords(url: URL): [string, string[]][] {
  return existsSync(url) ? loadWords(url) : [];
}

const numbered = (rows: [string, string[]][]): [number, string[]][] => rows.map(([v, w]) => [Number(v), w]);

/**
 * Loads a language's time words from the standard files of `dir` (`src/lang/<code>/data/`):
 * times-months (+ times-months-short), times-weekdays (+ times-weekdays-short, abbreviations that
 * may stand alone, and times-weekdays-in-dates, abbreviations only next to a date), times-numbers, times-ordinals,
 * times-units (+ times-units-plural), times-shifts, times-relative-days; `extra` names further
 * files by macro ('HOLIDAY' → 'times-holidays.txt'). Missing optional files give empty tables.
 * Built-in extra macros: WDLONG (full weekday names), WDSHORT (abbreviations), MONTHLONG (full
 * month names), UNITSG, UNITPL (singular and plural units).
 */
export function loadTimeLexicon(dir: URL, ordinalSuffix: string, extra: Readonly<Record<string, string>> = {}): TimeLexicon {
  const file = (name: string) => new URL(name, dir);
  const long = numbered(loadWords(file('times-weekdays.txt')));
  const short = numbered(optionalWords(file('times-weekdays-short.txt')));
  const inDates = numbered(optionalWords(file('times-weekdays-in-dates.txt')));
  const monthsLong = numbered(loadWords(file('times-months.txt')));
  const monthsShort = numbered(optionalWords(file('times-months-short.txt')));
  const singular = loadWords(file('times-units.txt'));
  const plural = optionalWords(file('times-units-plural.txt'));
  const tables: Record<string, WordTable<unknown>> = {
    WDLONG: wordTable(long),
    WDSHORT: wordTable(short),
    MONTHLONG: wordTable(monthsLong),
    UNITSG: wordTable(singular),
    UNITPL: wordTable(plural),
  };
  for (const [macro, name] of Object.entries(extra)) tables[macro] = wordTable(loadWords(file(name)));
  return {
    months: wordTable([...monthsLong, ...monthsShort]),
    weekdays: wordTable([...long, ...short, ...inDates]),
    numbers: wordTable(numbered(optionalWords(file('times-numbers.txt')))),
    ordinals: wordTable(numbered(optionalWords(file('times-ordinals.txt')))),
    units: wordTable([...singular, ...plural]),
    shifts: stringTable(file('times-shifts.txt')),
    relativeDays: wordTable(numbered(loadWords(file('times-relative-days.txt')))),
    extra: tables,
    ordinalSuffix,
  };
}
