/**
 * Gathers the gazetteer's entries and names from the sources into plain arrays, ready to be
 * serialized by `write.ts`. Runs once, at build time.
 */
import { readFileSync } from 'node:fs';
import { ADJECTIVE, ADMIN1, COMMON_BITS, COUNTRY, NO_REGION, PRIMARY } from '../format.js';
import type { RegionInfo } from '../format.js';
import { nameKey } from '../name-key.js';
import { usCounties } from './counties.js';
import { ukrainianRomanizer } from './romanize.js';
import { readCommonWords } from '../../lang/word-list.js';
import { readCities, readCountries, readRegions } from './sources.js';
import type { RegionRow } from './sources.js';

export interface EntryRow {
  name: string;
  lat: number;
  lon: number;
  geonameId: number;
  population: number;
  country: string;
  region: number;
  feature: string;
}

export interface Collected {
  readonly entries: EntryRow[];
  readonly regions: RegionInfo[];
  /** key → postings (`entry << 2 | flags`). */
  readonly names: Map<string, number[]>;
  /** key → common-word bits. */
  readonly common: Map<string, number>;
}

const COMMON_LANGUAGES: Record<string, string> = { en: 'english', it: 'italian', uk: 'ukrainian', ru: 'russian' };

export function collect(dataDir: URL): Collected {
  const out: Collected = { entries: [], regions: [], names: new Map(), common: new Map() };
  const countryEntry = addCountries(out, dataDir);
  const regionIndex = addRegions(out, dataDir);
  const gidEntry = addMacroRegions(out, dataDir);
  const cities = readCities();
  const romanized = ukrainianRomanizer(dataDir);
  for (const city of cities) {
    const e = add(out, {
      name: city.name, lat: city.lat, lon: city.lon, geonameId: city.geonameId, population: city.population,
      country: city.country, region: regionOf(regionIndex, city),
      feature: city.feature,
    });
    addName(out, city.name, e, PRIMARY);
    addName(out, city.ascii, e, PRIMARY);
    for (const n of city.names) addName(out, n, e, 0);
    // "Kryvyi Rih", "Svitlodarsk": Ukraine's places also by the official romanization of their Cyrillic names
    if (city.country === 'UA') for (const n of city.names) addRomanized(out, romanized(n), e);
  }
  for (const county of usCounties(cities)) {
    const e = add(out, {
      name: county.name, lat: county.lat, lon: county.lon, geonameId: 0, population: county.population,
      country: 'US', region: regionIndex.level1.get(`US.${county.state}`) ?? NO_REGION, feature: 'A.ADM2',
    });
    for (const n of county.names) addName(out, n, e, PRIMARY);
  }
  addAliases(out, dataDir, { countryEntry, gidEntry });
  const famous = famousNames(out);
  for (const [lang, file] of Object.entries(COMMON_LANGUAGES)) {
    for (const word of readCommonWords(file, 10000)) {
      const key = nameKey(word);
      if (!famous.has(key)) out.common.set(key, (out.common.get(key) ?? 0) | COMMON_BITS[lang]!);
    }
  }
  return out;
}

/**
 * Own names of countries, regions, continents and cities of a million: the frequency lists
 * come from web text, where "texas" and "turkey" are frequent because they are places.
 */
function famousNames(out: Collected): Set<string> {
  const famous = new Set<string>();
  for (const [key, postings] of out.names) {
    for (const p of postings) {
      const e = out.entries[p >>> 2]!;
      const big = e.feature.startsWith('A.') || e.feature.startsWith('L.') || e.population >= 1_000_000;
      if (big && (p & PRIMARY) !== 0 && e.feature !== 'A.ADMD') famous.add(key);
    }
  }
  return famous;
}

function add(out: Collected, row: EntryRow): number {
  out.entries.push(row);
  return out.entries.length - 1;
}

function addName(out: Collected, name: string, entry: number, flags: number): void {
  const key = nameKey(name);
  if (key.length < 2 || /^[\d\s.]+$/.test(key)) return;
  const postings = out.names.get(key);
  const value = entry * 4 + flags;
  if (!postings) out.names.set(key, [value]);
  else {
    const i = postings.findIndex((p) => p >>> 2 === entry);
    if (i < 0) postings.push(value);
    else postings[i] = postings[i]! | flags;
  }
}

/** A romanized name, unless it is the key of another entry's own name already (it would only add an ambiguity). */
function addRomanized(out: Collected, name: string | undefined, entry: number): void {
  if (!name) return;
  const postings = out.names.get(nameKey(name));
  if (postings && postings.some((p) => p >>> 2 !== entry && (p & PRIMARY) !== 0)) return;
  addName(out, name, entry, 0);
}

function addCountries(out: Collected, dataDir: URL): Map<string, number> {
  const byCode = new Map<string, number>();
  const points = new Map(dataLines(dataDir, 'country-points.tsv').map(([code, id, lat, lon]) => [code!, { id: Number(id), lat: Number(lat), lon: Number(lon) }]));
  for (const c of readCountries()) {
    const point = points.get(c.code);
    // For a country the population column holds its area (km²): "French" means France, not
    // the French Southern Lands.
    const e = add(out, {
      name: c.name, lat: point?.lat ?? c.lat, lon: point?.lon ?? c.lon, geonameId: point?.id ?? 0,
      population: Math.round(c.area), country: c.code, region: NO_REGION, feature: COUNTRY,
    });
    byCode.set(c.code, e);
    addName(out, c.name, e, PRIMARY);
    for (const n of c.names) addName(out, n, e, 0);
    for (const d of c.demonyms) addName(out, d, e, ADJECTIVE);
  }
  return byCode;
}

/** Region indexes by GeoNames code: level 1 ("RU.41") and level 2 ("FR.75", "IT.MI"). */
interface RegionIndex {
  readonly level1: Map<string, number>;
  readonly level2: Map<string, number>;
}

/** The region of a town: its first-level unit, or where Natural Earth has none, its second. */
function regionOf(index: RegionIndex, city: { country: string; admin1: string; admin2: string }): number {
  return index.level1.get(`${city.country}.${city.admin1}`) ?? index.level2.get(`${city.country}.${city.admin2}`) ?? NO_REGION;
}

/**
 * GeoNames' own points for the regions whose centroid lies far from it (`region-points.tsv`),
 * each checked to lie within its region's bounding box.
 */
function regionPoints(dataDir: URL, regions: readonly RegionRow[]): Map<string, { lat: number; lon: number }> {
  const points = new Map<string, { lat: number; lon: number }>();
  for (const [code, lat, lon] of dataLines(dataDir, 'region-points.tsv')) {
    const point = { lat: Number(lat), lon: Number(lon) };
    const region = regions.find((r) => r.code === code && r.level === 1);
    const [south, west, north, east] = region?.bounds ?? [];
    if (!region || !(point.lat >= south! && point.lat <= north! && point.lon >= west! && point.lon <= east!)) {
      throw new Error(`region-points.tsv: ${code} ${lat},${lon} is not a point of a known first-level region`);
    }
    points.set(code!, point);
  }
  return points;
}

function addRegions(out: Collected, dataDir: URL): RegionIndex {
  const index: RegionIndex = { level1: new Map(), level2: new Map() };
  const regions = readRegions();
  const points = regionPoints(dataDir, regions);
  for (const r of regions) {
    const byCode = r.level === 1 ? index.level1 : index.level2;
    if (byCode.has(r.code)) continue; // a few regions come in several pieces
    const point = (r.level === 1 && points.get(r.code)) || r;
    const e = add(out, {
      // For a region the population column holds 10 - its label rank: "Montana" is the US state.
      name: r.name, lat: point.lat, lon: point.lon, geonameId: r.geonameId ?? 0, population: Math.max(0, 10 - r.rank),
      country: r.country, region: out.regions.length, feature: ADMIN1,
    });
    byCode.set(r.code, out.regions.length);
    out.regions.push({ code: r.code, ...(r.iso ? { iso: r.iso } : {}), name: r.name, entry: e });
    addName(out, r.name, e, PRIMARY);
    for (const n of r.names) addName(out, n, e, PRIMARY);
  }
  return index;
}

function dataLines(dataDir: URL, file: string): string[][] {
  return readFileSync(new URL(file, dataDir), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim()));
}

function addMacroRegions(out: Collected, dataDir: URL): Map<number, number> {
  const byId = new Map<number, number>();
  for (const [id, lat, lon, feature, country, names] of dataLines(dataDir, 'macro-regions.tsv')) {
    const all = names!.split('|');
    const e = add(out, {
      name: all[0]!, lat: Number(lat), lon: Number(lon), geonameId: id === '-' ? 0 : Number(id),
      population: 0, country: country === '-' ? '' : country!, region: NO_REGION, feature: feature!,
    });
    if (id !== '-') byId.set(Number(id), e);
    for (const n of all) addName(out, n, e, PRIMARY);
  }
  return byId;
}

function addAliases(
  out: Collected,
  dataDir: URL,
  by: { countryEntry: Map<string, number>; gidEntry: Map<number, number> },
): void {
  const regionByIso = new Map(out.regions.filter((r) => r.iso).map((r) => [r.iso!, r.entry]));
  for (const [target, names, form] of dataLines(dataDir, 'aliases.tsv')) {
    const [kind, code] = target!.split(':') as [string, string];
    const entry =
      kind === 'country' ? by.countryEntry.get(code)
      : kind === 'region' ? regionByIso.get(code)
      : by.gidEntry.get(Number(code));
    if (entry === undefined) throw new Error(`aliases.tsv: unknown target ${target}`);
    // ("English" for England: a demonym, like those of countries)
    for (const n of names!.split('|')) addName(out, n, entry, form === 'adjective' ? ADJECTIVE : PRIMARY);
  }
}
