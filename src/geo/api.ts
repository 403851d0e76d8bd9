/**
 * Lookups and summaries for the other stages (events, store, server): a place or region by
 * name, the countries and regions an article is about, the best place of each sentence.
 */
import type { PlaceMention, Span } from '../model/extraction.js';
import type { GeoEntry, Gazetteer } from './gazetteer.js';
import { nameKey } from './name-key.js';

/** Countries first, then towns of a thousand or more ("Kharkiv" the city), regions, the rest. */
function rank(e: GeoEntry): number {
  if (e.kind === 'country') return 4e10;
  const boost = e.feature === 'P.PPLC' ? 1e9 : e.feature === 'P.PPLA' ? 5e8 : 0;
  if (e.kind === 'place' && e.population >= 1000) return 2e10 + e.population + boost;
  if (e.kind === 'admin1') return 1e10;
  return e.population + boost;
}

/** The most important entry named `name` ("Kharkiv", "Харків", "Charkiw"), optionally in a country. */
export function findPlace(gaz: Gazetteer, name: string, country?: string): GeoEntry | undefined {
  const entries = gaz.lookup(name).filter((e) => !country || e.country === country.toUpperCase());
  return entries.sort((a, b) => rank(b) - rank(a))[0];
}

/** A first-level region by name ("Kursk", "Курская область") or code ("RU-KRS", "RU.41"). */
export function findRegion(gaz: Gazetteer, name: string, country?: string): GeoEntry | undefined {
  const byCode = gaz.region(name.toUpperCase());
  if (byCode) return gaz.entry(byCode.entry);
  const key = nameKey(name);
  const entries = gaz.lookupKey(key).map((p) => gaz.entry(p.entry));
  return entries.find((e) => e.kind === 'admin1' && (!country || e.country === country.toUpperCase()));
}

/** A country by ISO alpha-2 code or by name in any language ("Ucraina", "Україна"). */
export function findCountry(gaz: Gazetteer, nameOrCode: string): GeoEntry | undefined {
  if (/^[A-Za-z]{2}$/.test(nameOrCode)) {
    const byCode = gaz.country(nameOrCode);
    if (byCode) return byCode;
  }
  return gaz.lookup(nameOrCode).find((e) => e.kind === 'country');
}

export interface PlaceContext {
  /** ISO alpha-2 → number of mentions (places count for their country), most named first. */
  readonly countries: readonly { readonly country: string; readonly count: number }[];
  /** First-level regions named or containing named places, most named first. */
  readonly regions: readonly { readonly country: string; readonly admin1: string; readonly count: number }[];
}

/** The countries and regions an article is about, from its place mentions. */
export function placeContext(places: readonly PlaceMention[]): PlaceContext {
  const countries = new Map<string, number>();
  const regions = new Map<string, { country: string; admin1: string; count: number }>();
  for (const p of places) {
    if (p.country) countries.set(p.country, (countries.get(p.country) ?? 0) + 1);
    if (p.admin1) {
      const key = `${p.country}/${p.admin1}`;
      const r = regions.get(key) ?? { country: p.country, admin1: p.admin1, count: 0 };
      r.count++;
      regions.set(key, r);
    }
  }
  return {
    countries: [...countries].map(([country, count]) => ({ country, count })).sort((a, b) => b.count - a.count),
    regions: [...regions.values()].sort((a, b) => b.count - a.count),
  };
}

const PRECISION: Record<string, number> = { place: 4, admin2: 3, admin1: 2, region: 1, country: 0 };

/**
 * The most precise place of each sentence (a settlement over a region over a country; the
 * first one on ties), or undefined for a sentence with none. Adjectives ("russa") never win
 * over a name.
 */
export function bestPlacePerSentence<P extends PlaceMention & { adjective?: boolean }>(
  sentences: readonly Span[],
  places: readonly P[],
): (P | undefined)[] {
  return sentences.map((s) => {
    let top: P | undefined;
    let topRank = -1;
    for (const p of places) {
      if (p.start < s.start || p.end > s.end) continue;
      const r = (PRECISION[p.kind] ?? 0) + (p.adjective ? -10 : 0);
      if (r > topRank) [top, topRank] = [p, r];
    }
    return top;
  });
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
