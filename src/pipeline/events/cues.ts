import type { Span } from '../../model/extraction.js';
import { prefixIndex, scanAll, type PrefixIndex } from '../prefix-scan.js';
import type { EventLexicon, LexiconEntry } from './lexicon.js';

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

/** The entries of a lexicon ready for scanning, and the entry index ranges of its categories. */
interface Scanners {
  readonly entries: readonly LexiconEntry[];
  readonly index: PrefixIndex;
  readonly categories: readonly (readonly [number, number])[];
}

const scanners = new WeakMap<EventLexicon, Scanners>();

function scannersOf(lexicon: EventLexicon): Scanners {
  let found = scanners.get(lexicon);
  if (!found) {
    const entries = [...lexicon.byCategory.values()].flat();
    const categories: [number, number][] = [];
    let from = 0;
    for (const list of lexicon.byCategory.values()) categories.push([from, (from += list.length)]);
    found = { entries, index: prefixIndex(entries.map((e) => e.pattern)), categories };
    scanners.set(lexicon, found);
  }
  return found;
}

/** Each entry's matches that start a word, found by `scanAll` (prefix-scan.ts). */
function scanCues(norm: string, lexicon: EventLexicon): Cue[] {
  const { entries, index, categories } = scannersOf(lexicon);
  const found: Cue[][] = [];
  scanAll(norm, index, (at) => startsWord(norm, at), (e, m) => {
    const entry = entries[e]!;
    (found[e] ??= []).push({ category: entry.category, key: entry.key, rule: entry.rule, start: m.index, end: m.index + m[0].length });
  });
  const out: Cue[] = [];
  for (const [first, last] of categories) {
    let inCategory: Cue[] | undefined;
    let entriesFound = 0;
    for (let e = first; e < last; e++) {
      if (!found[e]) continue;
      entriesFound++;
      (inCategory ??= []).push(...found[e]!);
    }
    // one entry's matches never overlap (each scan goes on after the last match): all are kept,
    // and their order inside the category is lost to the sort below
    if (inCategory) out.push(...(entriesFound === 1 ? inCategory : longestFirst(inCategory)));
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A match starts a word: no letter or digit before it, or a capital glued to a lower-case letter ("neighborhoodA man"). */
function startsWord(norm: string, at: number): boolean {
  if (at === 0) return true;
  const before = norm.charCodeAt(at - 1);
  if (before < 0x80) {
    if (!((before >= 48 && before <= 57) || ((before | 32) >= 97 && (before | 32) <= 122))) return true;
    return before >= 97 && before <= 122 && upper(norm, at);
  }
  if (!WORD_CHAR.test(norm[at - 1]!)) return true;
  return LOWER.test(norm[at - 1]!) && upper(norm, at);
}

/** The character at `at` is a capital: told by its code inside ASCII (most of the text, and most letters after a lower-case one). */
function upper(norm: string, at: number): boolean {
  const code = norm.charCodeAt(at);
  return code < 0x80 ? code >= 65 && code <= 90 : UPPER.test(norm[at]!);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

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
