import { lazyPlacesLexicon } from '../../geo/lexicon.js';

/** Place cues, stop words and inflections of this language: `data/places-*.txt`. */
export const placesLexicon = lazyPlacesLexicon('en', new URL('./data/', import.meta.url));
