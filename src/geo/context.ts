/**
 * The article's geographic context: which countries and first-level regions it names, and how
 * strongly. Resolution prefers candidates inside them ("nella regione di Kursk … Khomutovka").
 */
import { readFileSync } from 'node:fs';
import type { Gazetteer } from './gazetteer.js';
import { nameKey } from './name-key.js';

export interface GeoContext {
  /** ISO alpha-2 → weight. */
  readonly countries: Map<string, number>;
  /** Region index (`Gazetteer.header.regions`) → weight. */
  readonly regions: Map<number, number>;
  /** A context whose weights this one adds to (`contextWith`); read them with `countryWeight` and `regionWeight`. */
  readonly base?: GeoContext;
}

/** The weight of a country in `ctx` (and its base). */
export function countryWeight(ctx: GeoContext, country: string): number {
  return (ctx.countries.get(country) ?? 0) + (ctx.base ? countryWeight(ctx.base, country) : 0);
}

/** The weight of a region (index) in `ctx` (and its base). */
export function regionWeight(ctx: GeoContext, region: number): number {
  return (ctx.regions.get(region) ?? 0) + (ctx.base ? regionWeight(ctx.base, region) : 0);
}

export function emptyContext(): GeoContext {
  return { countries: new Map(), regions: new Map() };
}

/**
 * Adds an entry's country and region (for a region: itself; for an area made of regions, "the
 * Donbas": those regions) to the context.
 */
export function addToContext(ctx: GeoContext, gaz: Gazetteer, entry: number, weight: number): void {
  const country = gaz.countryOf(entry);
  if (country) ctx.countries.set(country, (ctx.countries.get(country) ?? 0) + weight);
  const region = gaz.regionIndexOf(entry);
  if (region !== 0xffff && gaz.featureOf(entry) !== 'A.PCLI') {
    ctx.regions.set(region, (ctx.regions.get(region) ?? 0) + weight);
  }
  for (const part of areaRegions(gaz, entry)) ctx.regions.set(part, (ctx.regions.get(part) ?? 0) + weight);
}

/**
 * An empty context over `base`: what is added to it counts on top of base's weights, which stay
 * as they are. (A copy of base per name was a copy of every region a long text names, per name.)
 */
export function contextWith(base: GeoContext): GeoContext {
  return { countries: new Map(), regions: new Map(), base };
}

const NO_REGIONS: readonly number[] = [];

/** The regions (indexes) an area is made of (`data/area-regions.tsv`); none for most entries. */
function areaRegions(gaz: Gazetteer, entry: number): readonly number[] {
  if (gaz.featureOf(entry) !== 'L.RGN') return NO_REGIONS;
  const codes = (AREA_REGIONS ??= readAreaRegions()).get(gaz.ownKeyOf(entry)) ?? [];
  return codes.map((code) => gaz.region(code)).filter((r) => r !== undefined).map((r) => gaz.regionIndexOf(r.entry));
}

let AREA_REGIONS: Map<string, string[]> | undefined;

function readAreaRegions(): Map<string, string[]> {
  const text = readFileSync(new URL('./data/area-regions.tsv', import.meta.url), 'utf8');
  const rows = text.split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));
  return new Map(rows.map(([name, codes]) => [nameKey(name!), (codes ?? '').trim().split('|')]));
}

/** A prior for the countries an article in this language is likely about (war news). */
const LANGUAGE_PRIOR: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  uk: { UA: 2, RU: 1.5 },
  ru: { RU: 2, UA: 1.5 },
  it: { IT: 1, UA: 1, RU: 1 },
};

/** The priors of a language by country, none for most (read `priors?.[country] ?? 0`). */
export function languagePriors(lang: string): Readonly<Record<string, number>> | undefined {
  return LANGUAGE_PRIOR[lang];
}
