/**
 * The first two characters a match of a case-insensitive regex can start with, read off its
 * source, so that a scanner tries a pattern only where the text holds one of its beginnings:
 * a hundred lexicon patterns tried at the few word starts that fit them, instead of a hundred
 * scans of the whole text. Characters are compared by `charKey` (lower case).
 */

/** Stands for any character: the regex may go on with something this reader does not follow. */
export const WILD = '\u0000';

/**
 * The beginnings of the matches of `source` (flags `iu`): strings of two keys, where `WILD`
 * stands for any character, or shorter strings, a whole match ('' when it may match nothing).
 * Undefined when the source uses what this reader does not know.
 */
export function regexPrefixes(source: string): ReadonlySet<string> | undefined {
  const reader = new Reader(source);
  const found = reader.alternation();
  return reader.at < source.length ? undefined : found;
}

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

type Prefixes = Set<string>;

const DIGITS = '0123456789';
const WORD = `abcdefghijklmnopqrstuvwxyz${DIGITS}_`;
const EMPTY = (): Prefixes => new Set(['']);
const ANY_CHAR = (): Prefixes => new Set([WILD]);

/** The beginnings of `a` followed by `b`, cut to two characters. */
function concat(a: Prefixes, b: Prefixes): Prefixes {
  const out: Prefixes = new Set();
  for (const x of a) {
    if (x.length >= 2) out.add(x);
    else for (const y of b) out.add((x + y).slice(0, 2));
  }
  return out;
}

/** One or more repetitions: `x`, `xx`, `xxx`… cut to two characters (a fixed point). */
function repeated(x: Prefixes): Prefixes {
  let found = new Set(x);
  for (;;) {
    const next = new Set([...x, ...concat(x, found)]);
    if (next.size === found.size) return found;
    found = next;
  }
}

class Reader {
  at = 0;
  constructor(private readonly src: string) {}

  /** a|b|c up to a ')' or the end. */
  alternation(): Prefixes {
    const out: Prefixes = new Set();
    for (;;) {
      for (const p of this.sequence()) out.add(p);
      if (this.src[this.at] !== '|') return out;
      this.at++;
    }
  }

  private sequence(): Prefixes {
    let found = EMPTY();
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      found = concat(found, this.quantified());
    }
    return found;
  }

  private quantified(): Prefixes {
    const atom = this.atom();
    const q = /^(?:[?*+]|\{(?<min>\d+)(?<max>,\d*)?\})\??/u.exec(this.src.slice(this.at));
    if (!q) return atom;
    this.at += q[0].length;
    const kind = q[0][0];
    if (kind === '?') return new Set([...atom, '']);
    const optional = kind === '*' || q.groups?.['min'] === '0';
    const once = kind === '{' && q.groups?.['min'] === '1' && q.groups['max'] === undefined;
    const found = once ? atom : repeated(atom);
    return optional ? new Set([...found, '']) : found;
  }

  private atom(): Prefixes {
    const ch = this.src[this.at++]!;
    if (ch === '(') return this.group();
    if (ch === '[') return this.charClass();
    if (ch === '\\') return this.escape();
    if (ch === '^' || ch === '$') return EMPTY();
    if (ch === '.') return ANY_CHAR();
    return chars(ch);
  }

  private group(): Prefixes {
    const head = /^\?(?:<[=!]|[=!]|<\w+>|:)?/u.exec(this.src.slice(this.at))?.[0] ?? '';
    this.at += head.length;
    const inner = this.alternation();
    if (this.src[this.at] !== ')') return ANY_CHAR();
    this.at++;
    // lookarounds match no character: they narrow, and are left out (a wider set stays right)
    return /^\?<?[=!]$/u.test(head) ? EMPTY() : inner;
  }

  private charClass(): Prefixes {
    const close = this.classEnd();
    const body = this.src.slice(this.at, close);
    this.at = close + 1;
    if (body.startsWith('^') || body.includes('\\')) return ANY_CHAR();
    let members = '';
    for (let i = 0; i < body.length; i++) {
      if (body[i + 1] === '-' && i + 2 < body.length) {
        for (let c = body.charCodeAt(i); c <= body.charCodeAt(i + 2); c++) members += String.fromCharCode(c);
        i += 2;
      } else members += body[i]!;
    }
    return chars(members);
  }

  private classEnd(): number {
    for (let i = this.at; i < this.src.length; i++) {
      if (this.src[i] === '\\') i++;
      else if (this.src[i] === ']') return i;
    }
    return this.src.length;
  }

  private escape(): Prefixes {
    const ch = this.src[this.at++] ?? '';
    if (ch === 'b' || ch === 'B') return EMPTY();
    if (ch === 'd') return chars(DIGITS);
    if (ch === 'w') return chars(WORD);
    // \s, \p{…}, \u…, back references and the like: any character
    if (/[\p{L}\p{N}]/u.test(ch)) {
      if (this.src[this.at] === '{') this.at = this.src.indexOf('}', this.at) + 1 || this.src.length;
      return ANY_CHAR();
    }
    return chars(ch);
  }
}

/** One character out of `members`, as keys. */
function chars(members: string): Prefixes {
  const out: Prefixes = new Set();
  for (const ch of members) {
    const lower = ch.toLowerCase();
    out.add(lower.length === 1 ? lower : WILD);
  }
  return out;
}
