import { loadGazetteer } from '../../src/geo/load.js';
import type { FoundPlace } from '../../src/geo/find.js';
import { findPlaces } from '../../src/geo/find.js';
import type { PlacesLexicon } from '../../src/geo/lexicon.js';
import { distanceKm } from '../../src/geo/api.js';
import { normalizeText } from '../../src/pipeline/normalize.js';
import { segmentSentences } from '../../src/pipeline/segment.js';
import { placesLexicon as en } from '../../src/lang/en/places.js';
import { placesLexicon as it } from '../../src/lang/it/places.js';
import { placesLexicon as ru } from '../../src/lang/ru/places.js';
import { placesLexicon as uk } from '../../src/lang/uk/places.js';

const LEXICONS: Record<string, () => PlacesLexicon> = { en, it, ru, uk };

/** The places of a sentence written for a test: what the places stage does with a Doc. */
export function placesOf(text: string, lang: string): FoundPlace[] {
  const doc = { text, norm: normalizeText(text), sentences: segmentSentences(text, lang) };
  return findPlaces(doc, loadGazetteer(), LEXICONS[lang]!());
}

/** The place found at `phrase` (first occurrence after `after`), checking the span's text. */
export function placeAt(found: readonly FoundPlace[], text: string, phrase: string, after = ''): FoundPlace | undefined {
  const start = text.indexOf(phrase, text.indexOf(after));
  const p = found.find((f) => f.start === start && f.end === start + phrase.length);
  if (p && p.text !== phrase) throw new Error(`span text ${p.text} differs from ${phrase}`);
  return p;
}

/** Asserts a found place: country, kind, and coordinates within `km`. */
export function near(p: FoundPlace | undefined, lat: number, lon: number, km = 25): boolean {
  return !!p && distanceKm(p, { lat, lon }) <= km;
}
