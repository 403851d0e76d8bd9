/**
 * Places named through the facility word next to them (`places-facilities.txt`). A town named by
 * its adjective before one: "Саратовский НПЗ" → Saratov, "на Кременчуцькому НПЗ" → Kremenchuk,
 * "Туапсинский морской терминал" → Tuapse; before other words the adjective is no place
 * ("Харьковский футбол", "Українська армія"). And a power plant named after its region, "Запорожская
 * АЭС", "the Zaporizhzhia nuclear power plant", "la centrale nucleare di Kursk": the region.
 */
import type { Gazetteer, Posting } from './gazetteer.js';
import type { FacilityKind, PlacesLexicon } from './lexicon.js';
import { countryOfAdjective, lemmas, respellings } from './lexicon.js';
import type { Found } from './recognize.js';
import type { Token } from './tokens.js';

/**
 * Words between the town's adjective and the facility word: "Новороссийский морской торговый
 * порт", "Саратовский, Рязанский и Волгоградский НПЗ".
 */
const MAX_BETWEEN = 4;
/** A word shorter than this is no adjective between ("та", "и", "у" end like adjectives). */
const MIN_BETWEEN_LENGTH = 4;

/** The town or region that the capitalized adjective at token i names before a facility word. */
export function cityAdjectiveAt(tokens: readonly Token[], i: number, gaz: Gazetteer, lex: PlacesLexicon): Found | undefined {
  // (most words are followed by no facility word: that is asked first, in a map or two)
  const kind = lex.cityAdjectives.rules.length ? facilityAfter(tokens, i, lex) : undefined;
  if (!kind) return undefined;
  const t = tokens[i]!;
  // "Российский НПЗ": a country's adjective is the country's (recognize.ts reads it)
  if (countryOfAdjective(lex, t.key)) return undefined;
  const stems = stemsOf(t.key, lex);
  if (!stems.length) return undefined;
  const region = kind === 'region' ? regionOf(stems, gaz, lex) : undefined;
  if (region) return found(t, i, region.key, region.postings, 'admin1', `${lex.lang}/places/region-adjective`);
  const town = townOf(stems, gaz, lex);
  return town && found(t, i, town.key, town.postings, 'place', `${lex.lang}/places/city-adjective`);
}

function found(t: Token, i: number, key: string, postings: readonly Posting[], hint: 'place' | 'admin1', rule: string): Found {
  return { start: t.start, end: t.end, first: i, last: i, key, postings, hint, rule };
}

/**
 * The kind of the facility word after token i, over the adjectives and conjunctions between
 * (`between`).
 */
function facilityAfter(tokens: readonly Token[], i: number, lex: PlacesLexicon): FacilityKind | undefined {
  for (let k = i + 1; k <= i + 1 + MAX_BETWEEN && k < tokens.length; k++) {
    const t = tokens[k]!;
    const kind = t.gapBefore === ' ' ? facilityOf(t, lex) : undefined;
    if (kind) return kind;
    if (!between(t, lex)) return undefined;
  }
  return undefined;
}

/**
 * An adjective ("морской", "нафтопереробний") or a conjunction ("и", "та") after a space, or
 * another town's adjective after a comma ("Саратовский, Рязанский и Волгоградский НПЗ").
 */
function between(t: Token, lex: PlacesLexicon): boolean {
  if (t.gapBefore === ' ' && lex.facilityAnd.has(t.key)) return true;
  if (t.gapBefore !== ' ' && !(t.cap && t.gapBefore === ', ')) return false;
  return t.key.length >= MIN_BETWEEN_LENGTH && lex.facilityBetween.some((e) => t.key.endsWith(e));
}

/** The adjective without its case ending: "саратовского" → "саратовск" (every ending that fits). */
function stemsOf(key: string, lex: PlacesLexicon): string[] {
  const stems: string[] = [];
  for (const ending of lex.cityAdjectives.endings) {
    const stem = key.slice(0, key.length - ending.length);
    if (key.endsWith(ending) && stem.length >= 3 && !stems.includes(stem) && !lex.cityAdjectives.not.has(stem)) stems.push(stem);
  }
  return stems;
}

interface Named {
  readonly key: string;
  readonly postings: readonly Posting[];
}

/** "курск" → "курская область": the first-level region of the adjective, if there is one. */
function regionOf(stems: readonly string[], gaz: Gazetteer, lex: PlacesLexicon): Named | undefined {
  for (const stem of stems) {
    for (const pattern of lex.cityAdjectives.regions) {
      const key = pattern.replace('*', stem);
      const postings = gaz.lookupKey(key).filter((p) => gaz.featureOf(p.entry) === 'A.ADM1');
      if (postings.length) return { key, postings };
    }
  }
  return undefined;
}

/**
 * The town of the stems by the pack's rules ("саратовск" → "саратов", "саратовск", "саратовь",
 * ...): of the names the gazetteer has, the one of the most populous town ("ярославль", not the
 * village "ярославский"); names not found are tried respelled ("новошахтинськ" → "новошахтинск").
 */
function townOf(stems: readonly string[], gaz: Gazetteer, lex: PlacesLexicon): Named | undefined {
  const keys = stems.flatMap((stem) => lemmas(stem, lex.cityAdjectives.rules));
  return largest(keys, gaz) ?? (lex.spelling.length ? largest(keys.flatMap((k) => respellings(k, lex.spelling)), gaz) : undefined);
}

function largest(keys: readonly string[], gaz: Gazetteer): Named | undefined {
  let best: Named | undefined;
  let top = -1;
  for (const key of keys) {
    const towns = gaz.lookupKey(key).filter((p) => gaz.featureOf(p.entry).startsWith('P.'));
    for (const p of towns) {
      const population = gaz.populationOf(p.entry);
      if (population > top) {
        top = population;
        best = { key, postings: towns };
      }
    }
  }
  return best;
}

/** Words of the longest facility phrase ("nuclear power plant", "centrale nucleare"). */
const MAX_PHRASE = 3;

/**
 * A name next to a facility phrase named after regions: right after it ("the Kursk nuclear power
 * plant", "Zaporizhzhia NPP") or after the phrase and a preposition ("la centrale nucleare di
 * Kursk"), when the name names a region too: the plant stands in Kurchatov, not in Kursk. (A
 * name of no region keeps its cues: "the Kakhovka HPP", and "La" of "La centrale nucleare".)
 */
export function regionFacilityAround(tokens: readonly Token[], name: Found, gaz: Gazetteer, lex: PlacesLexicon): boolean {
  // (asked of every name: a look-up in the phrases' first words rules out most, before any key is made)
  const heads = headsOf(lex);
  if (!heads.size) return false;
  const { first, last } = name;
  const next = tokens[last + 1];
  let named = false;
  if (next && next.gapBefore === ' ' && heads.has(next.key)) {
    for (let n = 1; n <= MAX_PHRASE && !named; n++) named = lex.facilities.get(phraseKey(tokens, last + 1, last + n)) === 'region';
  }
  const prep = tokens[first - 1];
  if (!named && prep && tokens[first]!.gapBefore === ' ' && lex.before.get(prep.key) === 'prep') {
    for (let n = 1; n <= MAX_PHRASE && !named; n++) {
      named = heads.has(tokens[first - 1 - n]?.key ?? '') && lex.facilities.get(phraseKey(tokens, first - 1 - n, first - 2)) === 'region';
    }
  }
  return named && name.postings.some((p) => gaz.featureOf(p.entry) === 'A.ADM1');
}

const headsByLexicon = new WeakMap<PlacesLexicon, Set<string>>();

/** The first words of the pack's facility phrases ("nuclear" of "nuclear power plant", "нпз"). */
function headsOf(lex: PlacesLexicon): Set<string> {
  let heads = headsByLexicon.get(lex);
  if (!heads) headsByLexicon.set(lex, (heads = new Set([...lex.facilities.keys()].map((k) => k.split(' ')[0]!))));
  return heads;
}

/** The key of tokens i..j, which follow one another after single spaces ('' when they do not). */
function phraseKey(tokens: readonly Token[], i: number, j: number): string {
  if (i < 0 || j >= tokens.length) return '';
  let key = tokens[i]!.key;
  for (let k = i + 1; k <= j; k++) {
    if (tokens[k]!.gapBefore !== ' ') return '';
    key += ` ${tokens[k]!.key}`;
  }
  return key;
}

/** The kind of a facility word, "ТЕЦ-5" by its first part. */
function facilityOf(t: Token, lex: PlacesLexicon): FacilityKind | undefined {
  const space = t.key.indexOf(' ');
  return lex.facilities.get(space < 0 ? t.key : t.key.slice(0, space));
}
