/**
 * What the names next to a candidate say about it across a comma or a few cue words: "Alvin,
 * Texas" (the town lies in the region after it), "Athens, Georgia" (the region holds the town
 * before it), "the English city of Salisbury" (the adjective's country).
 */
import type { Gazetteer, Posting } from './gazetteer.js';
import type { PlacesLexicon } from './lexicon.js';
import { BIG_KINDS } from './persons.js';
import type { Candidate } from './recognize.js';
import type { Token } from './tokens.js';

/** Words that join the last two items of a list: "X, Y and Z". */
const LIST_WORDS = new Set(['and', 'or', 'e', 'o', 'и', 'или', 'і', 'й', 'та', 'або']);

/** A candidate with what its neighbours across a comma say about it (`container`, `contains`). */
export type Placed = Candidate;

/**
 * "Alvin, Texas", "London, Ont.", "Paris, France": a place followed by a comma and a region or
 * country lies in it; and the region after the comma is the one that holds such a town
 * ("Atlanta, Georgia" is the US state, not the country).
 */
export function withContainers(candidates: readonly Candidate[], tokens: readonly Token[], gaz: Gazetteer): readonly Placed[] {
  // (a name alone has no neighbour: most short texts)
  if (candidates.length < 2) return candidates;
  const comma = (a: Candidate | undefined, b: Candidate | undefined): boolean =>
    !!a && !!b && tokens[b.first]!.gapBefore === ', ' && b.first === a.last + 1;
  // "stops in Washington, New York and Boston", "Boston, Washington, New York": a list of
  // places, none inside the next ("Cordova, Tennessee, Richmond, Virginia" is a list of pairs).
  const region = (c: Candidate): boolean => c.postings.some((p) => p.primary && BIG_KINDS.has(gaz.featureOf(p.entry)));
  const listed = (i: number): boolean => {
    const [before, a, b, after] = [candidates[i - 1], candidates[i], candidates[i + 1], candidates[i + 2]];
    const joined = !!b && !!after && after.first === b.last + 2 && LIST_WORDS.has(tokens[b.last + 1]!.key);
    return joined || (comma(before, a) && !region(before!));
  };
  const adjacent = (i: number): boolean => comma(candidates[i], candidates[i + 1]) && !listed(i);
  return candidates.map((c, i) => {
    const next = adjacent(i) ? candidates[i + 1] : undefined;
    const prev = adjacent(i - 1) ? candidates[i - 1] : undefined;
    // (most names stand alone: nothing to add)
    if (!next && !prev) return c;
    const container = new Set<string>();
    for (const p of next?.postings ?? []) {
      const feature = gaz.featureOf(p.entry);
      if (feature === 'A.PCLI') container.add(gaz.countryOf(p.entry));
      if (feature === 'A.ADM1') container.add(`r${gaz.regionIndexOf(p.entry)}`);
    }
    const contains = new Set<string>();
    for (const p of prev?.postings ?? []) {
      if (gaz.featureOf(p.entry).startsWith('P.')) contains.add(`r${gaz.regionIndexOf(p.entry)}`);
    }
    // (the fields are there, undefined: the candidate keeps its shape)
    return { ...c, container: container.size ? container : undefined, contains: contains.size ? contains : undefined };
  });
}

/**
 * "the English city of Salisbury", "the Russian port of Novorossiysk": a capitalized country or
 * nation adjective, then only cue words, then the name: the name lies in that country.
 */
export function withAdjectiveHints(candidates: readonly Placed[], tokens: readonly Token[], gaz: Gazetteer, lex: PlacesLexicon): readonly Placed[] {
  if (candidates.length < 2) return candidates;
  return candidates.map((c, i) => {
    const prev = candidates[i - 1];
    const adjective = prev?.postings.find((p) => p.adjective);
    if (c.countryHint || !prev || !adjective || c.first - prev.last > 3) return c;
    for (let k = prev.last + 1; k < c.first; k++) {
      const key = tokens[k]!.key;
      const cue = lex.before.get(key);
      if (!(cue || key === 'of') || cue === 'person' || /[.;!?\n]/.test(tokens[k]!.gapBefore)) return c;
    }
    return { ...c, countryHint: gaz.countryOf(adjective.entry) };
  });
}

/** The text itself places the name: "Oxford, North Carolina", "Brandon, Man.". */
export function stated(c: Placed, p: Posting, gaz: Gazetteer): boolean {
  return !!(c.container?.has(gaz.countryOf(p.entry)) || c.container?.has(`r${gaz.regionIndexOf(p.entry)}`));
}
