/**
 * Tokens of the normalized text for the number grammar: runs of ASCII digits, words (letters and
 * combining marks; with `apostropheInWord`, 'п'ять' stays one word) and single punctuation marks.
 * White space only separates; each token remembers the gap before it, so the grammar can require
 * that parts of a number are on one line and only spaces apart.
 */
export type TokenKind = 'digits' | 'word' | 'punct';

/**
 * A token of the normalized text. Speed: `text`, `lower` and `gap` are sliced from the text
 * only when first asked for: the grammar looks at few of a text's tokens beyond their kind and
 * where they are, and slicing and lower-casing every word was half the tokenizer's time.
 */
export class Token {
  #text: string | undefined;
  #lower: string | undefined;

  constructor(
    private readonly norm: string,
    readonly kind: TokenKind,
    readonly start: number,
    readonly end: number,
    private readonly gapStart: number,
    /** The gap before the token is empty or only spaces and tabs: the token is on the previous one's line. */
    readonly inline: boolean,
  ) {}

  /** The normalized text, as written. */
  get text(): string {
    return (this.#text ??= this.norm.slice(this.start, this.end));
  }

  /** Lower case, for lexicon look-ups. */
  get lower(): string {
    return (this.#lower ??= this.kind === 'word' ? this.text.toLowerCase() : this.text);
  }

  /** The characters between the previous token and this one ('' when glued). */
  get gap(): string {
    return this.norm.slice(this.gapStart, this.start);
  }
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
  let inline = true;
  while (at < norm.length) {
    const code = norm.charCodeAt(at);
    if (isSpace(code)) {
      if (code !== 32 && code !== 9) inline = false;
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
    tokens.push(new Token(norm, kind, at, end, gapStart, inline));
    at = end;
    gapStart = at;
    inline = true;
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
  return token !== undefined && token.inline && token.gap !== '';
}

/** True when `token` follows the previous one with no gap, or with spaces on the same line. */
export function near(token: Token | undefined): boolean {
  return token !== undefined && token.inline;
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
