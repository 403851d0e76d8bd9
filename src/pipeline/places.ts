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
  // in text order, as every stage returns its mentions (the events stage looks them up by start);
  // they come in that order nearly always (a stable sort would leave them as they are: it is
  // skipped then, a sort with a comparator being slow even on a few mentions)
  const found = findPlaces(doc, gazetteer, lexicon);
  return inOrder(found) ? found : found.sort((a, b) => a.start - b.start);
}

/** Mentions by ascending start (equal starts in either order). */
function inOrder(found: readonly FoundPlace[]): boolean {
  for (let k = 1; k < found.length; k++) if (found[k]!.start < found[k - 1]!.start) return false;
  return true;
}
