/**
 * sitrep's geography: the gazetteer (GeoNames cities500, Natural Earth first-level regions,
 * countries, continents and seas), place recognition in context, and lookups by name.
 *
 *   const gaz = loadGazetteer();                       // IO, once, at the edge (CLI, server)
 *   extract(input, { gazetteer: gaz })                 // fills Extraction.places
 *   findPlace(gaz, 'Харків') / findRegion(gaz, 'Kursk') // lookups for other stages
 *   bestPlacePerSentence(doc.sentences, places)        // for events
 */
export { Gazetteer, kindOf } from './gazetteer.js';
export type { GeoEntry, Posting } from './gazetteer.js';
export type { RegionInfo } from './format.js';
export { loadGazetteer, readGazetteer, gazetteerPath } from './load.js';
export { nameKey } from './name-key.js';
export { loadPlacesLexicon, lazyPlacesLexicon, emptyPlacesLexicon } from './lexicon.js';
export type { PlacesLexicon, CueHint } from './lexicon.js';
export { findPlaces } from './find.js';
export { findPlace, findRegion, findCountry, placeContext, bestPlacePerSentence, distanceKm } from './api.js';
export type { PlaceContext } from './api.js';
