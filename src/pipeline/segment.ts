import type { Span } from '../model/extraction.js';

const segmenters = new Map<string, Intl.Segmenter>();

/** Sentence spans of `text`, with leading and trailing white space trimmed off each. */
export function segmentSentences(text: string, lang: string): Span[] {
  const locale = lang === 'und' ? 'en' : lang;
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  const spans: Span[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    let start = index;
    let end = index + segment.length;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}
