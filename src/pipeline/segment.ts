import type { Span } from '../model/extraction.js';

const segmenters = new Map<string, Intl.Segmenter>();

// The word a segment ends with when it ends in a full stop: 'Dec.', 'J.', 'U.S.', 'обл.'
const LAST_WORD = /(?:^|[\s(«"“])(?<word>[\p{L}.]+)\.$/u;
// An initial: one capital letter ('Paul J. Reyes', 'В. Зеленський')
const INITIAL = /^\p{Lu}$/u;

/**
 * Sentence spans of `text`, with leading and trailing white space trimmed off each.
 * `Intl.Segmenter` splits after every full stop it does not know; a boundary after an initial
 * ('Paul J. Reyes') or after one of the language's abbreviations ('Dec. 18', 'вул. Шевченка') is
 * undone, so that a date or a name is never cut in two.
 */
export function segmentSentences(text: string, lang: string, abbreviations?: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  for (const { segment, index } of segmenter(lang).segment(text)) {
    let start = index;
    let end = index + segment.length;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end <= start) continue;
    const last = spans[spans.length - 1];
    if (last && continues(text.slice(last.start, last.end), abbreviations)) spans[spans.length - 1] = { start: last.start, end };
    else spans.push({ start, end });
  }
  return spans;
}

function segmenter(lang: string): Intl.Segmenter {
  const locale = lang === 'und' ? 'en' : lang;
  let found = segmenters.get(locale);
  if (!found) {
    found = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, found);
  }
  return found;
}

/** Whether a sentence that ends like `previous` was cut by a full stop that ends no sentence. */
function continues(previous: string, abbreviations: ReadonlySet<string> | undefined): boolean {
  const word = LAST_WORD.exec(previous)?.groups?.word;
  if (!word) return false;
  if (INITIAL.test(word)) return true;
  return abbreviations?.has(`${word.toLowerCase()}.`) ?? false;
}
