/**
 * Place names that do not tell where an event happened: a unit named after a town ("the Azov
 * battalion"), the side blamed ("Kiev points at Moscow"), an allegiance written as a compound
 * ("Russia-led forces"), the side that shells ("Kiev shelling in Donetsk") or launched ("drones
 * launched by Russia"). And the places that
 * do: after a locative preposition ("in the Donbas") or after a comma that follows a town
 * ("Kamyanka, Donetsk Obl"). Lexicon categories `unit`, `blame`, `launched_by`, `allegiance_after`, `origin` (file
 * `events-locations.txt` of each language), `metonym_genitive` and `site_preposition`.
 */
import type { PlaceMention } from '../../model/extraction.js';
import type { Cue } from './cues.js';
import { ofCategory } from './cues.js';

const SPACE_GAP = /^\s+$/u;
/** "regiment Azov", "полк «Азов»", "battaglione 'Aidar'": a unit word, then the name, maybe quoted. */
const UNIT_BEFORE_GAP = /^\s+["«“'‘]?$/u;
/** "blames Moscow", "points at the Kremlin", "звинувачує Москву", "contro l'Ucraina", "accusa la Russia". */
const ARTICLE_GAP = /^\s+(?:the\s+|l['’]|(?:il|lo|la|i|gli|le)\s+)?$/u;

type PlaceTest = (norm: string, place: PlaceMention, cues: readonly Cue[]) => boolean;

/** Whether a cue of `category` stands right before the place, an article at most between them. */
function cueRightBefore(category: string): PlaceTest {
  return (norm, place, cues) =>
    ofCategory(cues, category).some((c) => c.end <= place.start && place.start - c.end <= 6 && ARTICLE_GAP.test(norm.slice(c.end, place.start)));
}

/** "the Azov battalion", "Azov Regiment", "regiment Azov", "батальйону «Айдар»": the name of a unit. */
export function unitName(norm: string, place: PlaceMention, cues: readonly Cue[]): boolean {
  return ofCategory(cues, 'unit').some((c) =>
    (c.start >= place.end ? SPACE_GAP.test(norm.slice(place.end, c.start)) : c.end <= place.start && UNIT_BEFORE_GAP.test(norm.slice(c.end, place.start))),
  );
}

/** "Kiev points at Moscow over air strike", "accuses Russia", "обвиняет Москву": the side blamed. */
export const blamed = cueRightBefore('blame');

/** "48 of the 60 drones launched by Russia", "запущених Росією": the side that launched what was shot down. */
export const launchedBy = cueRightBefore('launched_by');

/** "Russia-led forces", "Russia-occupation forces", "Moscow-backed rebels", "Kharkiv-based": an allegiance or origin. */
export function allegianceAfter(norm: string, place: PlaceMention, cues: readonly Cue[]): boolean {
  return norm[place.end] === '-' && ofCategory(cues, 'allegiance_after').some((c) => c.start === place.end + 1);
}

/**
 * "Woman killed in Kiev shelling in Donetsk": a place right before an attack noun (lexicon
 * `metonym_genitive`) that a locative preposition and another place follow is the side that
 * attacks; "Kharkiv shelling kills three" keeps Kharkiv, the shelled city.
 */
export function attackerBefore(norm: string, place: PlaceMention, cues: readonly Cue[], places: readonly PlaceMention[]): boolean {
  const noun = ofCategory(cues, 'metonym_genitive').find((c) => c.start >= place.end && SPACE_GAP.test(norm.slice(place.end, c.start)));
  if (!noun) return false;
  const at = ofCategory(cues, 'site_preposition').find((c) => c.start >= noun.end && SPACE_GAP.test(norm.slice(noun.end, c.start)));
  return !!at && places.some((q) => q !== place && q.start >= at.end && q.start - at.end <= 6 && ARTICLE_GAP.test(norm.slice(at.end, q.start)));
}

/** "a priest from Kazan died in Ukraine", "из Казани": where someone or something comes from (lexicon `origin`). */
export const origin = cueRightBefore('origin');

/** "killed in Ukraine", "in the Donbas", "погибли на Украине": a locative preposition right before the place. */
export const afterSitePreposition = cueRightBefore('site_preposition');

/** "Kamyanka, Donetsk Oblast", "Щастя, Луганська обл.": a place right after a comma that follows a town. */
export function afterPlaceComma(norm: string, place: PlaceMention & { adjective?: boolean }, places: readonly PlaceMention[]): boolean {
  // (not a list of adjectives: "Dutch, Australian experts")
  if (place.adjective) return false;
  return places.some((q) => q.kind === 'place' && q.end < place.start && place.start - q.end <= 3 && /^\s*,\s*$/u.test(norm.slice(q.end, place.start)));
}

/** Up to two words between a sky word and its place: "над регіонами України", "over Russian regions", "sopra l'Ucraina". */
const SKY_GAP = /^(?:[\p{Ll}'’-]+\s+){0,2}(?:\p{Ll}{1,4}['’])?$/u;

/**
 * "shot down over Russian regions", "збили над регіонами України", "sui cieli dell'Ucraina": the
 * sky a weapon was shot down in (lexicon `sky`) is a site, even when a country's adjective names it.
 */
export function underSky(norm: string, place: PlaceMention, cues: readonly Cue[]): boolean {
  return ofCategory(cues, 'sky').some((c) => {
    if (c.end > place.start || place.start - c.end > 30) return false;
    const gap = norm.slice(c.end, place.start);
    // ("dell'Ucraina": an elided article joins the name with no space)
    const spaced = /^\s/u.test(gap) || /['’]$/u.test(norm.slice(c.start, c.end));
    return spaced && SKY_GAP.test(gap.trimStart());
  });
}
