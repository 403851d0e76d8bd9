/**
 * A town named by its adjective before a facility word: "Саратовский НПЗ" → Saratov, "на
 * Кременчуцькому НПЗ" → Kremenchuk, "Туапсинский морской терминал" → Tuapse; and a power plant
 * named after its region, "Запорожская АЭС" → Zaporizhzhia Oblast. Only before a facility word of
 * the pack (`places-facilities.txt`): "Харьковский футбол", "Українська армія" name no place.
 */
import type { Gazetteer, Posting } from './gazetteer.js';
import type { FacilityKind, PlacesLexicon } from './lexicon.js';
import { countryOfAdjective, lemmas, respellings } from './lexicon.js';
import type { Found } from './recognize.js';
import type { Token } from './tokens.js';

/** Adjectives between the town's and the facility word: "Новороссийский морской торговый порт". */
const MAX_BETWEEN = 2;
/** A word shorter than this is no adjective between ("та", "и", "у" end like adjectives). */
const MIN_BETWEEN_LENGTH = 4;

/** The town or region that the capitalized adjective at token i names before a facility word. */
export function cityAdjectiveAt(tokens: readonly Token[], i: number, gaz: Gazetteer, lex: PlacesLexicon): Found | undefined {
  // (most words are followed by no facility word: that is asked first, in a map or two)
  const kind = lex.facilities.size ? facilityAfter(tokens, i, lex) : undefined;
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
 * The kind of the facility word after token i, over up to two lower-case adjectives ("морской",
 * "нафтопереробний"); "ТЕЦ-5" by its first part.
 */
function facilityAfter(tokens: readonly Token[], i: number, lex: PlacesLexicon): FacilityKind | undefined {
  for (let k = i + 1; k <= i + 1 + MAX_BETWEEN && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.gapBefore !== ' ') return undefined;
    const space = t.key.indexOf(' ');
    const kind = lex.facilities.get(space < 0 ? t.key : t.key.slice(0, space));
    if (kind) return kind;
    if (t.cap || t.key.length < MIN_BETWEEN_LENGTH || !lex.facilityBetween.some((e) => t.key.endsWith(e))) return undefined;
  }
  return undefined;
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
