/**
 * Speed: many patterns over one short text. Instead of one global scan of the whole text per
 * pattern, each pattern is tried (sticky) only where the text begins the way its matches can:
 * with one of its first words when these are a small known set (`firstWords`: 'police',
 * 'officers'), else with one of its first two characters (`regexPrefixes`). Where that word is
 * the pattern's whole match (`wholeWords`: most function words of the lexicons), the word is
 * the match and the regex is not run. `scanAll` finds
 * exactly the matches that global scans find when a caller retries one character later after a
 * match it rejects by its start (a letter before it) or after an empty one: the lexicon cues and
 * the time rules both read text so.
 */
import { compactClasses } from './letters.js';
import { DIGITS_RUN, WILD, codeKey, firstWords, regexPrefixes, wholeWords } from './regex-prefixes.js';

/** A match as scanners report it: the regex's own, or a whole word found by lookup, which has no groups. */
export type ScanMatch = Pick<RegExpExecArray, 'index' | 0 | 'groups'>;

/** A pattern tried at a word; `whole` when that word is its whole match (`wholeWords`). */
export interface WordPattern {
  readonly p: number;
  readonly whole: boolean;
}

/** Patterns ready for scanning: sticky copies, indexed by how their matches begin. */
export interface PrefixIndex {
  /** Sticky copies of the patterns, their `\p{L}` and `\p{N}` made compact (letters.ts). */
  readonly sticky: readonly RegExp[];
  /**
   * Patterns whose matches start with a known word (`firstWords`): by that word, lower case.
   * The others are indexed by their first two characters below.
   */
  readonly byWord: ReadonlyMap<string, readonly WordPattern[]>;
  /** Every pattern of `byWord`, none whole: those to run where the text's word has no key. */
  readonly worded: readonly WordPattern[];
  /** Patterns to try where the text begins with these two keys (`pairCode` of `codeKey`s)… */
  readonly byPair: ReadonlyMap<number, readonly number[]>;
  /** …with this key and another (or no) character… */
  readonly byFirst: ReadonlyMap<number, readonly number[]>;
  /** …with this key and a character of unknown key; else `anywhere`. */
  readonly byFirstAll: ReadonlyMap<number, readonly number[]>;
  readonly anywhere: readonly number[];
  readonly everything: readonly number[];
}

const pairCode = (first: number, second: number): number => first * 0x10000 + second;

type Sets = Map<number, Set<number>>;

function add(map: Sets, key: number, p: number): void {
  map.set(key, (map.get(key) ?? new Set()).add(p));
}

function merged(...sets: (Set<number> | undefined)[]): number[] {
  return [...new Set(sets.flatMap((s) => [...(s ?? [])]))].sort((a, b) => a - b);
}

/** The index of `patterns` (global or not; their other flags are kept). */
export function prefixIndex(patterns: readonly RegExp[]): PrefixIndex {
  const pairs: Sets = new Map();
  const firsts: Sets = new Map();
  const all: Sets = new Map();
  const anywhere = new Set<number>();
  const byWord = new Map<string, WordPattern[]>();
  const worded: WordPattern[] = [];
  patterns.forEach((pattern, p) => {
    const words = firstWords(pattern.source);
    // ('' is a match that starts with a mark, "-year-old": tried at every space, it is better
    // told by its first two characters)
    if (words && !words.has('')) {
      worded.push({ p, whole: false });
      // (the words are read as case-insensitive Unicode patterns read: only such a pattern's whole match is its word)
      const whole = /i/u.test(pattern.flags) && pattern.unicode ? wholeWords(pattern.source) : new Set<string>();
      for (const word of words) byWord.set(word, [...(byWord.get(word) ?? []), { p, whole: whole.has(word) }]);
      return;
    }
    for (const prefix of regexPrefixes(pattern.source) ?? [WILD]) {
      // '' is an empty match, never kept; 'a' a whole one-letter match ("a", "i")
      if (prefix === '') continue;
      const first = prefix.charCodeAt(0);
      if (prefix[0] === WILD) anywhere.add(p);
      else if (prefix.length === 1 || prefix[1] === WILD) add(firsts, first, p);
      else add(pairs, pairCode(first, prefix.charCodeAt(1)), p);
      if (prefix[0] !== WILD) add(all, first, p);
    }
  });
  return {
    sticky: patterns.map((r) => new RegExp(compactClasses(r.source), `${r.flags.replace(/[gy]/gu, '')}y`)),
    byWord,
    worded,
    byPair: new Map([...pairs].map(([k, s]) => [k, merged(s, firsts.get(Math.floor(k / 0x10000)), anywhere)])),
    byFirst: new Map([...all.keys()].map((k) => [k, merged(firsts.get(k), anywhere)])),
    byFirstAll: new Map([...all].map(([k, s]) => [k, merged(s, anywhere)])),
    anywhere: merged(anywhere),
    everything: patterns.map((_, p) => p),
  };
}

/** The end of the run of letters and digits at `at`. */
export function runEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && letterOrDigit(text, end)) end++;
  return end;
}

/**
 * The key of the run of letters and digits [at, end), as `firstWords` lists words: lower case, a
 * run of digits as one DIGITS_RUN ('12th' → DIGITS_RUN + 'th'); undefined when a character has
 * no key (`codeKey`).
 */
export function wordKey(text: string, at: number, end: number): string | undefined {
  let plain = true;
  for (let i = at; i < end && plain; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || (code >= 48 && code <= 57)) plain = false;
  }
  // (only A–Z and a–z: the lower case is the key)
  if (plain) return text.slice(at, end).toLowerCase();
  let word = '';
  for (let i = at; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      if (!word.endsWith(DIGITS_RUN)) word += DIGITS_RUN;
      continue;
    }
    const key = codeKey(code);
    if (key < 0) return undefined;
    word += String.fromCharCode(key);
  }
  return word;
}

const NONE: readonly WordPattern[] = [];
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function letterOrDigit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  if (code >= 0xd800 && code <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
  return LETTER_OR_DIGIT.test(text[i]!);
}

/** Whether a UTF-16 code unit is white space (`\\s`). */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028
    || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The other patterns that may match at `at`, by the keys of its first two characters. */
export function candidatesAt(text: string, at: number, index: PrefixIndex): readonly number[] {
  return candidatesFor(index, codeKey(text.charCodeAt(at)), at + 1 < text.length ? codeKey(text.charCodeAt(at + 1)) : undefined);
}

/** `candidatesAt` by the keys of the two characters (-1: no key; `second` undefined at the end of the text). */
export function candidatesFor(index: PrefixIndex, first: number, second: number | undefined): readonly number[] {
  if (first < 0) return index.everything;
  if (second === undefined) return index.byFirst.get(first) ?? index.anywhere;
  if (second < 0) return index.byFirstAll.get(first) ?? index.anywhere;
  return index.byPair.get(pairCode(first, second)) ?? index.byFirst.get(first) ?? index.anywhere;
}

/**
 * Calls `found(p, match)` for every non-empty match of pattern `p` that starts where `startsOk`
 * allows, in the order of their starts, pattern by pattern as they come: the matches a global
 * scan of each pattern over `text` finds when a rejected or empty match is retried one
 * character later. `wanted` leaves patterns out.
 */
export function scanAll(
  text: string, index: PrefixIndex, startsOk: (at: number) => boolean,
  found: (p: number, match: ScanMatch) => void, wanted?: (p: number) => boolean,
): void {
  scanAt(text, index, scanStarts(text, startsOk), found, wanted);
}

/**
 * The positions of `text` where `scanAll` tries patterns: those `startsOk` allows, never inside
 * a surrogate pair. Texts of the same length scanned with the same `startsOk` (a text and its
 * lower-case copy) share them.
 */
export function scanStarts(text: string, startsOk: (at: number) => boolean): number[] {
  const starts: number[] = [];
  for (let at = 0; at < text.length; at++) if (!insidePair(text, at) && startsOk(at)) starts.push(at);
  return starts;
}

/** `scanAll` over the positions `starts` (`scanStarts`, ascending). */
export function scanAt(
  text: string, index: PrefixIndex, starts: readonly number[],
  found: (p: number, match: ScanMatch) => void, wanted?: (p: number) => boolean,
): void {
  // where each pattern may match again: after its previous match, as a global scan goes on
  const from = new Int32Array(index.sticky.length);
  const attempt = (p: number, at: number): void => {
    if (at < from[p]! || (wanted && !wanted(p))) return;
    const pattern = index.sticky[p]!;
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m || m[0] === '') return;
    from[p] = at + m[0].length;
    found(p, m);
  };
  for (const at of starts) {
    // the patterns with a known first word, by the run of letters and digits at `at`
    const end = runEnd(text, at);
    const key = wordKey(text, at, end);
    for (const w of key === undefined ? index.worded : index.byWord.get(key) ?? NONE) {
      if (!w.whole) attempt(w.p, at);
      else if (at >= from[w.p]! && (!wanted || wanted(w.p))) {
        // the word is the match (`wholeWords`): what the regex would find there
        from[w.p] = end;
        found(w.p, { index: at, 0: text.slice(at, end), groups: undefined });
      }
    }
    for (const p of candidatesAt(text, at, index)) attempt(p, at);
  }
}

/** A global scan with the `u` flag never starts between the two halves of a surrogate pair. */
function insidePair(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0xdc00 || code > 0xdfff || at === 0) return false;
  const before = text.charCodeAt(at - 1);
  return before >= 0xd800 && before <= 0xdbff;
}
