/**
 * The first two characters a match of a case-insensitive regex can start with, read off its
 * source, so that a scanner tries a pattern only where the text holds one of its beginnings:
 * a hundred lexicon patterns tried at the few word starts that fit them, instead of a hundred
 * scans of the whole text. Characters are compared by `charKey` (lower case).
 */

/** Stands for any character: the regex may go on with something this reader does not follow. */
export const WILD = '\u0000';

// Characters whose lower case is not the letter they fold to under the `u` flag ('ſ' matches
// 's', 'ᲀ' matches 'в'): `charKey` gives WILD, so every pattern is tried on them
// (test/pipeline/regex-prefixes.test.ts checks the list against every character of the BMP).
const UNFOLDED = /[\u017f\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80-\u1c88\u1e9b\u1fbe\u212a\u212b\u13f8-\u13fd\uab70-\uabbf]/u;

/** The key of one character of the text: its lower case, or `WILD`. */
export function charKey(ch: string): string {
  const key = codeKey(ch.charCodeAt(0));
  return key < 0 ? WILD : String.fromCharCode(key);
}

const keysOfCodes = new Map<number, number>();

/** `charKey` by UTF-16 code unit, for scanners: -1 stands for `WILD`. */
export function codeKey(code: number): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code === 0 ? -1 : code;
  let key = keysOfCodes.get(code);
  if (key === undefined) {
    const ch = String.fromCharCode(code);
    const lower = ch.toLowerCase();
    key = UNFOLDED.test(ch) || lower.length !== 1 ? -1 : lower.charCodeAt(0);
    keysOfCodes.set(code, key);
  }
  return key;
}

type Strings = Set<string>;

/** How a reading of a regex source combines the sets of strings its parts yield. */
interface Algebra {
  /** What a letter, digit or other character out of `members` yields. */
  chars(members: string): Strings;
  /** What `.`, `\s`, `\p{…}`, a negated class and the like yield. */
  other(what: 'space' | 'any'): Strings;
  /** `a` followed by `b`. */
  concat(a: Strings, b: Strings): Strings;
  /** Nothing that follows changes `a`: the rest of a sequence is only read past. */
  done(a: Strings): boolean;
}

/** Reads past a part whose strings do not matter. */
const SKIP: Algebra = { chars: () => EMPTY(), other: () => EMPTY(), concat: (a) => a, done: () => true };

const DIGITS = '0123456789';
const WORD = `abcdefghijklmnopqrstuvwxyz${DIGITS}_`;
const EMPTY = (): Strings => new Set(['']);

/** The first two keys, `WILD` for what is not followed; shorter strings are whole matches. */
const PREFIXES: Algebra = {
  chars: (members) => {
    const out: Strings = new Set();
    for (const ch of members) {
      const lower = ch.toLowerCase();
      out.add(lower.length === 1 ? lower : WILD);
    }
    return out;
  },
  other: () => new Set([WILD]),
  concat: (a, b) => {
    const out: Strings = new Set();
    for (const x of a) {
      if (x.length >= 2) out.add(x);
      else for (const y of b) out.add((x + y).slice(0, 2));
    }
    return out;
  },
  done: (a) => [...a].every((x) => x.length >= 2),
};

/** Marks a first word that has ended (a character that is no letter or digit came). */
const ENDED = '\u0001';
/** Stands for what this reader does not follow: a word with it is not known. */
const UNKNOWN = '\u0002';
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Stands for a run of ASCII digits in a first word: '\\d{1,2}(?:st|nd)' starts with two words,
 * DIGITS_RUN + 'st' and DIGITS_RUN + 'nd', rather than 220 ('1st' … '99nd'), and '\\d+' with one.
 * The scanner keys the text's words the same way (`wordKey`).
 */
export const DIGITS_RUN = '\u0003';

/** `x` followed by `y`, two runs of digits made one. */
function joinWords(x: string, y: string): string {
  return x.endsWith(DIGITS_RUN) && y.startsWith(DIGITS_RUN) ? x + y.slice(1) : x + y;
}

/** The first words (lower case), ENDED once a character that is no letter or digit came. */
const FIRST_WORDS: Algebra = {
  chars: (members) => {
    const out: Strings = new Set();
    for (const ch of members) {
      const lower = ch.toLowerCase();
      if (!LETTER_OR_DIGIT.test(ch)) out.add(ENDED);
      else if (ch >= '0' && ch <= '9') out.add(DIGITS_RUN);
      else if (lower.length === 1 && codeKey(ch.charCodeAt(0)) === lower.charCodeAt(0)) out.add(lower);
      else out.add(UNKNOWN);
    }
    return out;
  },
  other: (what) => new Set([what === 'space' ? ENDED : UNKNOWN]),
  concat: (a, b) => {
    const out: Strings = new Set();
    if (a.size * b.size > 3000) return new Set([UNKNOWN]);
    for (const x of a) {
      if (x.endsWith(ENDED) || x.includes(UNKNOWN)) out.add(x);
      else for (const y of b) out.add(x.length + y.length > 40 ? UNKNOWN : joinWords(x, y));
    }
    return out.size > 300 ? new Set([UNKNOWN]) : out;
  },
  done: (a) => [...a].every((x) => x.endsWith(ENDED) || x.includes(UNKNOWN)),
};

/**
 * The beginnings of the matches of `source` (flags `iu`): strings of two keys, where `WILD`
 * stands for any character, or shorter strings, a whole match ('' when it may match nothing).
 * Undefined when the source uses what this reader does not know.
 */
export function regexPrefixes(source: string): ReadonlySet<string> | undefined {
  return read(source, PREFIXES);
}

/** The look-ahead that ends every lexicon pattern and time rule: no letter or digit after a match. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * The first words of the matches of `source` (flags `iu`), in lower case: the runs of letters
 * and digits a match starts with ('' when it starts with another character), each run of
 * digits written as one DIGITS_RUN. Only for a
 * source that ends with WORD_END, so that the run of letters and digits of the text at a match
 * is that word; undefined when they are not a small finite set (`\d+`, `.`, `[^…]`).
 */
export function firstWords(source: string): ReadonlySet<string> | undefined {
  if (!source.endsWith(WORD_END)) return undefined;
  const words = read(source, FIRST_WORDS);
  if (!words || [...words].some((w) => w.includes(UNKNOWN))) return undefined;
  return new Set([...words].map((w) => w.replace(ENDED, '')));
}

/**
 * Whether nothing after `x` (of `TWO_WORDS`) changes it: a word not known, or a second word
 * that has ended. UNKNOWN is always last (nothing is added after it) and ENDED never doubled.
 */
function twoDone(x: string): boolean {
  const last = x[x.length - 1];
  return last === UNKNOWN || (last === ENDED && x.indexOf(ENDED) < x.length - 1);
}

/** `x` (of `TWO_WORDS`, not done) followed by `y`: runs of marks and spaces are one ENDED, two runs of digits one. */
function twoJoin(x: string, y: string): string {
  let out = x;
  for (let i = 0; i < y.length; i++) {
    const ch = y[i]!;
    if (ch !== ENDED) {
      out = joinWords(out, ch);
      if (ch === UNKNOWN) return out;
    } else if (!out.endsWith(ENDED)) {
      out += ENDED;
      if (twoDone(out)) return out;
    }
  }
  return out;
}

/** What `a` (of `TWO_WORDS`) may go on to when too many strings would follow: its first words, the second not known. */
function secondUnknown(a: Strings): Strings {
  return new Set([...a].map((x) => (twoDone(x) ? x : x + UNKNOWN)));
}

/**
 * The first two words of a match: the first word (as `FIRST_WORDS` reads it), ENDED, the second
 * word, ENDED ('the\\s+(?:5th|first)' → 'the' ENDED DIGITS_RUN 'th' ENDED, 'the' ENDED 'first'
 * ENDED); the marks and spaces between them are one ENDED. What `nextWords` reads.
 */
const TWO_WORDS: Algebra = {
  chars: FIRST_WORDS.chars,
  other: FIRST_WORDS.other,
  concat: (a, b) => {
    if (a.size * b.size > 6000) return secondUnknown(a);
    const out: Strings = new Set();
    for (const x of a) {
      if (twoDone(x)) out.add(x);
      else for (const y of b) out.add(x.length + y.length > 80 ? x + UNKNOWN : twoJoin(x, y));
    }
    return out.size > 1500 ? secondUnknown(a) : out;
  },
  done: (a) => {
    for (const x of a) if (!twoDone(x)) return false;
    return true;
  },
};

/**
 * For each first word of `source` (as `firstWords` keys it) after which a match must go on to a
 * second word: the second words (keyed as `firstWords` keys words), which start at the first
 * letter or digit after the first word ('the\\s+(?:5th|first)' → 'the': DIGITS_RUN + 'th',
 * 'first'). A first word a match may end with, or after which this reading does not know the
 * words, is left out: any word may follow it. Undefined when the source is not read.
 */
export function nextWords(source: string): ReadonlyMap<string, ReadonlySet<string>> | undefined {
  if (!source.endsWith(WORD_END)) return undefined;
  const found = read(source, TWO_WORDS);
  if (!found) return undefined;
  const out = new Map<string, Set<string>>();
  const open = new Set<string>();
  for (const x of found) {
    const [first = '', second = ''] = x.split(ENDED);
    if (first.includes(UNKNOWN)) return undefined;
    if (second === '' || second.includes(UNKNOWN)) open.add(first);
    else out.set(first, (out.get(first) ?? new Set()).add(second));
  }
  for (const word of open) out.delete(word);
  return out;
}

/** A run of white space after the first word (`\\s`, ' '), as `HEADS` writes it. */
const GAP = '\u0004';
/** Marks a character that is no letter, digit or space ("e. ukraine"): the key after it is the next one. */
const MARK = '\u0005';
const SPACE = /^\s$/u;

/** A string of `HEADS` that nothing after it changes: a known next key, or UNKNOWN. */
function headDone(x: string): boolean {
  const gap = x.indexOf(GAP);
  return x.includes(UNKNOWN) || (gap >= 0 && gap < x.length - 1);
}

/** Adds one token ('a', GAP, MARK + key, UNKNOWN) to a string of `HEADS`: word, then GAP, then the next key. */
function headStep(x: string, token: string): string {
  if (headDone(x)) return x;
  if (token === UNKNOWN) return x + UNKNOWN;
  const ended = x.endsWith(GAP);
  if (token === GAP) return ended ? x : x + GAP;
  if (token.startsWith(MARK)) return (ended ? x : x + GAP) + token.slice(1);
  if (ended) return x + token;
  return token === DIGITS_RUN && x.endsWith(DIGITS_RUN) ? x : x + token;
}

/** Splits a string of `HEADS` into its tokens. */
function headTokens(y: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < y.length; i++) {
    // (a mark is two characters: MARK and its key)
    const width = y[i] === MARK ? 2 : 1;
    out.push(y.slice(i, i + width));
    i += width - 1;
  }
  return out;
}

/**
 * The first word of a match, the run of white space after it and the key of the character
 * that follows ('russian\\s+troops' → 'russian' GAP 't'): what `nextKeys` reads.
 */
const HEADS: Algebra = {
  chars: (members) => {
    const out: Strings = new Set();
    for (const ch of members) {
      const lower = ch.toLowerCase();
      const known = lower.length === 1 && codeKey(ch.charCodeAt(0)) === lower.charCodeAt(0);
      if (SPACE.test(ch)) out.add(GAP);
      else if (ch >= '0' && ch <= '9') out.add(DIGITS_RUN);
      else if (!known) out.add(UNKNOWN);
      else out.add(LETTER_OR_DIGIT.test(ch) ? lower : MARK + lower);
    }
    return out;
  },
  other: (what) => new Set([what === 'space' ? GAP : UNKNOWN]),
  concat: (a, b) => {
    const out: Strings = new Set();
    if (a.size * b.size > 3000) return new Set([UNKNOWN]);
    for (const x of a) {
      if (headDone(x)) out.add(x);
      else for (const y of b) out.add(x.length + y.length > 40 ? UNKNOWN : headTokens(y).reduce(headStep, x));
    }
    return out.size > 300 ? new Set([UNKNOWN]) : out;
  },
  done: (a) => [...a].every(headDone),
};

/**
 * For each first word of `source` (as `firstWords` keys it) after which a match must go on: the
 * keys (`codeKey`, DIGITS_RUN for a digit) of the first character after the white space that
 * follows the word in the text ('russian\\s+(?:troops|army)' → 'russian': t, a). A word a match
 * may end with, or after which this reading does not follow the pattern, is left out: every
 * key may follow it. Undefined when the source is not read.
 */
export function nextKeys(source: string): ReadonlyMap<string, ReadonlySet<number>> | undefined {
  if (!source.endsWith(WORD_END)) return undefined;
  const heads = read(source, HEADS);
  if (!heads) return undefined;
  const out = new Map<string, Set<number>>();
  const open = new Set<string>();
  for (const x of heads) {
    const gap = x.indexOf(GAP);
    const word = gap < 0 ? x : x.slice(0, gap);
    // an unknown word: no word is known to be followed by anything
    if (word.includes(UNKNOWN)) return undefined;
    const next = gap < 0 ? '' : x.slice(gap + 1);
    if (next === '' || next === UNKNOWN) open.add(word);
    else out.set(word, (out.get(word) ?? new Set()).add(next === DIGITS_RUN ? DIGITS_RUN.charCodeAt(0) : next.charCodeAt(0)));
  }
  for (const word of open) out.delete(word);
  return out;
}

/**
 * What may make a match narrower than the strings `FIRST_WORDS` reads off a source: lookarounds
 * (other than the closing WORD_END), anchors, word boundaries; and groups that capture, whose
 * text only the regex gives.
 */
const NOT_EXACT = /\((?!\?:)|\\[bB]|[$^]/u;

/**
 * The first words of `source` (flags `iu`, as `firstWords`) that are its whole match wherever
 * the text's run of letters at a position is that word: no match starts with the word and goes
 * on past it ('police' of 'police|officers?|no\\s+one'; not 'no', which may go on to "no one").
 * There the match is the run itself, found without running the regex: WORD_END lets no match
 * end inside the run, and nothing but the word can match it. Empty when the source holds what
 * this reading is not exact about (`NOT_EXACT`); words with digits are left out ('\\d+th' is
 * not each run of digits).
 */
export function wholeWords(source: string): ReadonlySet<string> {
  const out = new Set<string>();
  if (!source.endsWith(WORD_END) || NOT_EXACT.test(source.slice(0, -WORD_END.length))) return out;
  const words = read(source, FIRST_WORDS);
  if (!words || [...words].some((w) => w.includes(UNKNOWN))) return out;
  for (const w of words) if (w && !w.includes(ENDED) && !w.includes(DIGITS_RUN) && !words.has(w + ENDED)) out.add(w);
  return out;
}

function read(source: string, algebra: Algebra): Strings | undefined {
  const reader = new Reader(source, algebra);
  const found = reader.alternation();
  return reader.at < source.length ? undefined : found;
}

/**
 * One or more repetitions: `x`, `xx`, `xxx`… as a fixed point. Prefixes of two characters
 * always reach it; words that do not within a few rounds grow without end (`\\d+`): what is not followed.
 */
function repeated(x: Strings, algebra: Algebra): Strings {
  let found = new Set(x);
  for (let round = 0; round < 8; round++) {
    const next = new Set([...x, ...algebra.concat(x, found)]);
    if (next.size === found.size) return found;
    found = next;
  }
  return new Set([...found, ...algebra.other('any')]);
}

class Reader {
  at = 0;
  constructor(private readonly src: string, private algebra: Algebra) {}

  /** a|b|c up to a ')' or the end. */
  alternation(): Strings {
    const out: Strings = new Set();
    for (;;) {
      for (const p of this.sequence()) out.add(p);
      if (this.src[this.at] !== '|') return out;
      this.at++;
    }
  }

  private sequence(): Strings {
    let found = EMPTY();
    const algebra = this.algebra;
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      if (this.algebra !== SKIP && algebra.done(found)) this.algebra = SKIP;
      found = this.algebra.concat(found, this.quantified());
    }
    this.algebra = algebra;
    return found;
  }

  private quantified(): Strings {
    const atom = this.atom();
    const q = /^(?:[?*+]|\{(?<min>\d+)(?<max>,\d*)?\})\??/u.exec(this.src.slice(this.at));
    if (!q) return atom;
    this.at += q[0].length;
    const kind = q[0][0];
    if (kind === '?') return new Set([...atom, '']);
    const min = Number(q.groups?.['min'] ?? (kind === '+' ? 1 : 0));
    const max = kind === '{' ? Number(q.groups?.['max']?.slice(1) || (q.groups?.['max'] ? Infinity : min)) : Infinity;
    // '\d{1,2}', '(?:ab){2}': a few repetitions, each written out
    if (max <= 4) return this.times(atom, min, max);
    const found = repeated(atom, this.algebra);
    return min === 0 ? new Set([...found, '']) : found;
  }

  /** `atom` repeated `min` to `max` times. */
  private times(atom: Strings, min: number, max: number): Strings {
    const out: Strings = new Set();
    let power = EMPTY();
    for (let k = 0; k <= max; k++) {
      if (k >= min) for (const p of power) out.add(p);
      power = this.algebra.concat(power, atom);
    }
    return out;
  }

  private atom(): Strings {
    const ch = this.src[this.at++]!;
    if (ch === '(') return this.group();
    if (ch === '[') return this.charClass();
    if (ch === '\\') return this.escape();
    if (ch === '^' || ch === '$') return EMPTY();
    if (ch === '.') return this.algebra.other('any');
    return this.algebra.chars(ch);
  }

  private group(): Strings {
    const head = /^\?(?:<[=!]|[=!]|<\w+>|:)?/u.exec(this.src.slice(this.at))?.[0] ?? '';
    this.at += head.length;
    // lookarounds match no character: they narrow, and are left out (a wider set stays right);
    // what they hold is only read past
    const around = /^\?<?[=!]$/u.test(head);
    const algebra = this.algebra;
    if (around) this.algebra = PREFIXES;
    const inner = this.alternation();
    this.algebra = algebra;
    if (this.src[this.at] !== ')') return this.algebra.other('any');
    this.at++;
    return around ? EMPTY() : inner;
  }

  private charClass(): Strings {
    const close = this.classEnd();
    const body = this.src.slice(this.at, close);
    this.at = close + 1;
    if (body.startsWith('^')) return this.algebra.other('any');
    let members = '';
    const out: Strings = new Set();
    for (let i = 0; i < body.length; i++) {
      const ch = body[i]!;
      if (ch === '\\') {
        // '[\s-]', '[\d.]', '[\/.-]': spaces, digits, word characters and escaped marks
        const escaped = body[++i] ?? '';
        if (escaped === 's') for (const x of this.algebra.other('space')) out.add(x);
        else if (escaped === 'd' || escaped === 'w') members += escaped === 'd' ? DIGITS : WORD;
        else if (escaped === '' || /[\p{L}\p{N}]/u.test(escaped) || body[i + 1] === '-') return this.algebra.other('any');
        else members += escaped;
        continue;
      }
      if (body[i + 1] === '-' && i + 2 < body.length) {
        if (body[i + 2] === '\\') return this.algebra.other('any');
        for (let c = body.charCodeAt(i); c <= body.charCodeAt(i + 2); c++) members += String.fromCharCode(c);
        i += 2;
      } else members += ch;
    }
    for (const x of this.algebra.chars(members)) out.add(x);
    return out;
  }

  private classEnd(): number {
    for (let i = this.at; i < this.src.length; i++) {
      if (this.src[i] === '\\') i++;
      else if (this.src[i] === ']') return i;
    }
    return this.src.length;
  }

  private escape(): Strings {
    const ch = this.src[this.at++] ?? '';
    if (ch === 'b' || ch === 'B') return EMPTY();
    if (ch === 'd') return this.algebra.chars(DIGITS);
    if (ch === 'w') return this.algebra.chars(WORD);
    if (ch === 's') return this.algebra.other('space');
    // \p{…}, \u…, back references and the like: any character
    if (/[\p{L}\p{N}]/u.test(ch)) {
      if (this.src[this.at] === '{') this.at = this.src.indexOf('}', this.at) + 1 || this.src.length;
      return this.algebra.other('any');
    }
    return this.algebra.chars(ch);
  }
}
