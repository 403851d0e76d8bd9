/**
 * Tokens of the normalized text for the number grammar: runs of ASCII digits, words (letters and
 * combining marks; with `apostropheInWord`, 'п'ять' stays one word) and single punctuation marks.
 * White space only separates; each token remembers the gap before it, so the grammar can require
 * that parts of a number are on one line and only spaces apart.
 */
export type TokenKind = 'digits' | 'word' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** The normalized text, as written. */
  readonly text: string;
  /** Lower case, for lexicon look-ups. */
  readonly lower: string;
  /** The characters between the previous token and this one ('' when glued). */
  readonly gap: string;
}

// One sticky scan per token (white space, digits or a word), rather than one regex per class:
// the classes are told apart by their first character, so the order of the alternatives is free.
// Groups by number, not by name: named groups cost an object per token. 1 space, 2 digits, 3 word.
const PLAIN = /(\s+)|([0-9]+)|([\p{L}\p{M}]+)/uy;
const APOSTROPHE = /(\s+)|([0-9]+)|([\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*)/uy;

export function tokenize(norm: string, apostropheInWord: boolean): Token[] {
  const tokens: Token[] = [];
  const scan = apostropheInWord ? APOSTROPHE : PLAIN;
  let at = 0;
  let gapStart = 0;
  while (at < norm.length) {
    scan.lastIndex = at;
    const m = scan.exec(norm);
    if (m?.[1] !== undefined) {
      at += m[0].length;
      continue;
    }
    const digits = m?.[2];
    const letters = m?.[3];
    const kind: TokenKind = digits ? 'digits' : letters ? 'word' : 'punct';
    // a punctuation token is one UTF-16 unit, as the spans are
    const text = digits ?? letters ?? norm[at]!;
    const lower = digits ?? text.toLowerCase();
    tokens.push({ kind, start: at, end: at + text.length, text, lower, gap: norm.slice(gapStart, at) });
    at += text.length;
    gapStart = at;
  }
  return tokens;
}

/** True when `token` follows the previous one on the same line, separated by spaces only. */
export function spaced(token: Token | undefined): boolean {
  return token !== undefined && token.gap.length > 0 && /^[ \t]+$/u.test(token.gap);
}

/** True when `token` follows the previous one with no gap, or with spaces on the same line. */
export function near(token: Token | undefined): boolean {
  return token !== undefined && (token.gap === '' || /^[ \t]+$/u.test(token.gap));
}

/** True when the words of `phrase` are the tokens from `index` on (each `near` the previous). */
export function matchPhrase(tokens: readonly Token[], index: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const token = tokens[index + k];
    if (!token || token.lower !== phrase[k]) return false;
    if (k > 0 && !near(token)) return false;
  }
  return phrase.length > 0;
}
