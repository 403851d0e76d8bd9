/**
 * Speed: the lexicon cue scan in one walk over the text. It finds exactly what `scanAll`
 * (prefix-scan.ts) finds with the cues' word starts, without its per-position costs: a
 * character's class comes from a table instead of a regex, a word's key is a hash of its
 * letters computed while its run is walked instead of a lower-cased slice looked up by string
 * (most words of a text, "said", "were", are in no list), and a whole-word match ('police' of
 * subject_stop, 'the' of definite) is reported as its span, with no match object.
 */
import { DIGITS_RUN, codeKey, nextKeys } from '../regex-prefixes.js';
import type { PrefixIndex, WordPattern } from '../prefix-scan.js';

/** Class bits of a UTF-16 code unit, as the cue scan reads it (a surrogate alone is none). */
const WORD = 1;
const LOWER = 2;
const UPPER = 4;
/** Not computed yet (the non-ASCII part of the table is filled on first sight). */
const UNSEEN = 8;

const classes = new Uint8Array(0x10000).fill(UNSEEN);
const keys = new Int32Array(0x10000).fill(-2);

function classOf(code: number): number {
  const known = classes[code]!;
  if (known !== UNSEEN) return known;
  const ch = String.fromCharCode(code);
  const found = (/[\p{L}\p{N}]/u.test(ch) ? WORD : 0) | (/\p{Ll}/u.test(ch) ? LOWER : 0) | (/\p{Lu}/u.test(ch) ? UPPER : 0);
  classes[code] = found;
  return found;
}

/** `codeKey` from a table: -1 for a character with no key. */
function keyOf(code: number): number {
  const known = keys[code]!;
  if (known !== -2) return known;
  const found = codeKey(code);
  keys[code] = found;
  return found;
}

/** One more key into a word's hash (FNV-1a, kept to 30 bits so that it stays a small integer). */
const step = (hash: number, key: number): number => Math.imul(hash ^ key, 0x01000193) & 0x3fffffff;
const SEED = 0x011c9dc5;
const DIGITS_KEY = DIGITS_RUN.charCodeAt(0);

/** A first word of `PrefixIndex.byWord` and its patterns. */
interface Worded {
  readonly word: string;
  readonly patterns: readonly WordPattern[];
  /**
   * For each of `patterns`, the keys one of its matches may go on with after the word and the
   * white space after it (`nextKeys`): "russian" of 'russian\\s+troops' is tried only before a
   * 't'. Undefined: any key.
   */
  readonly next: readonly (ReadonlySet<number> | undefined)[];
}

/** The index of a lexicon's patterns, with its first words looked up by hash. */
export interface CueIndex {
  readonly index: PrefixIndex;
  readonly byHash: ReadonlyMap<number, readonly Worded[]>;
  /** 1 for the keys of first characters that some pattern of `byPair`/`byFirst` starts with (by key: keys are code units). */
  readonly firsts: Uint8Array;
  /**
   * Where each pattern may match again during a scan (`scanCueWords`), kept from one scan to the
   * next: a typed array allocated per text cost more than the scan of a headline's few words.
   */
  readonly from: Int32Array;
}

/** The first words of `index` by the hash of their keys (words of one hash are told apart by `sameKey`). */
export function cueIndex(index: PrefixIndex): CueIndex {
  const byHash = new Map<number, Worded[]>();
  const heads = index.sticky.map((r) => nextKeys(r.source));
  for (const [word, patterns] of index.byWord) {
    let hash = SEED;
    for (let i = 0; i < word.length; i++) hash = step(hash, word.charCodeAt(i));
    const worded = { word, patterns, next: patterns.map((w) => (w.whole ? undefined : heads[w.p]?.get(word))) };
    const list = byHash.get(hash);
    if (list) list.push(worded);
    else byHash.set(hash, [worded]);
  }
  const firsts = new Uint8Array(0x10000);
  for (const key of index.byFirst.keys()) firsts[key] = 1;
  return { index, byHash, firsts, from: new Int32Array(index.sticky.length) };
}

/** What a scan reports: pattern `p` matched [start, end). */
export type CueFound = (p: number, start: number, end: number) => void;

const NONE: readonly WordPattern[] = [];
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Calls `found` for every match of every pattern that starts a word, as `scanAll(text, index,
 * startsWord, ...)` of prefix-scan.ts does. A match starts a word after no letter or digit, or
 * at a capital glued to a lower-case letter: "neighborhoodA man", a title run into the text.
 */
export function scanCueWords(text: string, cues: CueIndex, found: CueFound): void {
  const { index } = cues;
  // where each pattern may match again: after its previous match, as a global scan goes on
  // (the scan calls no other scan: one array per index serves every scan)
  const from = cues.from.fill(0);
  const length = text.length;
  let before = 0; // class of the code unit before `at`
  for (let at = 0; at < length; at++) {
    const code = text.charCodeAt(at);
    const cls = code >= 0xd800 && code <= 0xdfff ? 0 : code < 0x80 ? ASCII[code]! : classOf(code);
    const starts = at === 0 || !(before & WORD) || (before & LOWER && cls & UPPER);
    before = cls;
    if (!starts || (code >= 0xdc00 && code <= 0xdfff && at > 0 && isHigh(text.charCodeAt(at - 1)))) continue;
    wordsAt(text, at, cues, from, found);
    const candidates = candidatesAt(text, at, cues);
    for (let i = 0; i < candidates.length; i++) attempt(text, index, from, candidates[i]!, at, found);
  }
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** The class bits of ASCII. */
const ASCII = Uint8Array.from({ length: 0x80 }, (_, c) =>
  c >= 48 && c <= 57 ? WORD : c >= 97 && c <= 122 ? WORD | LOWER : c >= 65 && c <= 90 ? WORD | UPPER : 0);

/** Tries the patterns with a known first word on the run of letters and digits at `at`. */
function wordsAt(text: string, at: number, cues: CueIndex, from: Int32Array, found: CueFound): void {
  // the run's end and the hash of its key ('12th' → DIGITS_RUN + 'th'), or -1 when a character has no key
  let hash = SEED;
  let digits = false;
  let end = at;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (code < 0x80) {
      const cls = ASCII[code]!;
      if (!(cls & WORD)) break;
      if (code <= 57) {
        if (!digits && hash >= 0) hash = step(hash, DIGITS_KEY);
        digits = true;
        continue;
      }
      digits = false;
      if (hash >= 0) hash = step(hash, code | 32);
      continue;
    }
    if (isHigh(code) ? !LETTER_OR_DIGIT.test(text.slice(end, end + 2)) : !(classOf(code) & WORD)) break;
    digits = false;
    const key = keyOf(code);
    if (key < 0) hash = -1;
    else if (hash >= 0) hash = step(hash, key);
  }
  if (end === at) return;
  const worded = hash < 0 ? undefined : wordOf(text, at, end, cues.byHash.get(hash));
  const list = hash < 0 ? cues.index.worded : worded?.patterns ?? NONE;
  // the key after the word and its white space: -2 before it is read, -3 at the end of the text
  let after = -2;
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!;
    const next = worded?.next[i];
    if (next && after === -2) after = keyAfter(text, end);
    // ("russian troops": 'russian\\s+troops' may match, 'russian\\s+army' may not)
    if (next && after !== -1 && !next.has(after)) continue;
    if (!w.whole) attempt(text, cues.index, from, w.p, at, found);
    else if (at >= from[w.p]!) {
      // the word is the match (`wholeWords`): what the regex would find there
      from[w.p] = end;
      found(w.p, at, end);
    }
  }
}

/** The word among `words` whose key is that of [at, end). */
function wordOf(text: string, at: number, end: number, words: readonly Worded[] | undefined): Worded | undefined {
  if (words) for (const w of words) if (sameKey(text, at, end, w.word)) return w;
  return undefined;
}

const SPACE = /\s/u;

/**
 * The key of the first character from `at` on that is no white space (`\\s`): DIGITS_RUN for a
 * digit, -1 for a character with no key, -3 at the end of the text.
 */
function keyAfter(text: string, at: number): number {
  let i = at;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    if (code < 0x80 || !SPACE.test(text[i]!)) break;
  }
  if (i >= text.length) return -3;
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57 ? DIGITS_KEY : keyOf(code);
}

/** The run [at, end) has the key `word` (`codeKey` of each character, a run of digits as DIGITS_RUN). */
function sameKey(text: string, at: number, end: number, word: string): boolean {
  let j = 0;
  for (let i = at; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      if (word.charCodeAt(j++) !== DIGITS_KEY) return false;
      while (i + 1 < end && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57) i++;
      continue;
    }
    if (word.charCodeAt(j++) !== (code < 0x80 ? (code >= 65 && code <= 90 ? code + 32 : code) : keyOf(code))) return false;
  }
  return j === word.length;
}

/** The other patterns that may match at `at`, by the keys of its first two characters (`candidatesAt` of prefix-scan.ts). */
function candidatesAt(text: string, at: number, cues: CueIndex): readonly number[] {
  const index = cues.index;
  const first = keyOf(text.charCodeAt(at));
  if (first < 0) return index.everything;
  // (no pattern starts with this key: every look-up below would give `anywhere`)
  if (!cues.firsts[first]) return index.anywhere;
  if (at + 1 >= text.length) return index.byFirst.get(first) ?? index.anywhere;
  const second = keyOf(text.charCodeAt(at + 1));
  if (second < 0) return index.byFirstAll.get(first) ?? index.anywhere;
  return index.byPair.get(first * 0x10000 + second) ?? index.byFirst.get(first) ?? index.anywhere;
}

function attempt(text: string, index: PrefixIndex, from: Int32Array, p: number, at: number, found: CueFound): void {
  if (at < from[p]!) return;
  const pattern = index.sticky[p]!;
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  if (!m || m[0] === '') return;
  const end = at + m[0].length;
  from[p] = end;
  found(p, at, end);
}
