import { lazyPlacesLexicon } from '../../geo/lexicon.js';

/** Place cues, stop words and inflections of this language: `data/places-*.txt`. */
export const placesLexicon = lazyPlacesLexicon('ru', new URL('./data/', import.meta.url));
