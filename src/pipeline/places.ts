/**
 * The places stage: place names of the document, resolved against the gazetteer with the
 * article's context. Pure: the gazetteer comes in as a resource (loaded at the CLI edge); with
 * no gazetteer there are no places.
 */
import type { Gazetteer } from '../geo/gazetteer.js';
import type { FoundPlace } from '../geo/find.js';
import { findPlaces } from '../geo/find.js';
import { emptyPlacesLexicon } from '../geo/lexicon.js';
import type { Doc } from './doc.js';

export function places(doc: Doc, gazetteer: Gazetteer | undefined): FoundPlace[] {
  if (!gazetteer) return [];
  const lexicon = doc.pack?.placesLexicon?.() ?? emptyPlacesLexicon(doc.lang);
  // in text order, as every stage returns its mentions (the events stage looks them up by start)
  return findPlaces(doc, gazetteer, lexicon).sort((a, b) => a.start - b.start);
}
