import type { Span } from '../../model/extraction.js';
import type { EventLexicon } from './lexicon.js';

/** One lexicon phrase found in the text: `[start, end)` of the original text. */
export interface Cue extends Span {
  readonly category: string;
  readonly key: string;
  readonly rule: string;
}

/**
 * Every lexicon phrase of `norm` (the normalized, same-length copy of the text). Within one
 * category overlapping matches are resolved to the longest ("drone d'attacco" over "drone");
 * different categories may overlap ("vittime" is both a toll noun and a casualty noun).
 */
export function findCues(norm: string, lexicon: EventLexicon): readonly Cue[] {
  // The events and the statements stages both read the cues of the same document, one after the
  // other: the last answer is kept, so that the hundred-odd patterns run over a text once.
  if (last && last.norm === norm && last.lexicon === lexicon) return last.cues;
  const cues = scanCues(norm, lexicon);
  last = { norm, lexicon, cues };
  return cues;
}

let last: { readonly norm: string; readonly lexicon: EventLexicon; readonly cues: readonly Cue[] } | undefined;

function scanCues(norm: string, lexicon: EventLexicon): Cue[] {
  const out: Cue[] = [];
  for (const [category, entries] of lexicon.byCategory) {
    const found: Cue[] = [];
    for (const entry of entries) {
      const pattern = entry.pattern;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(norm); m; m = pattern.exec(norm)) {
        // a match that does not start a word is retried one character later ("4-year-old")
        if (!m[0] || !startsWord(norm, m.index)) {
          pattern.lastIndex = m.index + 1;
          continue;
        }
        found.push({ category, key: entry.key, rule: entry.rule, start: m.index, end: m.index + m[0].length });
      }
    }
    out.push(...longestFirst(found));
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A match starts a word: no letter or digit before it, or a capital glued to a lower-case letter ("neighborhoodA man"). */
function startsWord(norm: string, at: number): boolean {
  const before = norm[at - 1];
  if (before === undefined || !/[\p{L}\p{N}]/u.test(before)) return true;
  return /\p{Ll}/u.test(before) && /\p{Lu}/u.test(norm[at]!);
}

function longestFirst(cues: Cue[]): Cue[] {
  const sorted = [...cues].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Cue[] = [];
  for (const c of sorted) {
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept;
}

/** Cues of one category (and key, when given) inside a span. */
export function cuesIn(cues: readonly Cue[], span: Span, category: string, key?: string): Cue[] {
  return cues.filter(
    (c) => c.category === category && c.start >= span.start && c.end <= span.end && (key === undefined || c.key === key),
  );
}

/** The part of a key before ':' ("RU:Military Forces of Russia" → "RU"). */
export function keyCode(key: string): string {
  const i = key.indexOf(':');
  return i < 0 ? key : key.slice(0, i);
}

/** The part of a key after ':' ("RU:Military Forces of Russia" → "Military Forces of Russia"). */
export function keyLabel(key: string): string {
  const i = key.indexOf(':');
  return i < 0 ? key : key.slice(i + 1);
}
