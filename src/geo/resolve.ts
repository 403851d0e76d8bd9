/**
 * Resolution: picks, for each recognized candidate, the gazetteer entry it most likely means
 * given the article's context, and drops candidates that are more likely ordinary words or
 * people's names than places.
 */
import { COMMON_BITS } from './format.js';
import type { GeoEntry, Gazetteer, Posting } from './gazetteer.js';
import type { GeoContext } from './context.js';
import { addToContext, contextWith, countryWeight, emptyContext, languagePriors, regionWeight } from './context.js';
import type { PlacesLexicon } from './lexicon.js';
import type { Candidate } from './recognize.js';
import type { Token } from './tokens.js';
import type { Anchor, Choice } from './coherence.js';
import { ANCHOR_SCORE, anchorOf, localPlace, nearBonusIn, nearBonusesOf, oneSense } from './coherence.js';
import { BIG_KINDS, personKeys, rejectedByForm } from './persons.js';
import type { Placed } from './neighbours.js';
import { stated, withAdjectiveHints, withContainers } from './neighbours.js';

/** First-level regions and named areas made of them (context.ts). */
const REGION_FEATURES: ReadonlySet<string> = new Set(['A.ADM1', 'L.RGN']);

export interface Resolved {
  readonly candidate: Candidate;
  readonly entry: GeoEntry;
  readonly score: number;
}


/** How important an entry is on its own: countries and regions first, then by population. */
function ownName(gaz: Gazetteer, p: Posting, key: string): boolean {
  return p.primary && gaz.ownKeyOf(p.entry) === key;
}

/**
 * A capital (of a country or a first-level region) of at least a quarter of `population` has
 * `key` as its own name (Venice, 51,000, for Dayton's 137,000; not Newcastle, St Kitts, 500).
 */
function seatNamed(gaz: Gazetteer, key: string, population: number): boolean {
  return gaz.lookupKey(key).some((p) => ['P.PPLC', 'P.PPLA'].includes(gaz.featureOf(p.entry)) && ownName(gaz, p, key)
    && gaz.populationOf(p.entry) >= population / 4);
}

/**
 * Whether an alternate name reads as the own name spelt in another language ("geneva" for
 * "geneve", "florence" for "firenze": same first letter) rather than a former or unrelated name
 * ("salisbury" for Harare, "waterloo" for Austin). Names in another script always may.
 */
function respelling(key: string, own: string): boolean {
  return !latinStart(key) || !latinStart(own) || key[0] === own[0];
}

/** Starts with a letter of a–z (`/^[a-z]/`, asked of the exonyms of every name, as a comparison). */
function latinStart(key: string): boolean {
  const c = key.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/** The length of a key without its periods ("u.s." → 2). */
function lettersOf(key: string): number {
  let n = 0;
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== 46) n++;
  return n;
}

function importance(gaz: Gazetteer, p: Posting, key: string): number {
  const feature = gaz.featureOf(p.entry);
  let s: number;
  // A country by one of its names in other languages ("Tunis" in French) yields to a city.
  // By its own name a country outranks a city that also bears it ("Mexico" is not Mexico City).
  if (feature === 'A.PCLI') s = (p.primary ? 13.5 : 9) + Math.log10(gaz.populationOf(p.entry) + 1) / 10;
  // A region ranks below its big capital of the same name ("Kharkiv"), above villages.
  // "Quebec", "Texas": a well-known region by its own name (not an oblast by its city's) ranks
  // above a city of less than a million.
  else if (feature === 'A.ADM1') s = 7 + 0.1 * gaz.populationOf(p.entry) + (ownName(gaz, p, key) && gaz.populationOf(p.entry) >= 8 ? 1.5 : 0);
  else if (BIG_KINDS.has(feature)) s = 9;
  else {
    s = 1.2 * Math.log10(gaz.populationOf(p.entry) + 10);
    // "New York": the city of millions, not the state.
    if (gaz.populationOf(p.entry) >= 1_000_000) s += 2;
    if (feature === 'P.PPLC') s += 3;
    else if (feature === 'P.PPLA') s += 1.5;
    else if (feature === 'P.PPLA2') s += 0.5;
  }
  // Alternate names are noisier ("Franklin" is also an old name of Columbus), except the
  // exonyms of big cities ("Geneva" for Genève) — unless a provincial or national capital
  // bears the name as its own: "Venice" is Venice, whatever Dayton was once called.
  const exonym = !p.primary && feature.startsWith('P.') && gaz.populationOf(p.entry) >= 100_000
    && respelling(key, gaz.ownKeyOf(p.entry)) && !seatNamed(gaz, key, gaz.populationOf(p.entry));
  return s + (p.primary ? 2.5 : exonym ? 2.5 : 0);
}

/**
 * The part of posting p's score that the article's context does not change: how important the
 * entry is, and the cues of c's own mention ("Kursk region", "near Pokrovsk", "Alvin, Texas").
 * `adjective`: some posting of c is an adjective (the same for all of c's postings).
 */
function ownScore(gaz: Gazetteer, c: Placed, p: Posting, adjective: boolean): number {
  const feature = gaz.featureOf(p.entry);
  const country = gaz.countryOf(p.entry);
  let s = importance(gaz, p, c.key);
  // "nella regione di Kursk", "Kursk region": the region, not the city.
  if (c.hint === 'admin1') s += feature === 'A.ADM1' ? 8 : -2;
  // "nel villaggio di Khomutovka", "near Pokrovsk": a settlement. Not "the Canadian city": an
  // adjective before "city" is not the town of Canadian, Texas (nor "English" English, Indiana).
  if ((c.hint === 'place' || c.hint === 'near') && feature.startsWith('P.') && !adjective) s += 3;
  if (c.countryHint && c.countryHint === country) s += 8;
  if (c.container?.has(country) || c.container?.has(`r${gaz.regionIndexOf(p.entry)}`)) s += 10;
  if (feature === 'A.ADM1' && c.contains?.has(`r${gaz.regionIndexOf(p.entry)}`)) s += 8;
  return s;
}

/**
 * The score of posting p for candidate c: its `ownScore` (`own`), then what the article's other
 * places say. (The additions keep their order: the scores, rounded, are in the output.)
 * `priors`: `languagePriors` of the text's language; `bonuses`: `nearBonusesOf(c.key, anchors)`.
 */
function entryScore(
  gaz: Gazetteer, c: Placed, p: Posting, own: number, ctx: GeoContext, priors: Readonly<Record<string, number>> | undefined,
  anchors: readonly Anchor[], bonuses: Map<number, number> | undefined,
): number {
  const country = gaz.countryOf(p.entry);
  let s = own;
  s += 2 * Math.min(1, countryWeight(ctx, country));
  // A region the article keeps naming ("California … in California … Fresno") outweighs one
  // it names once ("a Texas senator"): San Marcos is then the Californian town.
  const region = regionWeight(ctx, gaz.regionIndexOf(p.entry));
  s += 4 * Math.min(1, region) + Math.min(2, Math.max(0, region - 1));
  s += nearBonusIn(gaz, bonuses, c.key, p.entry, anchors);
  return s + (priors?.[country] ?? 0);
}

/**
 * "Mexico" is the country (not Mexico City, nor the State of Mexico within it), "Canada" is not
 * a Cañada of Spain; "Georgia" may still be the US state, and "the city of Mexico" the city.
 */
function countryByName(gaz: Gazetteer, c: Candidate): Posting | undefined {
  const country = c.postings.find((p) => p.primary && gaz.featureOf(p.entry) === 'A.PCLI');
  const abroad = (p: Posting): boolean => p.primary && gaz.featureOf(p.entry) === 'A.ADM1' && gaz.countryOf(p.entry) !== gaz.countryOf(country!.entry);
  return country && !c.postings.some(abroad) && c.hint !== 'place' ? country : undefined;
}

/**
 * What `best` reads of a candidate whatever the context. Resolution chooses up to three times per
 * name (alone, then with the names that vouch, then with the anchors): this is found once.
 */
interface Fixed {
  /** The country named by its name (`countryByName`): chosen whatever the context. */
  readonly country: Posting | undefined;
  /** Towns named like a state ("California, Md.") do not draw on their neighbours. */
  readonly noAnchors: boolean;
  /** `ownScore` of the country, else of each posting in order. */
  readonly own: readonly number[];
}

function fixedOf(gaz: Gazetteer, c: Placed): Fixed {
  const adjective = c.postings.some((q) => q.adjective);
  const country = countryByName(gaz, c);
  const noAnchors = c.postings.some((p) => p.primary && BIG_KINDS.has(gaz.featureOf(p.entry)));
  return { country, noAnchors, own: (country ? [country] : c.postings).map((p) => ownScore(gaz, c, p, adjective)) };
}

/** The best-scored posting of c, as c's choice. */
function best(gaz: Gazetteer, c: Placed, fixed: Fixed, ctx: GeoContext, lang: string, anchors: readonly Anchor[] = NO_ANCHORS): Choice<Placed> {
  const priors = languagePriors(lang);
  if (fixed.country) return { c, posting: fixed.country, score: entryScore(gaz, c, fixed.country, fixed.own[0]!, ctx, priors, NO_ANCHORS, undefined) };
  const near = fixed.noAnchors ? NO_ANCHORS : anchors;
  const bonuses = nearBonusesOf(c.key, near);
  let posting = c.postings[0]!;
  let top = -Infinity;
  for (let k = 0; k < c.postings.length; k++) {
    const p = c.postings[k]!;
    const score = entryScore(gaz, c, p, fixed.own[k]!, ctx, priors, near, bonuses);
    if (score > top) {
      posting = p;
      top = score;
    }
  }
  return { c, posting, score: top };
}

const NO_ANCHORS: readonly Anchor[] = [];

/** Every posting is the same country ("Ukraine" by its name and as an adjective). */
function oneCountry(gaz: Gazetteer, postings: readonly Posting[]): boolean {
  const first = postings[0];
  return first !== undefined && postings.every((p) => p.entry === first.entry && gaz.featureOf(p.entry) === 'A.PCLI');
}

/**
 * Context from what is certain: country names and adjectives, and regions named as regions.
 * `fixed`: `fixedOf` each candidate (its `country` is `countryByName`'s).
 */
function firstContext(gaz: Gazetteer, candidates: readonly Candidate[], fixed: readonly Fixed[]): GeoContext {
  const ctx = emptyContext();
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const country = oneCountry(gaz, c.postings) ? c.postings[0] : fixed[k]!.country;
    if (country) addToContext(ctx, gaz, country.entry, 1);
    if (c.hint === 'admin1' && c.postings.length === 1) addToContext(ctx, gaz, c.postings[0]!.entry, 1);
    if (c.countryHint) ctx.countries.set(c.countryHint, (ctx.countries.get(c.countryHint) ?? 0) + 0.5);
  }
  return ctx;
}

export function resolve(
  candidates: readonly Candidate[],
  tokens: readonly Token[],
  gaz: Gazetteer,
  lex: PlacesLexicon,
): Resolved[] {
  // (most texts name no place: nothing to set up)
  if (!candidates.length) return [];
  const lang = lex.lang;
  // (the neighbours below keep the candidates' order: `likePerson` stays aligned)
  const likePerson: (boolean | undefined)[] = [];
  const persons = personKeys(candidates, tokens, gaz, lex, likePerson);
  candidates = withAdjectiveHints(withContainers(candidates, tokens, gaz), tokens, gaz, lex);
  const kept = candidates.filter((c, k) => !rejectedByForm(c, tokens, gaz, lex, likePerson[k]) && !(persons.has(c.key) && !c.hint && c.first === c.last));
  if (!kept.length) return [];
  const alikeOf = firstAlike(kept);
  const fixed: Fixed[] = [];
  for (let k = 0; k < kept.length; k++) fixed.push(alikeOf[k] === k ? fixedOf(gaz, kept[k]!) : fixed[alikeOf[k]!]!);
  const ctx = firstContext(gaz, kept, fixed);
  const firstChoice = chooseAll(kept, alikeOf, (c, k) => best(gaz, c, fixed[k]!, ctx, lang));
  // Second pass: the places chosen so far vouch for their countries and regions.
  const vouched = new Vouched(gaz, firstChoice, ctx);
  const contextFor = (name: string): GeoContext => vouched.contextFor(name);
  // (a name that no other name vouches for keeps its choice: its context is the certain one)
  const vouchingKeys = vouched.keys;
  let chosen = !vouchingKeys.size ? firstChoice
    : chooseAll(kept, alikeOf, (c, k) => (byOthers(vouchingKeys, c.key) ? best(gaz, c, fixed[k]!, contextFor(c.key), lang) : firstChoice[k]!));
  // Third pass: settlements kept so far anchor their neighbours ("Innisfail" near "Red Deer").
  const anchors = anchorsOf(chosen, tokens, gaz, lex, ctx);
  // (a name with no anchor of another name keeps its choice: no bonus of nearness changes it)
  if (anchors.length) {
    const anchorKeys = new Set(anchors.map((a) => a.key));
    const secondChoice = chosen;
    chosen = chooseAll(kept, alikeOf, (c, k) => (byOthers(anchorKeys, c.key) ? best(gaz, c, fixed[k]!, contextFor(c.key), lang, anchors) : secondChoice[k]!));
  }
  if (chosen.length > 1) chosen = oneSense(chosen, (c) => !!c.adjective || c.hint === 'admin1' || c.hint === 'admin2');
  return acceptedChoices(chosen, tokens, gaz, lex, ctx).map(({ c, posting, score }) => ({ candidate: c, entry: gaz.entry(posting.entry), score }));
}

/**
 * For each candidate, the first that reads alike: the same name, postings and cues ("Kyiv" …
 * "Kyiv"). They score alike in every pass (`fixedOf`, `best`): a long text names its towns
 * dozens of times, and each was scored again.
 */
function firstAlike(kept: readonly Placed[]): number[] {
  const alikeOf: number[] = [];
  // (the postings of a name are one array: `Gazetteer.lookupKey` keeps them)
  let firsts: Map<readonly Posting[], number[]> | undefined;
  for (let k = 0; k < kept.length; k++) {
    const c = kept[k]!;
    const same = k ? firsts?.get(c.postings) : undefined;
    const first = same?.find((f) => alike(kept[f]!, c));
    alikeOf.push(first ?? k);
    if (first === undefined && k + 1 < kept.length) {
      if (same) same.push(k);
      else (firsts ??= new Map<readonly Posting[], number[]>()).set(c.postings, [k]);
    }
  }
  return alikeOf;
}

/** What `fixedOf` and `best` read of a candidate is the same (the postings are one array). */
function alike(a: Placed, b: Placed): boolean {
  return a.key === b.key && a.postings === b.postings && a.hint === b.hint && a.countryHint === b.countryHint
    && a.container === b.container && a.contains === b.contains;
}

/** `pick`'s choice of each candidate, asked once for the candidates that read alike (`firstAlike`). */
function chooseAll(kept: readonly Placed[], alikeOf: readonly number[], pick: (c: Placed, k: number) => Choice<Placed>): Choice<Placed>[] {
  const chosen: Choice<Placed>[] = [];
  for (let k = 0; k < kept.length; k++) {
    const c = kept[k]!;
    const first = alikeOf[k]!;
    if (first === k) chosen.push(pick(c, k));
    else chosen.push({ c, posting: chosen[first]!.posting, score: chosen[first]!.score });
  }
  return chosen;
}

/**
 * The places chosen at first vouch for their countries and regions, added to the certain context
 * (which is changed: the first choices were made with it and it is read no more). A name does not
 * vouch for itself: "Geneva" chosen in Illinois must not pull Geneva there. A region named as
 * such ("Kentucky", "the Donbas") vouches twice as much as a town in it.
 */
class Vouched {
  /** The names that vouch. */
  readonly keys: ReadonlySet<string>;
  private readonly vouching: readonly Choice<Placed>[];
  private contexts: Map<string, GeoContext> | undefined;

  // (the certain context and the vouching of all names are the same for every candidate: added
  // up once; the context of a name that vouches takes its own vouching out again. The weights
  // are halves and wholes, so the sums are exact in any order: "Kyiv … Kharkiv … Kyiv" gives
  // Kharkiv's context the same numbers whichever way they are added.)
  constructor(
    private readonly gaz: Gazetteer,
    chosen: readonly Choice<Placed>[],
    /** The certain context, to which the vouching of all names is added. */
    private readonly all: GeoContext,
  ) {
    this.vouching = chosen.filter(({ score }) => score >= 8);
    this.keys = this.vouching.length ? new Set(this.vouching.map(({ c }) => c.key)) : NO_KEYS;
    for (const v of this.vouching) addToContext(all, gaz, v.posting.entry, this.weight(v.posting.entry));
  }

  /** The context of the name `name` (`undefined`: of none). */
  contextFor(name: string | undefined): GeoContext {
    if (name === undefined || !this.keys.has(name)) return this.all;
    let own = (this.contexts ??= new Map()).get(name);
    if (own) return own;
    own = contextWith(this.all);
    for (const v of this.vouching) if (v.c.key === name) addToContext(own, this.gaz, v.posting.entry, -this.weight(v.posting.entry));
    this.contexts.set(name, own);
    return own;
  }

  private weight(entry: number): number {
    return REGION_FEATURES.has(this.gaz.featureOf(entry)) ? 1 : 0.5;
  }
}

/**
 * The settlements chosen with a score of `ANCHOR_SCORE` or more and accepted: they anchor their
 * neighbours. (One anchor per name and entry: a long text names its town dozens of times, and
 * each posting of each name is measured against every anchor.)
 */
function anchorsOf(chosen: readonly Choice<Placed>[], tokens: readonly Token[], gaz: Gazetteer, lex: PlacesLexicon, ctx: GeoContext): Anchor[] {
  const anchors: Anchor[] = [];
  // (the entries anchored by each name: no string is made of a name and an entry)
  let entriesBy: Map<string, Set<number>> | undefined;
  for (const { c, posting, score } of chosen) {
    // (the cheap tests first: only a local place may anchor, see `anchorOf`)
    if (score < ANCHOR_SCORE || !localPlace(gaz, posting.entry)) continue;
    const entries = entriesBy?.get(c.key);
    if (entries?.has(posting.entry) || !accepted(c, posting, tokens, gaz, lex, ctx)) continue;
    const anchor = anchorOf(gaz, c.key, posting.entry);
    if (!anchor) continue;
    anchors.push(anchor);
    if (entries) entries.add(posting.entry);
    else (entriesBy ??= new Map()).set(c.key, new Set([posting.entry]));
  }
  return anchors;
}

/** The choices accepted on the evidence of their own mention, or of the article's other mentions. */
function acceptedChoices(
  chosen: readonly Choice<Placed>[], tokens: readonly Token[], gaz: Gazetteer, lex: PlacesLexicon, ctx: GeoContext,
): readonly Choice<Placed>[] {
  // (each choice on the evidence of its own mention, asked once for the three uses below)
  const alone = chosen.map(({ c, posting }) => accepted(c, posting, tokens, gaz, lex, ctx));
  // (the keys below can only turn a refusal into an acceptance: with none refused, none is needed)
  if (!alone.includes(false)) return chosen;
  // Names the article uses as places in mid-sentence ("… told reporters that Ottawa planned")
  // are places at the start of a sentence too ("Ottawa has said…"), frequent words or not.
  const placeKeys = new Set(chosen.filter(({ c }, k) => alone[k] && !tokens[c.first]!.initial).map(({ c }) => c.key));
  // Names placed by a region after a comma ("of Oxford, North Carolina") are places in their
  // other mentions too ("their home in Oxford"), frequent words or not.
  const statedKeys = new Set(chosen.filter(({ c, posting }, k) => alone[k] && stated(c, posting, gaz)).map(({ c }) => c.key));
  // (a choice accepted alone stays, and one refused alone is asked again only when its name is among them)
  const again = (c: Candidate): boolean => placeKeys.has(c.key) || statedKeys.has(c.key);
  return chosen.filter(({ c, posting }, k) => alone[k] || (again(c) && accepted(c, posting, tokens, gaz, lex, ctx, placeKeys, statedKeys)));
}

/** Some of `keys` is another name than `key`. */
function byOthers(keys: ReadonlySet<string>, key: string): boolean {
  return keys.size > 1 || (keys.size === 1 && !keys.has(key));
}

/**
 * "the English city of", "English Premier League": a nation's adjective before a place word or a name.
 * Alone it is more often the language ("teaching English to French students", "in English").
 */
function nationAdjective(c: Candidate, tokens: readonly Token[], lex: PlacesLexicon): boolean {
  const next = tokens[c.last + 1];
  if (!next || next.gapBefore !== ' ') return false;
  const key = next.key;
  return next.cap || lex.after.has(key);
}

const NO_KEYS: ReadonlySet<string> = new Set();

/** Whether the best entry is strong enough for the evidence the text gives. */
function accepted(
  c: Candidate, p: Posting, tokens: readonly Token[], gaz: Gazetteer, lex: PlacesLexicon, ctx: GeoContext,
  placeKeys: ReadonlySet<string> = NO_KEYS,
  statedKeys: ReadonlySet<string> = NO_KEYS,
): boolean {
  const feature = gaz.featureOf(p.entry);
  if (p.adjective && feature === 'A.ADMD') return nationAdjective(c, tokens, lex);
  if (c.adjective || p.adjective) return true;
  const token = tokens[c.first]!;
  const single = c.first === c.last;
  const hinted = c.hint === 'admin1' || c.hint === 'place' || c.hint === 'near';
  // "SAT", "ABC": acronyms name only countries and regions ("US", "UK", "EU").
  if (token.upper && lettersOf(c.key) <= 3) return BIG_KINDS.has(feature);
  if (feature === 'A.PCLI') return true;
  // "Brandon, Man.": the region after the comma vouches even for a frequent word.
  if (c.container?.has(gaz.countryOf(p.entry)) || c.container?.has(`r${gaz.regionIndexOf(p.entry)}`)) return true;
  const common = (gaz.commonBits(c.key) & ((COMMON_BITS[lex.lang] ?? 0) | COMMON_BITS.en!)) !== 0;
  if (single && common && (token.initial || token.upper) && !hinted && !placeKeys.has(c.key)) return false;
  if (BIG_KINDS.has(feature)) return true;
  const population = gaz.populationOf(p.entry);
  const inContext = regionWeight(ctx, gaz.regionIndexOf(p.entry)) > 0 || c.countryHint === gaz.countryOf(p.entry);
  if (hinted || c.hint === 'admin2') return !common || population >= 1000 || inContext;
  // "The" (an old name of Teresina), "Federal": a frequent word that is only an alternate name;
  // but the short name of a big city ("Newcastle" for Newcastle upon Tyne) is a name all the same.
  if (common && !p.primary && !(population >= 100_000 && gaz.ownKeyOf(p.entry).startsWith(`${c.key} `))) return false;
  if (common) return population >= 100_000 || statedKeys.has(c.key);
  const needed = inContext ? 0 : c.hint === 'prep' ? 1000 : countryWeight(ctx, gaz.countryOf(p.entry)) > 0 ? 2000 : 15_000;
  // "In Novoaidar, explosions were heard": a district seat whose population GeoNames does not
  // know (0), after a locative preposition, is the seat, not a word
  const unknownSeat = population === 0 && feature === 'P.PPLA2' && c.hint === 'prep';
  return population >= needed || feature === 'P.PPLC' || feature === 'P.PPLA' || unknownSeat;
}
