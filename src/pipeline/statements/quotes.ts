import type { TextSpan } from '../../model/extraction.js';

/** Opening mark → closing marks, for every quote style we meet in the news. */
const PAIRS: Readonly<Record<string, string>> = {
  '\u201c': '\u201d', // “…” (Italian, English)
  '\u00ab': '\u00bb', // «…» (Ukrainian, Russian, Italian)
  '\u201e': '\u201c\u201d', // „…“ (Ukrainian, Russian inner quotes)
  '"': '"', // "…"
};

/** Any opening mark of `PAIRS` (global: searched from an index). */
const OPENING = new RegExp(`[${Object.keys(PAIRS).join('')}]`, 'gu');

/** Longest quote we accept: longer runs are an unbalanced mark, not a quote. */
const MAX_QUOTE = 1500;

/**
 * The quotations of a text: the span inside each pair of quote marks, without the marks.
 * Quotes inside quotes belong to the outer one.
 */
export function findQuotes(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let i = 0;
  while (i < text.length) {
    // the next opening mark, found by one native search instead of a look-up per character
    OPENING.lastIndex = i;
    const next = OPENING.exec(text);
    if (!next) break;
    i = next.index;
    const closers = PAIRS[text[i]!]!;
    const end = closingMark(text, i + 1, closers);
    if (end < 0) {
      i++;
      continue;
    }
    const start = i + 1;
    const inner = text.slice(start, end);
    if (isQuotation(inner)) out.push({ start, end, text: inner });
    i = end + 1;
  }
  return out;
}

/** Fewest words of a quotation: shorter runs between quote marks are names or scare quotes. */
const MIN_WORDS = 3;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * True when the words between two quote marks are something someone said, not a name in quote
 * marks («Шахед», «Укренерго», the "Azov" regiment) or a scare quote (fled Kyiv in "coup").
 */
function isQuotation(inner: string): boolean {
  let words = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(inner) && ++words < MIN_WORDS);
  return words >= MIN_WORDS;
}

function closingMark(text: string, from: number, closers: string): number {
  const limit = Math.min(text.length, from + MAX_QUOTE);
  for (let j = from; j < limit; j++) {
    if (closers.includes(text[j]!)) return j;
    if (text[j] === '\n' && text[j + 1] === '\n') return -1;
  }
  return -1;
}
