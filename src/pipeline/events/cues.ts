import type { Span } from '../../model/extraction.js';
import { WILD, codeKey, regexPrefixes } from '../regex-prefixes.js';
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

/** The entries of a lexicon ready for scanning: sticky patterns, indexed by how they begin. */
interface Scanners {
  readonly entries: readonly LexiconEntry[];
  readonly sticky: readonly RegExp[];
  /** Entries to try where the text begins with these two keys (`pairCode` of `codeKey`s)… */
  readonly byPair: ReadonlyMap<number, readonly number[]>;
  /** …with this key and another (or no) character… */
  readonly byFirst: ReadonlyMap<number, readonly number[]>;
  /** …with this key and a character of unknown key; else `anywhere`. */
  readonly byFirstAll: ReadonlyMap<number, readonly number[]>;
  readonly anywhere: readonly number[];
  readonly everything: readonly number[];
  /** Entry index ranges of the categories, in lexicon order. */
  readonly categories: readonly (readonly [number, number])[];
}

const pairCode = (first: number, second: number): number => first * 0x10000 + second;

const scanners = new WeakMap<EventLexicon, Scanners>();

function scannersOf(lexicon: EventLexicon): Scanners {
  const known = scanners.get(lexicon);
  if (known) return known;
  const entries = [...lexicon.byCategory.values()].flat();
  const pairs = new Map<number, Set<number>>();
  const firsts = new Map<number, Set<number>>();
  const all = new Map<number, Set<number>>();
  const anywhere = new Set<number>();
  const add = (map: Map<number, Set<number>>, key: number, e: number): void => {
    map.set(key, (map.get(key) ?? new Set()).add(e));
  };
  entries.forEach((entry, e) => {
    for (const p of regexPrefixes(entry.pattern.source) ?? [WILD]) {
      // '' is an empty match, never a cue; 'a' a whole one-letter match ("a", "i")
      if (p === '') continue;
      const first = p.charCodeAt(0);
      if (p[0] === WILD) anywhere.add(e);
      else if (p.length === 1 || p[1] === WILD) add(firsts, first, e);
      else add(pairs, pairCode(first, p.charCodeAt(1)), e);
      if (p[0] !== WILD) add(all, first, e);
    }
  });
  const merged = (...sets: (Set<number> | undefined)[]): number[] =>
    [...new Set(sets.flatMap((s) => [...(s ?? [])]))].sort((a, b) => a - b);
  const categories: [number, number][] = [];
  let from = 0;
  for (const list of lexicon.byCategory.values()) categories.push([from, (from += list.length)]);
  const built: Scanners = {
    entries,
    sticky: entries.map((e) => new RegExp(e.pattern.source, e.pattern.flags.replace('g', 'y'))),
    byPair: new Map([...pairs].map(([k, s]) => [k, merged(s, firsts.get(Math.floor(k / 0x10000)), anywhere)])),
    byFirst: new Map([...all.keys()].map((k) => [k, merged(firsts.get(k), anywhere)])),
    byFirstAll: new Map([...all].map(([k, s]) => [k, merged(s, anywhere)])),
    anywhere: merged(anywhere),
    everything: entries.map((_, e) => e),
    categories,
  };
  scanners.set(lexicon, built);
  return built;
}

/** The entries that may match at `at`, by the keys of its first two characters. */
function candidatesAt(norm: string, at: number, s: Scanners): readonly number[] {
  const first = codeKey(norm.charCodeAt(at));
  if (first < 0) return s.everything;
  if (at + 1 >= norm.length) return s.byFirst.get(first) ?? s.anywhere;
  const second = codeKey(norm.charCodeAt(at + 1));
  if (second < 0) return s.byFirstAll.get(first) ?? s.anywhere;
  return s.byPair.get(pairCode(first, second)) ?? s.byFirst.get(first) ?? s.anywhere;
}

/**
 * The same matches as running each entry's global pattern over the whole text and keeping
 * those that start a word, found by trying the patterns (sticky) only at the word starts that
 * begin the way they can.
 */
function scanCues(norm: string, lexicon: EventLexicon): Cue[] {
  const s = scannersOf(lexicon);
  const found: Cue[][] = [];
  // where each entry may match again: after its previous match, as a global scan goes on
  const from = new Int32Array(s.entries.length);
  for (let at = 0; at < norm.length; at++) {
    if (!startsWord(norm, at)) continue;
    for (const e of candidatesAt(norm, at, s)) {
      if (at < from[e]!) continue;
      const pattern = s.sticky[e]!;
      pattern.lastIndex = at;
      // (a sticky test leaves lastIndex at the end of the match, and makes no match array)
      if (!pattern.test(norm) || pattern.lastIndex === at) continue;
      const entry = s.entries[e]!;
      (found[e] ??= []).push({ category: entry.category, key: entry.key, rule: entry.rule, start: at, end: pattern.lastIndex });
      from[e] = pattern.lastIndex;
    }
  }
  const out: Cue[] = [];
  for (const [first, last] of s.categories) {
    const inCategory = found.slice(first, last).flatMap((list) => list ?? []);
    if (inCategory.length) out.push(...longestFirst(inCategory));
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A match may start here: no letter or digit before it, or a capital glued to a lower-case
 * letter ("neighborhoodA man"); never inside a surrogate pair, which a global scan steps over.
 */
function startsWord(norm: string, at: number): boolean {
  if (at === 0) return true;
  const before = norm.charCodeAt(at - 1);
  if (before < 0x80) {
    if (!((before >= 48 && before <= 57) || ((before | 32) >= 97 && (before | 32) <= 122))) return true;
    return before >= 97 && before <= 122 && UPPER.test(norm[at]!);
  }
  if (before >= 0xd800 && before <= 0xdbff) return !isLowSurrogate(norm.charCodeAt(at));
  if (!WORD_CHAR.test(norm[at - 1]!)) return true;
  return LOWER.test(norm[at - 1]!) && UPPER.test(norm[at]!);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
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
