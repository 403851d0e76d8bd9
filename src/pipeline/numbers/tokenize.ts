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

const WORD_PLAIN = /[\p{L}\p{M}]+/uy;
const WORD_APOSTROPHE = /[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*/uy;
const DIGITS = /[0-9]+/y;
const SPACE = /\s+/uy;

function sticky(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  return re.exec(text)?.[0];
}

export function tokenize(norm: string, apostropheInWord: boolean): Token[] {
  const tokens: Token[] = [];
  const word = apostropheInWord ? WORD_APOSTROPHE : WORD_PLAIN;
  let at = 0;
  let gapStart = 0;
  while (at < norm.length) {
    const space = sticky(SPACE, norm, at);
    if (space) {
      at += space.length;
      continue;
    }
    const digits = sticky(DIGITS, norm, at);
    const letters = digits ? undefined : sticky(word, norm, at);
    const kind: TokenKind = digits ? 'digits' : letters ? 'word' : 'punct';
    const text = digits ?? letters ?? norm[at]!;
    tokens.push({ kind, start: at, end: at + text.length, text, lower: text.toLowerCase(), gap: norm.slice(gapStart, at) });
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
