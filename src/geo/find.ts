/** Recognition and resolution together: the places of a text as `PlaceMention`s. */
import type { PlaceMention, Span } from '../model/extraction.js';
import type { Gazetteer } from './gazetteer.js';
import type { PlacesLexicon } from './lexicon.js';
import { recognize } from './recognize.js';
import type { Resolved } from './resolve.js';
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
  return resolve(recognize(tokens, gaz, lex), tokens, gaz, lex).map((r) => foundPlace(doc, r));
}

/** A `FoundPlace` being filled in. */
type Building = { -readonly [K in keyof FoundPlace]?: FoundPlace[K] };

/**
 * The mention of a resolved candidate. The optional fields are added one by one, in the order
 * of the output (spreading `cond ? {field} : {}` made a throw-away object per field, and was
 * an eighth of the stage's time).
 */
function foundPlace(doc: PlaceText, { candidate: c, entry: e, score }: Resolved): FoundPlace {
  const place: Building = {
    start: c.start,
    end: c.end,
    text: doc.text.slice(c.start, c.end),
    name: e.name,
    lat: e.lat,
    lon: e.lon,
  };
  if (e.geonameId) place.geonameId = e.geonameId;
  place.country = e.country;
  if (e.region) place.admin1 = e.region.name;
  place.kind = e.kind;
  place.rule = c.rule;
  place.source = 'stated';
  if (c.adjective || c.postings.every((p) => p.adjective)) place.adjective = true;
  if (c.hint === 'near') place.near = true;
  if (e.population) place.population = e.population;
  place.score = Math.round(score * 100) / 100;
  return place as FoundPlace;
}
