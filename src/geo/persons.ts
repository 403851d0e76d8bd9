/**
 * The words around a candidate that say it is no place: a title ("Officer Rodriguez"), a run of
 * people's names ("Cory Lee Henderson", "George H. W. Bush"), a street corner ("6th and
 * Montana"), a building named after a saint ("St. Mary's Hospital").
 */
import { COMMON_BITS } from './format.js';
import type { Gazetteer } from './gazetteer.js';
import type { PlacesLexicon } from './lexicon.js';
import { countryOfAdjective } from './lexicon.js';
import { nameKey } from './name-key.js';
import type { Candidate } from './recognize.js';
import type { Token } from './tokens.js';

/** Countries, first-level regions, continents, seas: names of this size are rarely people's. */
export const BIG_KINDS = new Set(['A.PCLI', 'A.ADM1', 'L.CONT', 'L.RGN', 'H.OCN', 'H.SEA', 'H.GULF', 'A.ADMD']);

/** Ruled out by the words alone: stop words, titles of people, parts of people's names. */
export function rejectedByForm(
  c: Candidate, tokens: readonly Token[], gaz: Gazetteer, lex: PlacesLexicon,
  /** `personLike` of the candidate, when `personKeys` found it already. */
  likePerson?: boolean,
): boolean {
  if (c.adjective) return false;
  if (c.hint === 'person') return true;
  // ("Kentucky State Police": the cue 'state' does not make "Police" a place; "Крім того"
  // (besides) respelled is "Крим", but a stop word as written is one whatever it is found as)
  if (lex.stop.has(c.key) || (c.first === c.last && lex.stop.has(tokens[c.first]!.key))) return true;
  // "il capo della regione, Alexander Khinshtein": a known person's name after it, whatever cue.
  const next = tokenAfter(c, tokens);
  if (next && next.gapBefore === ' ' && lex.people.has(next.key)) return true;
  const hinted = c.hint === 'admin1' || c.hint === 'place' || c.hint === 'near';
  if (!hinted && (facilityAfter(c, tokens, lex) || streetCorner(c, tokens))) return true;
  return !hinted && (likePerson ?? personLike(c, tokens, gaz, lex));
}

/**
 * "St. Mary's Hospital", "Carver's Clinic": a building named after a person or a saint. (A
 * building named after its town, "Colchester Hospital", still names the town.)
 */
function facilityAfter(c: Candidate, tokens: readonly Token[], lex: PlacesLexicon): boolean {
  const next = tokenAfter(c, tokens);
  // ("'s " or "’s ": `/^['’]s $/` as comparisons, asked after most names)
  const gap = next?.gapBefore;
  return !!next && next.cap && (gap === "'s " || gap === '’s ') && lex.after.get(next.key) === 'facility';
}

const ORDINAL_STREET = /^\d+(?:st|nd|rd|th)$/i;

/** "6th", "21st": a street by its number. (Most words start with no digit: no regex for them.) */
function ordinalStreet(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 48 && c <= 57 && ORDINAL_STREET.test(t.text);
}

/** "and", "AND" (`/^and$/i`, asked around every name, as a comparison). */
function isAnd(t: Token): boolean {
  const text = t.text;
  return text.length === 3 && (text.charCodeAt(0) | 0x20) === 97 && (text.charCodeAt(1) | 0x20) === 110 && (text.charCodeAt(2) | 0x20) === 100;
}

/** "at 6th and Montana", "Montana and 5th": a street corner. */
function streetCorner(c: Candidate, tokens: readonly Token[]): boolean {
  const before = tokens[c.first - 2];
  const and1 = tokens[c.first - 1];
  // (a token is never "&": it starts with a letter or a digit)
  if (before && and1 && isAnd(and1) && ordinalStreet(before)) return true;
  const k = indexAfter(c, tokens);
  const and2 = tokens[k];
  const after = tokens[k + 1];
  return !!and2 && !!after && isAnd(and2) && ordinalStreet(after);
}

/** The first token after the candidate's span ("Kursk region" → the word after "region"). */
function tokenAfter(c: Candidate, tokens: readonly Token[]): Token | undefined {
  return tokens[indexAfter(c, tokens)];
}

function indexAfter(c: Candidate, tokens: readonly Token[]): number {
  let k = c.last + 1;
  while (k < tokens.length && tokens[k]!.start < c.end) k++;
  return k;
}

/** Countries, continents, seas, and first-level regions of label rank 4 or better. */
function wellKnown(gaz: Gazetteer, entry: number): boolean {
  const feature = gaz.featureOf(entry);
  if (feature === 'A.ADM1') return gaz.populationOf(entry) >= 6; // (10 - label rank)
  return BIG_KINDS.has(feature);
}

/**
 * A word that may stand next to a place name: another place of some size, a cue, an admin
 * word, a title. ("Paul Ryan": a hamlet named Ryan somewhere does not make it a place word.)
 */
function placeWord(t: Token, gaz: Gazetteer, lex: PlacesLexicon): boolean {
  const key = t.key;
  // ("Nancy Kellogg", "Marco Rubio": the towns of Nancy and Marco do not vouch for the surname)
  if (lex.people.has(key) || lex.given.has(key)) return false;
  if (lex.before.has(key) || lex.after.has(key) || lex.stop.has(key)) return true;
  return gaz.lookupKey(key).some((p) => wellKnown(gaz, p.entry) || (p.primary && gaz.populationOf(p.entry) >= PLACE_WORD_POPULATION));
}

const PLACE_WORD_POPULATION = 10_000;

/** "Kevin Durant", "Mary Magdalene", "Kobe Bryant": part of a run of capitalized words. */
function personLike(c: Candidate, tokens: readonly Token[], gaz: Gazetteer, lex: PlacesLexicon): boolean {
  const next = tokenAfter(c, tokens);
  // "EU Aviation Strategy", "African Public Service", "Metcalfe County Sheriff": names of
  // countries, well-known regions and counties stay ("Mary Magdalene" is no Turkmen province).
  if (c.postings.some((p) => p.adjective || wellKnown(gaz, p.entry) || gaz.featureOf(p.entry) === 'A.ADM2')) return false;
  const first = tokens[c.first]!;
  const previous = tokens[c.first - 1];
  // ("CBC Toronto": an acronym before is an organisation, which may be named after a place)
  // ("Overall Edmonton received", "Although Edmonton's economy": a word opening the sentence
  // before a big city, unless a given name: "George Washington said")
  const opener = !!previous?.initial && bigCity(gaz, c) && (commonWord(gaz, previous, lex) || !lex.given.has(previous.key));
  if (previous?.cap && !previous.upper && !first.initial && first.gapBefore === ' ' && !placeWord(previous, gaz, lex) && !opener) return true;
  // "George H. W. Bush", "J. K. Rowling": a name after an initial is a surname.
  // (an initial is one capital letter: one code point, `/^\p{Lu}$/u`, that starts upper case)
  if (previous?.dotAfter && first.gapBefore === '. ' && previous.cap && [...previous.text].length === 1) return true;
  // "Cory Lee Henderson": a middle name that is also a town does not vouch for the surname.
  if (previous?.cap && !first.initial && first.gapBefore === ' ' && personRunBefore(tokens, c.first - 1, gaz, lex)) return true;
  // "Winnipeg Free Press", "Edmonton Traders' Association": a big city names its institutions;
  // but "Charlotte Rowell … Rowell said" is a woman: a given name before a word that the text
  // goes on to use alone, as people's surnames are.
  const surname = !!next && next.cap && !next.upper && next.gapBefore === ' ' && !placeWord(next, gaz, lex);
  return surname && (!bigCity(gaz, c) || (lex.given.has(c.key) && usedAlone(tokens, next)));
}

/** Whether the text has `word` elsewhere, not right after a capitalized word ("Rowell said"). */
function usedAlone(tokens: readonly Token[], word: Token): boolean {
  return tokens.some((t, k) => t !== word && t.text === word.text && !(tokens[k - 1]?.cap && t.gapBefore === ' '));
}

const BIG_CITY = 200_000;

/**
 * A city of 200,000 or more under its main name, or under any of its names when the text
 * declines it: "Києва", "Харкова" are forms of native names that the gazetteer keeps as
 * alternates ("Мер Києва Віталій Кличко": Kyiv, not the start of a name).
 */
function bigCity(gaz: Gazetteer, c: Candidate): boolean {
  return c.postings.some((p) => (p.primary || c.inflected) && gaz.populationOf(p.entry) >= BIG_CITY);
}

function commonWord(gaz: Gazetteer, t: Token, lex: PlacesLexicon): boolean {
  return (gaz.commonBits(t.key) & ((COMMON_BITS[lex.lang] ?? 0) | COMMON_BITS.en!)) !== 0;
}

/** Token k and the one before it are capitalized words of a person's name ("Cory Lee"). */
function personRunBefore(tokens: readonly Token[], k: number, gaz: Gazetteer, lex: PlacesLexicon): boolean {
  const [head, middle] = [tokens[k - 1], tokens[k]!];
  if (!head?.cap || head.upper || middle.upper || middle.initial || middle.gapBefore !== ' ') return false;
  // ("Agriculture Park Wana": a stop word such as "Park" is no middle name)
  if (lex.stop.has(middle.key)) return false;
  return !placeWord(head, gaz, lex) && !lex.before.has(head.key) && !gaz.lookupKey(nameKey(`${head.text} ${middle.text}`)).length;
}

/** Keys that the text uses as people's names ("Roseanne Barr" … "Barr said"). */
export function personKeys(
  candidates: readonly Candidate[], tokens: readonly Token[], gaz: Gazetteer, lex: PlacesLexicon,
  /** Filled with `personLike` of the candidates it reads (by index), for `rejectedByForm`. */
  likePerson: (boolean | undefined)[] = [],
): ReadonlySet<string> {
  // (made for the first such key: most texts have none)
  let keys: Set<string> | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.adjective || stopOnly(c.key, lex) || !small(c, gaz)) continue;
    likePerson[k] = personLike(c, tokens, gaz, lex);
    if (likePerson[k]) (keys ??= new Set()).add(c.key);
  }
  return keys ?? NO_KEYS;
}

const NO_KEYS: ReadonlySet<string> = new Set();

/** Every posting is of a place of less than 100,000 and no country, region or sea. */
function small(c: Candidate, gaz: Gazetteer): boolean {
  return c.postings.every((p) => gaz.populationOf(p.entry) < 100_000 && !BIG_KINDS.has(gaz.featureOf(p.entry)));
}

/**
 * A stop word that is no country adjective ("the", "police"): `rejectedByForm` refuses every
 * candidate of that key, and no adjective's candidate has it, so whether it reads as a person's
 * name changes nothing (`personLike` is not asked: it was asked of a few thousand "The" a pass).
 */
function stopOnly(key: string, lex: PlacesLexicon): boolean {
  return lex.stop.has(key) && countryOfAdjective(lex, key) === undefined;
}
