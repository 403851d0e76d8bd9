import { distanceKm, findPlace, findRegion } from '../../geo/api.js';
import type { Gazetteer, GeoEntry } from '../../geo/gazetteer.js';
import { Memo } from '../../geo/memo.js';
import type { PlaceMention } from '../../model/extraction.js';
import type { Cue } from './cues.js';
import { keyCode, keyLabel } from './cues.js';

/** A gazetteer entry as far as an event's place needs it. */
export type AreaPlace = Pick<PlaceMention, 'name' | 'lat' | 'lon' | 'geonameId' | 'country' | 'admin1' | 'kind'>;

/** Finds the area a lexicon key names ("Donetsk Oblast" in "UA"; any country when none is given), or undefined. */
export type AreaResolver = (name: string, country?: string) => AreaPlace | undefined;

/**
 * Areas looked up in the gazetteer: first-level regions first ("Donetsk Oblast"), then named areas
 * ("Donbas"). One resolver per gazetteer, whose answers are kept across texts (the same area
 * phrases come back text after text); callers copy an answer, never change it.
 */
export function gazetteerAreas(gazetteer: Gazetteer): AreaResolver {
  let resolver = resolvers.get(gazetteer);
  if (!resolver) resolvers.set(gazetteer, (resolver = areaResolver(gazetteer)));
  return resolver;
}

const resolvers = new WeakMap<Gazetteer, AreaResolver>();

/**
 * Finds the settlement named `name` inside an area of the text, or undefined: "the village of
 * Luganskoye in the DPR" is Luhanske of Donetsk Oblast, whatever namesake the places stage chose.
 */
export type NamesakeFinder = (name: string, area: PlaceMention) => AreaPlace | undefined;

/** Namesakes looked up in the gazetteer: the most populous settlement of the name inside the area. */
export function gazetteerNamesakes(gazetteer: Gazetteer): NamesakeFinder {
  return (name, area) => {
    let best: GeoEntry | undefined;
    for (const e of gazetteer.lookup(name)) {
      if (e.kind !== 'place' || !inArea(e, area)) continue;
      if (!best || e.population > best.population) best = e;
    }
    return best && {
      name: best.name, lat: best.lat, lon: best.lon, country: best.country, kind: best.kind,
      ...(best.geonameId !== undefined ? { geonameId: best.geonameId } : {}),
      ...(best.region ? { admin1: best.region.name } : {}),
    };
  };
}

/** Finds a country by its ISO alpha-2 code ("RU"), or undefined. */
export type CountryResolver = (code: string) => AreaPlace | undefined;

/** Countries looked up in the gazetteer: the point of the country as GeoNames has it. */
export function gazetteerCountries(gazetteer: Gazetteer): CountryResolver {
  return (code) => {
    const e = gazetteer.country(code);
    return e && { name: e.name, lat: e.lat, lon: e.lon, country: e.country, kind: 'country', ...(e.geonameId !== undefined ? { geonameId: e.geonameId } : {}) };
  };
}

/** How far from the point of a named area ("Donbas") a place may lie and still be in it. */
export const AREA_RADIUS_KM = 200;

/** A settlement inside an area: within the radius of a named area, in the region of an oblast, in a country. */
function inArea(e: GeoEntry, area: PlaceMention): boolean {
  if (e.country !== area.country) return false;
  if (area.kind === 'region') return distanceKm(e, area) <= AREA_RADIUS_KM;
  if (area.kind === 'country') return true;
  return e.region !== undefined && e.region.name === (area.admin1 ?? area.name);
}

function areaResolver(gazetteer: Gazetteer): AreaResolver {
  // (bounded: a dateline's city comes from the text)
  const cache = new Memo<string, AreaPlace | undefined>(5_000);
  return (name, country) =>
    cache.get(`${country ?? ''}/${name}`, () => {
      const e = findRegion(gazetteer, name, country) ?? findPlace(gazetteer, name, country);
      return e && {
        name: e.name, lat: e.lat, lon: e.lon, country: e.country, kind: e.kind,
        ...(e.geonameId !== undefined ? { geonameId: e.geonameId } : {}),
        ...(e.region ? { admin1: e.region.name } : {}),
      };
    });
}

/**
 * An area a phrase implies. `guessed`: only from who fights ("rebels", "Kiev forces", lexicon
 * `area_context`), not from words that name the area ("in the Donbas", "DPR", "eastern Ukraine").
 */
export type AreaMention = PlaceMention & { readonly guessed?: boolean };

/**
 * The places that area phrases of the text imply (lexicon category `area`, keys like
 * "UA:Donbas"): "in eastern Ukraine" → the Donbas, "two DPR servicemen" → Donetsk Oblast.
 * A phrase of category `area_context` ("UA:Donbas = in the east") holds only in a text that
 * names that country or its forces ("Three Ukrainian soldiers killed in the east").
 * Each is a place mention over the phrase, marked inferred: the text names the area only
 * indirectly, so an event keeps any place the text names outright (rank in resolve.ts).
 */
export function areaPlaces(text: string, cues: readonly Cue[], places: readonly PlaceMention[], resolve: AreaResolver | undefined): AreaMention[] {
  if (!resolve || !cues.some((c) => c.category === 'area' || c.category === 'area_context')) return [];
  let named: Set<string> | undefined;
  const out: AreaMention[] = [];
  for (const c of cues) {
    if (c.category !== 'area' && c.category !== 'area_context') continue;
    const country = keyCode(c.key);
    named ??= new Set([...places.map((p) => p.country), ...cues.filter((c) => c.category === 'actor' || c.category === 'demonym').map((c) => keyCode(c.key))]);
    if (c.category === 'area_context' && !named.has(country)) continue;
    const area = resolve(keyLabel(c.key), country);
    // (copied with Object.assign: `{ ...area, start, ... }` costs a microsecond in Node 20, see `ofKind` of casualties.ts)
    if (area) out.push(Object.assign({}, area, { start: c.start, end: c.end, text: text.slice(c.start, c.end), rule: c.rule, source: 'inferred' as const, ...(c.category === 'area_context' ? { guessed: true } : {}) }));
  }
  return out;
}

/** "…on east sideDETROIT (WJBK) - A 42-year-old", "MILWAUKEE — A man", "PASADENA >> One man": a wire-style dateline. */
const DATELINE = /(?<!\p{Lu})(?<city>\p{Lu}{3,}(?:[ .'-]\p{Lu}{2,}){0,3})(?:,\s*\p{Lu}[\p{L}.]{1,12})?\s*(?:\([^)\n]{1,24}\)\s*)?(?:—|–|-{1,2}|>>)\s/u;
const DATELINE_WITHIN = 400;

/**
 * The city of the text's dateline, looked up in the gazetteer: the place an event stands on when
 * the text names no other (marked inferred). Only the first characters of the text are searched.
 */
export function datelinePlace(text: string, resolve: AreaResolver | undefined): PlaceMention | undefined {
  const m = resolve ? DATELINE.exec(text.slice(0, DATELINE_WITHIN)) : null;
  const city = m?.groups?.['city'];
  const area = city ? resolve!(city) : undefined;
  if (!m || !city || !area || area.kind === 'country') return undefined;
  const start = m.index;
  return Object.assign({}, area, { start, end: start + city.length, text: city, rule: 'events/location/dateline', source: 'inferred' as const });
}
