/** Recognition and resolution together: the places of a text as `PlaceMention`s. */
import type { PlaceMention, Span } from '../model/extraction.js';
import type { Gazetteer } from './gazetteer.js';
import type { PlacesLexicon } from './lexicon.js';
import { recognize } from './recognize.js';
import { resolve } from './resolve.js';
import { tokenize } from './tokens.js';

export interface PlaceText {
  /** The text as given: spans index into it. */
  readonly text: string;
  /** Same-length normalized copy (see `Doc.norm`). */
  readonly norm: string;
  readonly sentences: readonly Span[];
}

/** A place mention plus what the other stages may want to know about it. */
export interface FoundPlace extends PlaceMention {
  /** Named by a country adjective ("ucraino", "Russian"), not by a name. */
  readonly adjective?: boolean;
  /** "near Pokrovsk", "поблизу Покровська". */
  readonly near?: boolean;
  readonly population?: number;
  /** Resolution score: higher is surer (countries ~12, a big city ~10, a village ~6). */
  readonly score: number;
}

export function findPlaces(doc: PlaceText, gaz: Gazetteer, lex: PlacesLexicon): FoundPlace[] {
  const tokens = tokenize(doc.norm, doc.sentences.map((s) => s.start));
  const resolved = resolve(recognize(tokens, gaz, lex), tokens, gaz, lex);
  return resolved.map(({ candidate: c, entry: e, score }) => ({
    start: c.start,
    end: c.end,
    text: doc.text.slice(c.start, c.end),
    name: e.name,
    lat: e.lat,
    lon: e.lon,
    ...(e.geonameId ? { geonameId: e.geonameId } : {}),
    country: e.country,
    ...(e.region ? { admin1: e.region.name } : {}),
    kind: e.kind,
    rule: c.rule,
    source: 'stated' as const,
    ...(c.adjective || c.postings.every((p) => p.adjective) ? { adjective: true } : {}),
    ...(c.hint === 'near' ? { near: true } : {}),
    ...(e.population ? { population: e.population } : {}),
    score: Math.round(score * 100) / 100,
  }));
}
