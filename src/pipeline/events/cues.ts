import type { Span } from '../../model/extraction.js';
import { prefixIndex } from '../prefix-scan.js';
import { cueIndex, scanCueWords, type CueIndex } from './cue-scan.js';
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

/** The entries of a lexicon ready for scanning, and the category (its index, in order) of each. */
interface Scanners {
  readonly entries: readonly LexiconEntry[];
  readonly index: CueIndex;
  readonly categoryOf: Int32Array;
  /** Per category, scratch for `mixedCategories` (one array for every text: see `CueIndex.from`). */
  readonly firstOf: Int32Array;
}

const scanners = new WeakMap<EventLexicon, Scanners>();

function scannersOf(lexicon: EventLexicon): Scanners {
  let found = scanners.get(lexicon);
  if (!found) {
    // entries in the order of their categories, and in file order inside one: an entry's
    // index orders cues as the categories do
    const entries = [...lexicon.byCategory.values()].flat();
    const categoryOf = new Int32Array(entries.length);
    let from = 0;
    let category = 0;
    for (const list of lexicon.byCategory.values()) {
      categoryOf.fill(category++, from, (from += list.length));
    }
    found = { entries, index: cueIndex(prefixIndex(entries.map((e) => e.pattern))), categoryOf, firstOf: new Int32Array(category) };
    scanners.set(lexicon, found);
  }
  return found;
}

/**
 * Each entry's matches that start a word (`scanCueWords`, cue-scan.ts), in the order of their
 * starts, the longer first, then by category. Where two entries of one category match, the
 * overlaps go to the longest (`overlapped`).
 */
function scanCues(norm: string, lexicon: EventLexicon): Cue[] {
  const { entries, index, categoryOf, firstOf } = scannersOf(lexicon);
  const cues: Cue[] = [];
  // the entry of each cue
  const ofEntry: number[] = [];
  scanCueWords(norm, index, (e, start, end) => {
    const entry = entries[e]!;
    cues.push({ category: entry.category, key: entry.key, rule: entry.rule, start, end });
    ofEntry.push(e);
  });
  inOrder(cues, ofEntry);
  const mixed = mixedCategories(ofEntry, categoryOf, firstOf);
  if (!mixed.length) return cues;
  const dropped = new Set<Cue>();
  for (const category of mixed) {
    const among: number[] = [];
    for (let i = 0; i < cues.length; i++) if (categoryOf[ofEntry[i]!] === category) among.push(i);
    for (const i of overlapped(cues, ofEntry, among)) dropped.add(cues[i]!);
  }
  return cues.filter((c) => !dropped.has(c));
}

/**
 * Sorts the cues (and their entries alongside) by start, the longer first, then by entry: one
 * entry's matches never overlap, so no two cues of a category share a span, and the entry
 * orders cues of the same span by category. The scan reports them by start already: only the
 * cues of one start move, so an insertion sort.
 */
function inOrder(cues: Cue[], ofEntry: number[]): void {
  for (let i = 1; i < cues.length; i++) {
    const c = cues[i]!;
    const e = ofEntry[i]!;
    let j = i - 1;
    for (; j >= 0; j--) {
      const d = cues[j]!;
      if (d.start < c.start || (d.start === c.start && (d.end > c.end || (d.end === c.end && ofEntry[j]! < e)))) break;
      cues[j + 1] = d;
      ofEntry[j + 1] = ofEntry[j]!;
    }
    cues[j + 1] = c;
    ofEntry[j + 1] = e;
  }
}

/** The categories in which more than one entry matched (`first`: an array of one slot per category, overwritten). */
function mixedCategories(ofEntry: readonly number[], categoryOf: Int32Array, first: Int32Array): number[] {
  first.fill(-1);
  const mixed: number[] = [];
  for (const e of ofEntry) {
    const c = categoryOf[e]!;
    if (first[c] === -1) first[c] = e;
    else if (first[c] !== e && first[c] !== -2) {
      first[c] = -2;
      mixed.push(c);
    }
  }
  return mixed;
}

/**
 * The cues among `all` (one category's, in the order of their starts) that overlap a longer one, or one as long that
 * starts earlier, or the same span of an earlier entry: "drone d'attacco" over "drone".
 */
function overlapped(cues: readonly Cue[], ofEntry: readonly number[], all: readonly number[]): number[] {
  const length = (i: number): number => cues[i]!.end - cues[i]!.start;
  // (a cue that overlaps none of the others is kept whatever the order: only the others are ranked)
  const among = overlapping(cues, all);
  among.sort((a, b) => length(b) - length(a) || cues[a]!.start - cues[b]!.start || ofEntry[a]! - ofEntry[b]!);
  const kept: Cue[] = [];
  const dropped: number[] = [];
  for (const i of among) {
    const c = cues[i]!;
    if (kept.some((k) => k.start < c.end && c.start < k.end)) dropped.push(i);
    else kept.push(c);
  }
  return dropped;
}

const NO_CUES: readonly Cue[] = Object.freeze([]);

/**
 * The cues of one category among `cues`, in their order. Speed: a sentence's frame asks its cues
 * for some thirty categories (casualty words, people nouns, auxiliaries, articles, ...), one after
 * the other: the cues of the array asked last are kept grouped by category, so that each question
 * is a look-up instead of a filter over all of them. (Only the last array: a WeakMap of every
 * sentence's cues cost more in garbage collection than it saved.) The array must not change.
 */
export function ofCategory(cues: readonly Cue[], category: string): readonly Cue[] {
  if (!cues.length) return NO_CUES;
  if (cues !== lastGrouped) {
    // (all of a text's cues are asked for a few categories, once: filtered, not grouped)
    if (cues.length > GROUPED_MAX) return cues.filter((c) => c.category === category);
    [lastGrouped, lastGroups] = [cues, grouped(cues)];
  }
  return lastGroups.get(category) ?? NO_CUES;
}

/** More cues than a sentence has (~13 on average, 60 in a long one): a whole text's. */
const GROUPED_MAX = 100;

let lastGrouped: readonly Cue[] = NO_CUES;
let lastGroups: ReadonlyMap<string, readonly Cue[]> = new Map();

function grouped(cues: readonly Cue[]): Map<string, Cue[]> {
  const byCategory = new Map<string, Cue[]>();
  for (const c of cues) {
    const list = byCategory.get(c.category);
    if (list) list.push(c);
    else byCategory.set(c.category, [c]);
  }
  return byCategory;
}

/**
 * The cues of `among` (in the order of their starts) that overlap another of them: the runs of
 * two or more cues that overlap one another, found by one sweep. Cues of different runs never
 * overlap, so `overlapped` keeps and drops the same cues of a run with or without the others.
 */
export function overlapping(cues: readonly Cue[], among: readonly number[]): number[] {
  const out: number[] = [];
  let run: number[] = [];
  let end = -1;
  for (const i of among) {
    const c = cues[i]!;
    if (c.start >= end) {
      if (run.length > 1) out.push(...run);
      run = [];
    }
    run.push(i);
    end = Math.max(end, c.end);
  }
  if (run.length > 1) out.push(...run);
  return out;
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
