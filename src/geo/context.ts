/**
 * The article's geographic context: which countries and first-level regions it names, and how
 * strongly. Resolution prefers candidates inside them ("nella regione di Kursk … Khomutovka").
 */
import type { Gazetteer } from './gazetteer.js';

export interface GeoContext {
  /** ISO alpha-2 → weight. */
  readonly countries: Map<string, number>;
  /** Region index (`Gazetteer.header.regions`) → weight. */
  readonly regions: Map<number, number>;
}

export function emptyContext(): GeoContext {
  return { countries: new Map(), regions: new Map() };
}

/** Adds an entry's country and region (for a region: itself) to the context. */
export function addToContext(ctx: GeoContext, gaz: Gazetteer, entry: number, weight: number): void {
  const country = gaz.countryOf(entry);
  if (country) ctx.countries.set(country, (ctx.countries.get(country) ?? 0) + weight);
  const region = gaz.regionIndexOf(entry);
  if (region !== 0xffff && gaz.featureOf(entry) !== 'A.PCLI') {
    ctx.regions.set(region, (ctx.regions.get(region) ?? 0) + weight);
  }
}

/** A prior for the countries an article in this language is likely about (war news). */
const LANGUAGE_PRIOR: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  uk: { UA: 2, RU: 1.5 },
  ru: { RU: 2, UA: 1.5 },
  it: { IT: 1, UA: 1, RU: 1 },
};

export function languagePrior(lang: string, country: string): number {
  return LANGUAGE_PRIOR[lang]?.[country] ?? 0;
}
