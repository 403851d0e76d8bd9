/**
 * Resolution: picks, for each recognized candidate, the gazetteer entry it most likely means
 * given the article's context, and drops candidates that are more likely ordinary words or
 * people's names than places.
 */
import { COMMON_BITS } from './format.js';
import type { GeoEntry, Gazetteer, Posting } from './gazetteer.js';
import type { GeoContext } from './context.js';
import { addToContext, emptyContext, languagePrior } from './context.js';
import type { PlacesLexicon } from './lexicon.js';
import type { Candidate } from './recognize.js';
import type { Token } from './tokens.js';

export interface Resolved {
  readonly candidate: Candidate;
  readonly entry: GeoEntry;
  readonly score: number;
}

const BIG_KINDS = new Set(['A.PCLI', 'A.ADM1', 'L.CONT', 'L.RGN', 'H.OCN', 'H.SEA', 'A.ADMD']);

/** How important an entry is on its own: countries and regions first, then by population. */
function importance(gaz: Gazetteer, p: Posting): number {
  const feature = gaz.featureOf(p.entry);
  let s: number;
  if (feature === 'A.PCLI') s = 12;
  // A region ranks below its big capital of the same name ("Kharkiv"), above villages.
  else if (feature === 'A.ADM1') s = 7.5;
  else if (BIG_KINDS.has(feature)) s = 9;
  else {
    s = 1.2 * Math.log10(gaz.populationOf(p.entry) + 10);
    if (feature === 'P.PPLC') s += 3;
    else if (feature === 'P.PPLA') s += 1.5;
    else if (feature === 'P.PPLA2') s += 0.5;
  }
  return s + (p.primary ? 1 : 0);
}

function entryScore(gaz: Gazetteer, c: Candidate, p: Posting, ctx: GeoContext, lang: string): number {
  const feature = gaz.featureOf(p.entry);
  const country = gaz.countryOf(p.entry);
  let s = importance(gaz, p);
  // "nella regione di Kursk", "Kursk region": the region, not the city.
  if (c.hint === 'admin1') s += feature === 'A.ADM1' ? 8 : -2;
  // "nel villaggio di Khomutovka", "near Pokrovsk": a settlement.
  if ((c.hint === 'place' || c.hint === 'near') && feature.startsWith('P.')) s += 3;
  if (c.countryHint && c.countryHint === country) s += 8;
  s += 3 * Math.min(1, ctx.countries.get(country) ?? 0);
  s += 4 * Math.min(1, ctx.regions.get(gaz.regionIndexOf(p.entry)) ?? 0);
  return s + languagePrior(lang, country);
}

function best(gaz: Gazetteer, c: Candidate, ctx: GeoContext, lang: string): { posting: Posting; score: number } {
  let top = { posting: c.postings[0]!, score: -Infinity };
  for (const p of c.postings) {
    const score = entryScore(gaz, c, p, ctx, lang);
    if (score > top.score) top = { posting: p, score };
  }
  return top;
}

/** Context from what is certain: country names and adjectives, and regions named as regions. */
function firstContext(gaz: Gazetteer, candidates: readonly Candidate[]): GeoContext {
  const ctx = emptyContext();
  for (const c of candidates) {
    const countries = new Set(c.postings.map((p) => gaz.featureOf(p.entry) === 'A.PCLI' ? p.entry : -1));
    if (countries.size === 1 && !countries.has(-1)) addToContext(ctx, gaz, c.postings[0]!.entry, 1);
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
  const lang = lex.lang;
  const kept = candidates.filter((c) => !rejectedByForm(c, tokens, gaz, lex));
  let ctx = firstContext(gaz, kept);
  let chosen = kept.map((c) => ({ c, ...best(gaz, c, ctx, lang) }));
  // Second pass: the places chosen so far vouch for their countries and regions.
  ctx = firstContext(gaz, kept);
  for (const { posting, score } of chosen) if (score >= 8) addToContext(ctx, gaz, posting.entry, 0.5);
  chosen = kept.map((c) => ({ c, ...best(gaz, c, ctx, lang) }));
  return chosen
    .filter(({ c, posting }) => accepted(c, posting, tokens, gaz, lex, ctx))
    .map(({ c, posting, score }) => ({ candidate: c, entry: gaz.entry(posting.entry), score }));
}

/** Ruled out by the words alone: stop words, titles of people, parts of people's names. */
function rejectedByForm(c: Candidate, tokens: readonly Token[], gaz: Gazetteer, lex: PlacesLexicon): boolean {
  if (c.adjective) return false;
  if (c.hint === 'person') return true;
  if (lex.stop.has(c.key) && c.hint !== 'admin1' && c.hint !== 'place') return true;
  const previous = tokens[c.first - 1];
  // "Kevin Durant", "Hotel Ukraina": a capitalized word right before that is not a place.
  if (previous && previous.cap && !previous.initial && previous.gapBefore !== undefined && tokens[c.first]!.gapBefore === ' ') {
    if (!lex.before.has(previous.text.toLowerCase()) && !gaz.lookupKey(previous.text.toLowerCase()).length) return true;
  }
  return false;
}

/** Whether the best entry is strong enough for the evidence the text gives. */
function accepted(c: Candidate, p: Posting, tokens: readonly Token[], gaz: Gazetteer, lex: PlacesLexicon, ctx: GeoContext): boolean {
  if (c.adjective || p.adjective) return true;
  const feature = gaz.featureOf(p.entry);
  const token = tokens[c.first]!;
  const single = c.first === c.last;
  const common = (gaz.commonBits(c.key) & ((COMMON_BITS[lex.lang] ?? 0) | COMMON_BITS.en!)) !== 0;
  // All-capital short forms must be written in capitals: "US" but not "Us".
  if (c.key.length <= 3 && !token.upper && !c.key.includes('.')) return false;
  if (single && common && token.initial && c.hint !== 'admin1' && c.hint !== 'place') return false;
  if (BIG_KINDS.has(feature)) return !(single && common && c.hint === undefined && feature === 'A.ADM1');
  const population = gaz.populationOf(p.entry);
  const inContext = (ctx.regions.get(gaz.regionIndexOf(p.entry)) ?? 0) > 0 || (c.countryHint === gaz.countryOf(p.entry));
  if (c.hint === 'place' || c.hint === 'near' || c.hint === 'admin1' || c.hint === 'admin2') return !common || population >= 1000 || inContext;
  if (common) return population >= 100_000 && !token.initial;
  const needed = inContext ? 0 : c.hint === 'prep' ? 1000 : (ctx.countries.get(gaz.countryOf(p.entry)) ?? 0) > 0 ? 2000 : 15_000;
  return population >= needed || feature === 'P.PPLC' || feature === 'P.PPLA';
}
