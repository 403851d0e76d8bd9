/** Word tokens of a document, with what recognition needs to know about each. */
import { nameKey } from './name-key.js';

export interface Token {
  readonly start: number;
  readonly end: number;
  /** The token as written (from the normalized text). */
  readonly text: string;
  /** `nameKey(text)`, computed once: recognition and resolution read it for most tokens, often. */
  readonly key: string;
  /** Starts with an upper-case letter ("Kharkiv", "U.S."). */
  readonly cap: boolean;
  /** Every letter is upper case ("UK", "WASHINGTON"). */
  readonly upper: boolean;
  /** First word of a sentence, or after an opening quote or a colon. */
  readonly initial: boolean;
  /** A period follows immediately ("Ky." — maybe an abbreviation). */
  readonly dotAfter: boolean;
  /** What separates it from the previous token: ' ', ', ', '' for the first, '\n'... */
  readonly gapBefore: string;
}

/**
 * A token as `tokenize` and `hyphenParts` make it. (A class rather than object literals: a
 * literal's objects are tracked by the site that makes them, and V8 came to allocate tokens, which
 * live as long as their text, straight into the old generation, where they are slow to make and
 * to collect; the class also gives every token one shape. Places took a fifth less time. The four
 * yes-or-no fields are bits of one number: a token is made for every word of every text, and
 * four fields of their own made it a third bigger.)
 */
class WordToken implements Token {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly key: string,
    /** `CAP`, `UPPER`, `INITIAL`, `DOT_AFTER`. */
    private readonly flags: number,
    readonly gapBefore: string,
  ) {}

  get cap(): boolean {
    return (this.flags & CAP) !== 0;
  }

  get upper(): boolean {
    return (this.flags & UPPER) !== 0;
  }

  get initial(): boolean {
    return (this.flags & INITIAL) !== 0;
  }

  get dotAfter(): boolean {
    return (this.flags & DOT_AFTER) !== 0;
  }
}

const CAP = 1;
const UPPER = 2;
const INITIAL = 4;
const DOT_AFTER = 8;

/** The flags of a `WordToken`. */
function flagsOf(cap: boolean, upper: boolean, initial: boolean, dotAfter: boolean): number {
  return (cap ? CAP : 0) | (upper ? UPPER : 0) | (initial ? INITIAL : 0) | (dotAfter ? DOT_AFTER : 0);
}

// Words with internal hyphens, apostrophes and periods: "Ivano-Frankivsk", "Kam'yanske", "U.S":
// /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['.\-][\p{L}\p{M}\p{N}]+)*/gu, read by `wordAt` below
// (a regex match per word, with its array, was most of the time of tokenizing).

/** Tokens of `norm`; `sentenceStarts` (ascending) mark the first token at or after each. */
export function tokenize(norm: string, sentenceStarts: readonly number[]): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let nextSentence = 0;
  for (let at = 0; at < norm.length;) {
    const code = norm.codePointAt(at)!;
    // (a space, most often, without the table)
    if (code === 32 || !(classOf(code) & LETTER_OR_DIGIT)) {
      at += code > 0xffff ? 2 : 1;
      continue;
    }
    const matchEnd = wordEnd(norm, at);
    // "Russia's" → "Russia"; "dell'Ucraina" → "Ucraina" (neither without an apostrophe in the word)
    const wordStop = scannedApostrophe ? possessiveStart(norm, at, matchEnd) : matchEnd;
    const start = scannedApostrophe ? at + elisionLength(norm, at, wordStop) : at;
    // (the classes `wordEnd` gathered are those of the word, unless a part was cut off)
    const whole = start === at && wordStop === matchEnd;
    at = matchEnd;
    let text = norm.slice(start, wordStop);
    let end = wordStop;
    // "U.S." keeps its final period; "Kharkiv." at a sentence end does not.
    // "St. Thomas", "Mt. Vernon": these abbreviations keep their period, as part of a name.
    // (a period is a character of keys: it changes neither the key nor the case of the word)
    if (norm.charCodeAt(end) === 46 && (text.includes('.') || nameAbbreviation(text))) {
      end++;
      text += '.';
    }
    const gapBefore = gapOf(norm, previousEnd, start);
    let initial = tokens.length === 0 || (gapBefore !== ' ' && opensSentence(gapBefore));
    while (nextSentence < sentenceStarts.length && sentenceStarts[nextSentence]! <= start) {
      initial = true;
      nextSentence++;
    }
    const cap = startsUpperAt(norm, start);
    const key = whole ? keyByClasses(text, scannedAll) : keyOf(norm, start, end, text);
    const upper = cap && (whole ? (scannedAny & LOWER_CHAR) === 0 : !hasLower(text));
    const flags = flagsOf(cap, upper, initial, norm.charCodeAt(end) === 46);
    tokens.push(new WordToken(start, end, text, key, flags, tokens.length === 0 ? '' : gapBefore));
    previousEnd = end;
  }
  return tokens;
}

/**
 * The end of the word that starts at `start` (a letter or digit): letters, marks, digits, joined by ' . -.
 * Leaves in `scannedAll` and `scannedAny` the classes of its characters ANDed and ORed, and in
 * `scannedApostrophe` whether an apostrophe joins two of its parts.
 */
function wordEnd(norm: string, start: number): number {
  scannedAll = -1;
  scannedAny = 0;
  scannedApostrophe = false;
  let at = wordCharsEnd(norm, start);
  for (;;) {
    const joiner = norm.charCodeAt(at);
    if (joiner !== 39 && joiner !== 46 && joiner !== 45) return at; // ' . -
    const after = wordCharsEnd(norm, at + 1);
    if (after === at + 1) return at;
    scannedAll &= classOf(joiner);
    if (joiner === 39) scannedApostrophe = true;
    at = after;
  }
}

/** The end of the run of letters, marks and digits from `at` (their classes into `scannedAll`, `scannedAny`). */
function wordCharsEnd(norm: string, at: number): number {
  let all = scannedAll;
  let any = scannedAny;
  while (at < norm.length) {
    const code = norm.codePointAt(at)!;
    const kind = classOf(code);
    if (!(kind & WORD_CHAR)) break;
    all &= kind;
    any |= kind;
    at += code > 0xffff ? 2 : 1;
  }
  scannedAll = all;
  scannedAny = any;
  return at;
}

// The classes of the characters of the word `wordEnd` read last, ANDed and ORed: the key and the
// case of a word follow from them, without reading it again (three loops over every word were a
// fifth of tokenizing). (The joiners are no lower-case letters: they are left out of the OR.)
let scannedAll = -1;
let scannedAny = 0;
/** The word `wordEnd` read last has an apostrophe between its letters ("Russia's", "dell'Ucraina"). */
let scannedApostrophe = false;

const LETTER_OR_DIGIT = 1;
const WORD_CHAR = 2;
const LETTER = 8;
const LETTER_RE = /^\p{L}$/u;
// Lower-case letters of A–Z and of the Cyrillic alphabet but 'ё', digits, the period: the
// characters that `nameKey` leaves as they are (see `plain` there).
const KEY_CHAR = 4;
// Those and their capitals (but 'Ё'): the characters of the words whose key is their lower case
// (`plain` of name-key.ts).
const PLAIN_CHAR = 16;
// `\p{Lu}` and `\p{Ll}` (regex tests were most of the time of the words that are not ASCII).
const UPPER_CHAR = 32;
const LOWER_CHAR = 64;
const UPPER_RE = /^\p{Lu}$/u;
const LOWER_RE = /^\p{Ll}$/u;
const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u;
const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;
// The class of each code point of the BMP, found once by the regexes (-1: not yet); others in a map.
const bmpClasses = new Int8Array(0x10000).fill(-1); // (seven bits of class: they fit)
const astralClasses = new Map<number, number>();

function classOf(code: number): number {
  if (code <= 0xffff) {
    const known = bmpClasses[code]!;
    return known >= 0 ? known : (bmpClasses[code] = charClass(code));
  }
  let known = astralClasses.get(code);
  if (known === undefined) astralClasses.set(code, (known = charClass(code)));
  return known;
}

function charClass(code: number): number {
  const char = String.fromCodePoint(code);
  const keyChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 46
    || (code >= 0x430 && code <= 0x450) || (code >= 0x452 && code <= 0x45f);
  const plainChar = keyChar || (code >= 65 && code <= 90) || code === 0x400 || (code >= 0x402 && code <= 0x42f);
  return (LETTER_OR_DIGIT_RE.test(char) ? LETTER_OR_DIGIT : 0) | (WORD_CHAR_RE.test(char) ? WORD_CHAR : 0) | (keyChar ? KEY_CHAR : 0)
    | (LETTER_RE.test(char) ? LETTER : 0) | (plainChar ? PLAIN_CHAR : 0) | (UPPER_RE.test(char) ? UPPER_CHAR : 0)
    | (LOWER_RE.test(char) ? LOWER_CHAR : 0);
}

/**
 * The name key of the word `text`, which is `norm[start, end)`: the word itself when it is its own
 * key ("police", "обстрел", "2024": four words in five), its lower case when `nameKey` would only
 * lower it ("Kharkiv", "Курской"), else `nameKey`'s. The scan that found the word has just
 * classified its characters: one look-up per character spares most words `nameKey`'s own scan.
 */
function keyOf(norm: string, start: number, end: number, text: string): string {
  let all = KEY_CHAR | PLAIN_CHAR;
  for (let at = start; at < end && all; at++) all &= classOf(norm.charCodeAt(at));
  return keyByClasses(text, all);
}

/** `keyOf` of a word whose characters' classes, ANDed, are `all`. */
function keyByClasses(text: string, all: number): string {
  if (all & KEY_CHAR) return text;
  return all & PLAIN_CHAR ? text.toLowerCase() : nameKey(text);
}

/**
 * The gap `norm[from, to)` between two words; the usual ones (' ', ', ', '. ') without slicing
 * the text, as constants.
 */
function gapOf(norm: string, from: number, to: number): string {
  const length = to - from;
  if (length === 1 && norm.charCodeAt(from) === 32) return ' ';
  if (length === 2 && norm.charCodeAt(from + 1) === 32) {
    const c = norm.charCodeAt(from);
    if (c === 44) return ', ';
    if (c === 46) return '. ';
  }
  return norm.slice(from, to);
}

/** "St", "Ste", "Mt", "Ft" (`/^(?:St|Ste|Mt|Ft)$/`, asked of every word before a period, as comparisons). */
function nameAbbreviation(text: string): boolean {
  return text === 'St' || text === 'Ste' || text === 'Mt' || text === 'Ft';
}

/**
 * The gap before a word ends with a line break, or with one of : " « “ ( and white space
 * (`/[:"«“(]\s*$|\n\s*$/` as a loop): 'he said: "Kyiv', '\nKHARKIV'. The word opens a sentence.
 */
function opensSentence(gap: string): boolean {
  let at = gap.length - 1;
  for (; at >= 0 && isSpace(gap.charCodeAt(at)); at--) if (gap.charCodeAt(at) === 10) return true;
  const c = gap.charCodeAt(at);
  return c === 58 || c === 34 || c === 0xab || c === 0x201c || c === 40;
}

/** The gap is empty (before a text's first token) or ends with a line break and white space (`/^$|\n\s*$/`). */
export function opensLine(gap: string): boolean {
  if (gap === '') return true;
  for (let at = gap.length - 1; at >= 0 && isSpace(gap.charCodeAt(at)); at--) if (gap.charCodeAt(at) === 10) return true;
  return false;
}

/** `\s` of a regex: ASCII white space, and the Unicode spaces and separators. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028
    || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Where the word `norm[start, end)` ends without an English possessive: "Russia's" → "Russia".
 * (A word of the normalized text has no typographic apostrophe: "'s" is the only form.)
 */
function possessiveStart(norm: string, start: number, end: number): number {
  return end - start > 2 && norm.charCodeAt(end - 2) === 39 && norm.charCodeAt(end - 1) === 115 ? end - 2 : end;
}

/** Has a lower-case letter (`\p{Ll}`), by the table of character classes. */
function hasLower(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 97 && code <= 122) return true;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (classOf(point) & LOWER_CHAR) return true;
    if (point > 0xffff) i++;
  }
  return false;
}

/** `startsUpper` of the word at `norm[start]` (the text that has just been sliced is not read again). */
function startsUpperAt(norm: string, start: number): boolean {
  const code = norm.charCodeAt(start);
  if (code < 0x80) return code >= 65 && code <= 90;
  return (classOf(norm.codePointAt(start)!) & UPPER_CHAR) !== 0;
}

/** Starts with an upper-case letter (`/^\p{Lu}/u`); A–Z and a–z without the table. */
function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90;
  return text.length > 0 && (classOf(text.codePointAt(0)!) & UPPER_CHAR) !== 0;
}

// Italian elision: "dell'Ucraina" → "Ucraina", "nell'oblast" → "oblast". The elided article is
// /^[a-z]{1,5}'(?=\p{L})/u at the start of the word, read by code in `elisionLength` (a search
// for the apostrophe in every word of a text, then a regex, was a tenth of tokenizing).

/** The length of the elided article that `norm[start, end)` starts with ("dell'" of "dell'Ucraina"), 0 if none. */
function elisionLength(norm: string, start: number, end: number): number {
  const last = Math.min(end, start + 6); // (five letters and the apostrophe at most)
  for (let at = start; at < last; at++) {
    const code = norm.charCodeAt(at);
    if (code === 39) return at > start && at + 1 < end && classOf(norm.codePointAt(at + 1)!) & LETTER ? at + 1 - start : 0;
    if (code < 97 || code > 122) return 0;
  }
  return 0;
}

/**
 * The capitalized parts of a hyphenated word, as tokens of their own: "Canada-wide" → "Canada",
 * "Russia-Turkey" → "Russia", "Turkey". For names that are not found whole ("Ivano-Frankivsk" is).
 */
export function hyphenParts(t: Token): Token[] {
  if (!t.text.includes('-')) return [];
  const parts: Token[] = [];
  let start = t.start;
  for (const text of t.text.split('-')) {
    const end = start + text.length;
    if (text.length >= 2 && startsUpper(text)) {
      const upper = !hasLower(text);
      parts.push(new WordToken(start, end, text, nameKey(text), flagsOf(true, upper, t.initial, false), start === t.start ? t.gapBefore : '-'));
    }
    start = end + 1;
  }
  return parts.length && parts[0]!.text !== t.text ? parts : [];
}

