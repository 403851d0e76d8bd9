import { lazyPlacesLexicon } from '../../geo/lexicon.js';

/** Place cues, stop words and inflections of this language: `data/places-*.txt`. */
export const placesLexicon = lazyPlacesLexicon('it', new URL('./data/', import.meta.url));
