/**
 * Helpers for the number tests: run a language's `quantities` on a sentence (fixed publication
 * date) and compare quantities in a compact shape whose span is computed from the phrase, so each
 * expectation states the text, where it is, its value, qualifier and bounds.
 */
import type { Qualifier, Quantity } from '../../src/model/extraction.js';
import type { QuantityRecognizer } from '../../src/lang/types.js';
import { docOf } from './times-helpers.js';

export interface Expected {
  start: number;
  end: number;
  text: string;
  value: number;
  qualifier: Qualifier;
  min?: number;
  max?: number;
}

/** Quantities of `text` in the compact shape, after checking that each span covers its text. */
export function quantitiesOf(recognize: QuantityRecognizer, lang: string, text: string): Expected[] {
  const found: readonly Quantity[] = recognize(docOf(text, '2026-01-04', lang));
  return found.map((q) => {
    if (text.slice(q.start, q.end) !== q.text) throw new Error(`span [${q.start}, ${q.end}) does not cover "${q.text}"`);
    if (q.source !== 'stated' || !q.rule.startsWith(`${lang}/numbers/`)) throw new Error(`bad provenance ${q.rule}`);
    return {
      start: q.start, end: q.end, text: q.text, value: q.value, qualifier: q.qualifier,
      ...(q.min !== undefined ? { min: q.min } : {}),
      ...(q.max !== undefined ? { max: q.max } : {}),
    };
  });
}

/**
 * The expected quantity for `phrase` in `text` (its `nth` occurrence, from 0).
 * `q(text, 'oltre 1.070', 1070, 'more_than', { min: 1070 })`
 */
export function q(
  text: string, phrase: string, value: number, qualifier: Qualifier = 'exact',
  bounds: { min?: number; max?: number } = {}, nth = 0,
): Expected {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`'${phrase}' is not in '${text}'`);
  return { start, end: start + phrase.length, text: phrase, value, qualifier, ...bounds };
}
