/**
 * Speed: the sentence boundaries of Unicode's default rules (UAX #29, "Sentence Boundaries"),
 * which `Intl.Segmenter(lang, { granularity: 'sentence' })` follows for our languages, found by
 * a loop over the text instead of ICU's iterator (its segments, one object each, were most of
 * the prepare stage). Only for texts whose every character has a class known here (Latin,
 * Cyrillic, Greek, ASCII digits, common punctuation and spaces, no combining marks or format
 * characters, nothing outside the BMP); any other text gets `undefined`, and the caller asks
 * `Intl.Segmenter`. test/pipeline/sentence-breaks.test.ts checks the two agree on every
 * character known here, in the contexts each rule reads, and on generated texts.
 */

/** Sentence_Break classes (UAX #29, table 4) of the characters known here. */
const enum Sb {
  Unknown = 0, Other, CR, LF, Sep, Sp, Lower, Upper, OLetter, Numeric, ATerm, STerm, Close, SContinue,
}

// Characters of these blocks get a class from their Unicode properties; any other is Unknown.
// (Basic Latin to Cyrillic Supplement, General Punctuation, Currency Symbols, Letterlike Symbols.)
const KNOWN_RANGES: readonly (readonly [number, number])[] = [[0x0000, 0x052f], [0x2000, 0x206f], [0x20a0, 0x20cf], [0x2100, 0x214f]];

// SContinue: ',' '-' ':' ';' Greek question mark, en and em dashes (the ones in the ranges above)
const S_CONTINUE = new Set([0x2c, 0x2d, 0x3a, 0x3b, 0x37e, 0x2013, 0x2014]);
// ATerm: '.' and the one-dot leader
const A_TERM = new Set([0x2e, 0x2024]);

const MARK_OR_FORMAT = /^[\p{M}\p{Cf}]$/u;
const S_TERM = /^\p{Sentence_Terminal}$/u;
const SPACE = /^\p{White_Space}$/u;
const LOWER = /^\p{Lowercase}$/u;
const UPPER = /^[\p{Uppercase}\p{Lt}]$/u;
const ALPHABETIC = /^\p{Alphabetic}$/u;
const DIGIT = /^[0-9]$/u;
const NUMBER = /^\p{N}$/u;
// Close: opening, closing and quotation punctuation, and the quotation marks '"' and "'"
const CLOSE = /^[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"']$/u;

function classOf(code: number): Sb {
  if (!KNOWN_RANGES.some(([lo, hi]) => code >= lo && code <= hi)) return Sb.Unknown;
  const ch = String.fromCharCode(code);
  if (MARK_OR_FORMAT.test(ch)) return Sb.Unknown; // Extend and Format: SB5 is not followed here
  if (code === 0x0d) return Sb.CR;
  if (code === 0x0a) return Sb.LF;
  if (code === 0x85 || code === 0x2028 || code === 0x2029) return Sb.Sep;
  if (A_TERM.has(code)) return Sb.ATerm;
  if (S_TERM.test(ch)) return Sb.STerm;
  if (SPACE.test(ch)) return Sb.Sp;
  if (LOWER.test(ch)) return Sb.Lower;
  if (UPPER.test(ch)) return Sb.Upper;
  if (ALPHABETIC.test(ch)) return Sb.OLetter;
  if (DIGIT.test(ch)) return Sb.Numeric;
  if (NUMBER.test(ch) && !/^\p{No}$/u.test(ch)) return Sb.Unknown; // other digits: Line_Break=Numeric is not read here
  if (S_CONTINUE.has(code)) return Sb.SContinue;
  if (CLOSE.test(ch)) return Sb.Close;
  return Sb.Other;
}

let classes: Uint8Array | undefined;

/** The class of every BMP code unit, computed once. */
function classTable(): Uint8Array {
  if (classes) return classes;
  classes = new Uint8Array(0x10000);
  for (const [lo, hi] of KNOWN_RANGES) for (let c = lo; c <= hi; c++) classes[c] = classOf(c);
  return classes;
}

/** Whether every character of `text` has a class here. */
function allKnown(text: string, table: Uint8Array): boolean {
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === Sb.Unknown) return false;
  return true;
}

/** The class of `text[i]` (Unknown past the end: no rule reads it as anything). */
function at(text: string, table: Uint8Array, i: number): number {
  return i < text.length ? table[text.charCodeAt(i)]! : Sb.Unknown;
}

const isParaSep = (c: number): boolean => c === Sb.CR || c === Sb.LF || c === Sb.Sep;
const isSATerm = (c: number): boolean => c === Sb.ATerm || c === Sb.STerm;

/**
 * The ends of `text`'s segments (the last is `text.length`; none for '') as `Intl.Segmenter`
 * finds them, or undefined when the text has a character not known here (see the top of the file).
 */
export function sentenceEnds(text: string): number[] | undefined {
  const table = classTable();
  if (!allKnown(text, table)) return undefined;
  const n = text.length;
  const ends: number[] = [];
  for (let i = 0; i < n;) {
    const c = table[text.charCodeAt(i)]!;
    // SB3, SB4: 'a\r\nb' ends after the line break
    if (isParaSep(c)) {
      i += c === Sb.CR && at(text, table, i + 1) === Sb.LF ? 2 : 1;
      if (i < n) ends.push(i);
      continue;
    }
    if (!isSATerm(c)) {
      i++;
      continue;
    }
    const next = afterTerminator(text, table, i);
    if (next > 0) {
      if (next < n) ends.push(next);
      i = next;
    } else i = -next;
  }
  if (n > 0) ends.push(n); // (an empty text has no segment)
  return ends;
}

/**
 * At the sentence terminator at `t`: the position after it, its closing marks and spaces and
 * one paragraph separator (SB9–SB11) where a sentence ends there, or, negated, the position
 * where to go on reading when it does not (SB6–SB8a: "3.5", "U.S.A", "etc. and", "Yes!, she").
 */
function afterTerminator(text: string, table: Uint8Array, t: number): number {
  const n = text.length;
  const aTerm = at(text, table, t) === Sb.ATerm;
  const first = at(text, table, t + 1);
  // SB6 '3.5'; SB7 'U.S' (a letter before the full stop, a capital after it)
  if (aTerm && first === Sb.Numeric) return -(t + 1);
  const before = t > 0 ? at(text, table, t - 1) : Sb.Unknown;
  if (aTerm && first === Sb.Upper && (before === Sb.Upper || before === Sb.Lower)) return -(t + 1);
  let k = t + 1;
  while (at(text, table, k) === Sb.Close) k++; // SB9
  while (at(text, table, k) === Sb.Sp) k++; // SB10
  const c = at(text, table, k);
  if (isParaSep(c)) return c === Sb.CR && at(text, table, k + 1) === Sb.LF ? k + 2 : k + 1; // SB11 after SB3
  if (k >= n) return n;
  // SB8: 'etc. (and) the': a lower-case letter before any other letter or terminator
  if (aTerm && lowerAhead(text, table, k)) return -k;
  // SB8a: 'Yes!, she', 'Really?!'
  if (c === Sb.SContinue || isSATerm(c)) return -k;
  return k; // SB11
}

/** SB8's look-ahead: past characters that are no letter, separator or terminator, a Lower. */
function lowerAhead(text: string, table: Uint8Array, k: number): boolean {
  for (; k < text.length; k++) {
    const c = table[text.charCodeAt(k)]!;
    if (c === Sb.Lower) return true;
    if (c === Sb.OLetter || c === Sb.Upper || isParaSep(c) || isSATerm(c)) return false;
  }
  return false;
}
