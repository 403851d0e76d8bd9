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
    const unit = unitAt(norm, at);
    if (unit === SPACE || unit === BREAK) {
      if (unit === BREAK) inline = false;
      at++;
      continue;
    }
    let end = at + 1;
    let kind: TokenKind = 'punct';
    if (unit === DIGIT) {
      kind = 'digits';
      while (end < norm.length && unitAt(norm, end) === DIGIT) end++;
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

// What each UTF-16 unit is to the tokenizer, from one table of the BMP filled in as units are
// first met (a test per character by comparisons and a regex was most of the tokenizer's time).
/** Space or tab: separates tokens on one line. */
const SPACE = 1;
/** Other white space (`\s` of a regex): separates, and the next token is on another line. */
const BREAK = 2;
const DIGIT = 3;
/** A letter or a combining mark. */
const LETTER = 4;
/** The first half of a surrogate pair: a letter or not by the pair (`letterAt`). */
const HIGH_SURROGATE = 5;
const OTHER = 6;
const units = new Uint8Array(0x10000);

function unitAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return units[code] || (units[code] = unitClass(code));
}

const LETTER_RE = /^[\p{L}\p{M}]$/u;

function unitClass(code: number): number {
  if (isSpace(code)) return code === 32 || code === 9 ? SPACE : BREAK;
  if (code >= 48 && code <= 57) return DIGIT;
  if (code >= 0xd800 && code <= 0xdbff) return HIGH_SURROGATE;
  return LETTER_RE.test(String.fromCharCode(code)) ? LETTER : OTHER;
}

/** `\s` of a regex: ASCII white space, and the Unicode spaces and separators. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028
    || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The length (1, or 2 for a surrogate pair) of the letter or mark at `at`, 0 when there is none. */
function letterAt(text: string, at: number): number {
  if (at >= text.length) return 0;
  const unit = unitAt(text, at);
  if (unit === LETTER) return 1;
  return unit === HIGH_SURROGATE && LETTER_RE.test(text.slice(at, at + 2)) ? 2 : 0;
}

/** The end of the run of letters and marks from `at`. */
function lettersEnd(text: string, at: number): number {
  let end = at;
  // (letters of the BMP by the table alone: a call per character was a third of tokenizing)
  while (end < text.length && unitAt(text, end) === LETTER) end++;
  for (let n = letterAt(text, end); n > 0; n = letterAt(text, end)) {
    end += n;
    while (end < text.length && unitAt(text, end) === LETTER) end++;
  }
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
