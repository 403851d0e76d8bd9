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

/**
 * Tokens by the class of each character (white space, ASCII digit, letter or combining mark),
 * read by code rather than by a regex per token: the quantities stage tokenizes every text.
 * With `apostropheInWord`, "'" between letters joins them ('п'ять').
 */
export function tokenize(norm: string, apostropheInWord: boolean): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  let gapStart = 0;
  while (at < norm.length) {
    const code = norm.charCodeAt(at);
    if (isSpace(code)) {
      at++;
      continue;
    }
    let end = at + 1;
    let kind: TokenKind = 'punct';
    if (code >= 48 && code <= 57) {
      kind = 'digits';
      while (end < norm.length && isDigit(norm.charCodeAt(end))) end++;
    } else if (letterAt(norm, at) > 0) {
      kind = 'word';
      end = lettersEnd(norm, at);
      // 'п'ять': an apostrophe followed by a letter goes on the word
      while (apostropheInWord && norm.charCodeAt(end) === 39 && letterAt(norm, end + 1) > 0) end = lettersEnd(norm, end + 1);
    }
    // a punctuation token is one UTF-16 unit, as the spans are
    const text = norm.slice(at, end);
    tokens.push({ kind, start: at, end, text, lower: kind === 'digits' ? text : text.toLowerCase(), gap: norm.slice(gapStart, at) });
    at = end;
    gapStart = at;
  }
  return tokens;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** `\s` of a regex: ASCII white space, and the Unicode spaces and separators. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028
    || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const LETTER = /^[\p{L}\p{M}]$/u;
/** Per UTF-16 unit of the BMP: 1 letter or mark, 2 not, 0 not looked at yet. */
const letters = new Uint8Array(0x10000);

/** The length (1, or 2 for a surrogate pair) of the letter or mark at `at`, 0 when there is none. */
function letterAt(text: string, at: number): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code | 32) >= 97 && (code | 32) <= 122 ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) return LETTER.test(text.slice(at, at + 2)) ? 2 : 0;
  if (letters[code] === 0) letters[code] = LETTER.test(text[at]!) ? 1 : 2;
  return letters[code] === 1 ? 1 : 0;
}

/** The end of the run of letters and marks from `at`. */
function lettersEnd(text: string, at: number): number {
  let end = at;
  for (let n = letterAt(text, end); n > 0; n = letterAt(text, end)) end += n;
  return end;
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
