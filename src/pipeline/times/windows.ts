/**
 * Speed: a time expression always contains a digit or a word of a few tables (months, weekdays,
 * units, relative days, and the grammar's `anchors`: holidays, parts of the day, ...). One scan
 * finds these anchors; the rules then run only on windows around them, which in news text
 * cover a small part of the article. A window reaches `BEFORE` characters before its anchor and
 * `AFTER` after it, widened to whitespace so that no word is cut; close windows merge.
 */
import type { TimeGrammar } from './grammar.js';
import type { WordTable } from './lexicon.js';
import { trieSource } from './word-trie.js';
import { isSpace } from '../prefix-scan.js';

const BEFORE = 48;
const AFTER = 80;

/** A part of the text worth running the rules on, with the kinds of clue it holds. */
export interface TimeWindow {
  start: number;
  end: number;
  readonly kinds: Set<string>;
}

/** The clue scan of a grammar: its regexes, and the tables that tell the kinds of a clue word. */
export interface ClueScan {
  /** Digits and clue words, tried at every position (`regexWindows`). */
  readonly regex: RegExp;
  /** The same scan with a character before each clue word (`wordStarts`), and the clue words alone, sticky. */
  readonly starts: { readonly prefixed: RegExp; readonly sticky: RegExp };
  readonly tables: readonly (readonly [string, WordTable<unknown>])[];
  /** Clue word → its kinds, filled as clues are met (a table look-up per clue was a sixth of the stage). */
  readonly kinds: Map<string, readonly string[]>;
}

/**
 * The clue scan over the lower-cased text: digits and the words of the clue tables, longest
 * first ('giornata della lingua araba' before 'giornata'). Kinds: 'digit', 'month', 'weekday',
 * 'unit', 'rel', and the grammar's `anchors` lower-cased ('holiday', 'part', ...); a word in
 * several tables ('mar': March and Tuesday) has all their kinds.
 */
export function anchorRegex(grammar: TimeGrammar): ClueScan {
  const lex = grammar.lexicon;
  const tables: [string, WordTable<unknown>][] = [
    ['month', lex.months], ['weekday', lex.weekdays], ['unit', lex.units], ['rel', lex.relativeDays],
  ];
  for (const name of grammar.anchors ?? []) {
    const table = lex.extra?.[name];
    if (!table) throw new Error(`time grammar ${grammar.lang}: unknown anchor table ${name}`);
    tables.push([name.toLowerCase(), table]);
  }
  const words = [...new Set(tables.flatMap(([, t]) => t.words.map((w) => w.toLowerCase())))].sort((x, y) => y.length - x.length);
  const source = trieSource(words);
  // the left boundary (no letter or digit before a clue word) is checked by `anchorWindows`: a
  // leading lookbehind would be tried at every position, and kept V8 from skipping ahead to the
  // characters a clue can start with
  // (a word that starts with a digit, '4th of july', is never a clue: there '\\d+' matches first)
  const lettered = words.filter((w) => !/^\d/u.test(w));
  // letters before which no clue word is looked for: ASCII ones, and Cyrillic ones for a grammar
  // whose words are Cyrillic (any letters would do; fewer make more candidates to reject)
  const letters = lettered.every((w) => /^[a-z]/u.test(w)) ? 'A-Za-z' : `A-Za-z${CYRILLIC}`;
  const starts = {
    prefixed: new RegExp(`\\d+|[^0-9${letters}](?:${trieSource(lettered)})(?![\\p{L}])`, 'gu'),
    sticky: new RegExp(`(?:${trieSource(lettered)})(?![\\p{L}])`, 'uy'),
  };
  return { regex: new RegExp(`\\d+|(?:${source})(?![\\p{L}])`, 'gu'), starts, tables, kinds: new Map() };
}

/** The kinds of a clue, looked up once per distinct clue word of the scan. */
function clueKinds(scan: ClueScan, clue: string): readonly string[] {
  let kinds = scan.kinds.get(clue);
  if (!kinds) {
    const found = scan.tables.filter(([, t]) => t.get(clue) !== undefined).map(([k]) => k);
    if (/\d/.test(clue)) found.push('digit'); // 'q1' is a clue word and a digit
    scan.kinds.set(clue, (kinds = found));
  }
  return kinds;
}

/**
 * Merged windows around the clues of `lower` (the lower-cased text): those `regexWindows`
 * finds, found faster (`wordStarts`).
 */
export function anchorWindows(lower: string, scan: ClueScan): TimeWindow[] {
  return wordStarts(lower, scan, scan.starts);
}

/**
 * The windows of the clues a global scan of `scan.regex` finds, a clue word with a letter or
 * digit before it passed over. A run of digits is one match: the windows of its digits, each a
 * clue, would all merge into the window of the run.
 */
export function regexWindows(lower: string, scan: ClueScan): TimeWindow[] {
  const windows: TimeWindow[] = [];
  const { regex } = scan;
  regex.lastIndex = 0;
  for (let m = regex.exec(lower); m; m = regex.exec(lower)) {
    const digits = isDigit(m[0].charCodeAt(0));
    if (!digits && letterOrDigitBefore(lower, m.index)) {
      regex.lastIndex = m.index + 1; // 'maggio' in 'ammaggio' is no clue: try the next position
      continue;
    }
    addClue(windows, lower, m.index, m.index + m[0].length, digits ? digitKinds(scan, m[0]) : clueKinds(scan, m[0]));
  }
  return windows;
}

/**
 * Speed: `regexWindows` by a regex that looks for a clue word only after a character that is
 * no ASCII letter or digit (nor Cyrillic letter, for Cyrillic words: "[^A-Za-z0-9]march"),
 * which V8 scans about a third faster than one that tries the clue words at every position.
 * The clues found are the same: a clue word needs a character before it that is no letter or
 * digit (told exactly here, "émarch" is none), or none at all (at the start of the text, or
 * right after a clue that ends in a mark, 'jan.march', looked for with `sticky`).
 */
function wordStarts(lower: string, scan: ClueScan, starts: ClueScan['starts']): TimeWindow[] {
  const windows: TimeWindow[] = [];
  const { prefixed } = starts;
  prefixed.lastIndex = cluesFrom(windows, lower, scan, starts.sticky, 0);
  for (let m = prefixed.exec(lower); m; m = prefixed.exec(lower)) {
    const end = m.index + m[0].length;
    if (isDigit(m[0].charCodeAt(0))) {
      addClue(windows, lower, m.index, end, digitKinds(scan, m[0]));
      prefixed.lastIndex = cluesFrom(windows, lower, scan, starts.sticky, end);
      continue;
    }
    // (the character before: one code point)
    const at = m.index + (m[0].codePointAt(0)! > 0xffff ? 2 : 1);
    if (letterOrDigitBefore(lower, at)) {
      prefixed.lastIndex = at; // 'maggio' in 'èmaggio' is no clue: try the next position
      continue;
    }
    addClue(windows, lower, at, end, clueKinds(scan, lower.slice(at, end)));
    prefixed.lastIndex = cluesFrom(windows, lower, scan, starts.sticky, end);
  }
  return windows;
}

/**
 * Adds the clue words that follow each other from `at` on with no character between them
 * (the first at `at` when no letter or digit is before it); returns where the last ends (`at`
 * when there is none).
 */
function cluesFrom(windows: TimeWindow[], lower: string, scan: ClueScan, sticky: RegExp, at: number): number {
  let from = at;
  while (from < lower.length && !letterOrDigitBefore(lower, from)) {
    sticky.lastIndex = from;
    const m = sticky.exec(lower);
    if (!m) break;
    const end = from + m[0].length;
    addClue(windows, lower, from, end, clueKinds(scan, m[0]));
    from = end;
  }
  return from;
}

/** The kinds of the digits of `run`, each a clue. */
function digitKinds(scan: ClueScan, run: string): readonly string[] {
  if (run.length === 1) return clueKinds(scan, run);
  const kinds = new Set<string>();
  for (const digit of run) for (const k of clueKinds(scan, digit)) kinds.add(k);
  return [...kinds];
}

/** Adds the window around the clue [at, end) to `windows`, merged with the last one when they meet. */
function addClue(windows: TimeWindow[], lower: string, at: number, end: number, kinds: readonly string[]): void {
  let from = Math.max(0, at - BEFORE);
  let to = Math.min(lower.length, end + AFTER);
  while (from > 0 && !isSpace(lower.charCodeAt(from - 1))) from--;
  while (to < lower.length && !isSpace(lower.charCodeAt(to))) to++;
  const last = windows[windows.length - 1];
  if (last && from <= last.end) {
    last.end = Math.max(last.end, to);
    for (const k of kinds) last.kinds.add(k);
  } else windows.push({ start: from, end: to, kinds: new Set(kinds) });
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** The Cyrillic letters (all `\\p{L}`; not the signs and combining marks U+0482–U+0489). */
const CYRILLIC = '\\u0400-\\u0481\\u048A-\\u052F';

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether the character (code point) before `at` is a letter or a digit. */
function letterOrDigitBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  const pair = code >= 0xdc00 && code <= 0xdfff && at >= 2 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  return LETTER_OR_DIGIT.test(text.slice(pair ? at - 2 : at - 1, at));
}

/** A same-length lower-case copy (a character whose lower case is longer stays as it is). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
