import type { Span } from '../model/extraction.js';
import { sentenceEnds } from './sentence-breaks.js';

const segmenters = new Map<string, Intl.Segmenter>();

// A letter, and what may come before the word a segment ends with ('(Dec.', '«обл.')
const LETTER = /^\p{L}$/u;
const BEFORE_WORD = /^[\s(«"“]$/u;
// An initial: one capital letter ('Paul J. Reyes', 'В. Зеленський')
const INITIAL = /^\p{Lu}$/u;

/**
 * Sentence spans of `text`, with leading and trailing white space trimmed off each.
 * `Intl.Segmenter` splits after every full stop it does not know; a boundary after an initial
 * ('Paul J. Reyes') or after one of the language's abbreviations ('Dec. 18', 'вул. Шевченка') is
 * undone, so that a date or a name is never cut in two.
 */
export function segmentSentences(text: string, lang: string, abbreviations?: ReadonlySet<string>): Span[] {
  if (oneSentence(text)) return trimmed(text, 0, text.length);
  const spans: Span[] = [];
  const add = (start: number, end: number): void => {
    const [span] = trimmed(text, start, end);
    if (!span) return;
    const last = spans[spans.length - 1];
    if (last && continues(text, last, abbreviations)) spans[spans.length - 1] = { start: last.start, end: span.end };
    else spans.push(span);
  };
  // (the boundaries `Intl.Segmenter` finds, found without it when the text's characters allow)
  const ends = sentenceEnds(text);
  if (ends) {
    let start = 0;
    for (const end of ends) {
      add(start, end);
      start = end;
    }
  } else for (const { segment, index } of segmenter(lang).segment(text)) add(index, index + segment.length);
  return spans;
}

// Speed: a sentence break (UAX #29, which Intl.Segmenter follows) comes only after a sentence
// terminator ('.', '!', '?', '。', ...; full stops are `STerm` or `ATerm`) or a paragraph
// separator. A text without them, or with them only in its closing run ('No casualties.',
// 'Kyiv attacked?!"'), is one sentence: most headlines and short texts skip the segmenter.
const BREAK = /[\p{Sentence_Terminal}\u2024\ufe52\uff0e\n\r\u0085\u2028\u2029]/u;
const CLOSING = /[.!?]+["'»”’)\]]*[ \t]*$/u;

function oneSentence(text: string): boolean {
  if (!BREAK.test(text)) return true;
  const closing = CLOSING.exec(text);
  return closing !== null && !BREAK.test(text.slice(0, closing.index));
}

/** The span of `text` from `start` to `end` with white space trimmed off, if anything is left. */
function trimmed(text: string, start: number, end: number): Span[] {
  while (start < end && space(text.charCodeAt(start))) start++;
  while (end > start && space(text.charCodeAt(end - 1))) end--;
  return end > start ? [{ start, end }] : [];
}

const SPACE = /\s/u;

/** `/\s/u` of one UTF-16 unit; ASCII without the regex (a test per character of every sentence). */
function space(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
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

/** Whether the sentence `span` of `text` was cut by a full stop that ends no sentence. */
function continues(text: string, span: Span, abbreviations: ReadonlySet<string> | undefined): boolean {
  const word = lastWord(text, span);
  if (!word) return false;
  if (INITIAL.test(word)) return true;
  return abbreviations?.has(`${word.toLowerCase()}.`) ?? false;
}

/**
 * The word (letters and full stops) that `span` ends with before its final full stop, after a
 * space, '(', '«' or a quote or at the start of the span: 'Dec.' → 'Dec', 'U.S.' → 'U.S';
 * '' when the span ends otherwise. Read backwards from the end: a regex anchored at the end
 * (`(?:^|[\s(«"“])(?<word>[\p{L}.]+)\.$`) is tried at every position of the sentence.
 */
function lastWord(text: string, { start, end }: Span): string {
  if (text.charCodeAt(end - 1) !== 0x2e) return '';
  let at = end - 1;
  while (at > start) {
    const code = text.charCodeAt(at - 1);
    const pair = code >= 0xdc00 && code <= 0xdfff && at - 2 >= start ? 2 : 1;
    if (code !== 0x2e && !LETTER.test(text.slice(at - pair, at))) break;
    at -= pair;
  }
  if (at === end - 1 || (at > start && !BEFORE_WORD.test(text[at - 1]!))) return '';
  return text.slice(at, end - 1);
}
