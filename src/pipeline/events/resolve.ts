import type { DatePrecision, Event, EventLocation, LocationPrecision, PlaceMention, Span, TimeMention } from '../../model/extraction.js';
import { distanceKm } from '../../geo/api.js';
import { isoDay } from '../times/calendar.js';
import type { AreaMention, NamesakeFinder } from './areas.js';
import { AREA_RADIUS_KM } from './areas.js';
import type { Frame } from './frame.js';

/** A value of an event and the spans it came from. */
export type Field<T> = { readonly value: T; readonly evidence: readonly (Span & { rule: string; source: 'stated' | 'inferred' })[] };

const PRECISION: Record<TimeMention['grain'], DatePrecision> = {
  hour: 'day', part_of_day: 'day', day: 'day', week: 'week', month: 'month', year: 'year',
};

/**
 * The event's own date: the first time expression of its frames that names a day (or a week,
 * month, year), not after the publication day. When the text gives none, the publication day
 * with precision 'days' (the event was reported then, so happened on it or shortly before; the
 * day itself is the likeliest single date).
 */
export function resolveDate(frames: readonly Frame[], reference: Date): Field<Event['date']> {
  const today = isoDay(reference);
  const times = frames.flatMap((f) => f.times).filter((t) => t.value.start.slice(0, 10) <= today);
  const best = times.find((t) => PRECISION[t.grain] === 'day') ?? times[0];
  if (best) {
    const end = best.value.end.slice(0, 10);
    const value = { start: best.value.start.slice(0, 10), end: end > today ? today : end, precision: PRECISION[best.grain] };
    return { value, evidence: [{ start: best.start, end: best.end, rule: best.rule, source: 'stated' }] };
  }
  return {
    value: { start: today, end: today, precision: 'days' },
    evidence: [{ start: 0, end: 0, rule: 'events/date/publication-day', source: 'inferred' }],
  };
}

interface Pick {
  readonly p: PlaceMention;
  readonly asRegion: boolean;
  /** A country that names a party ("Russian positions", "Russia killed"), not where it happened. */
  readonly party?: boolean;
  /** A place outside every area the same sentences name ("near Pisky in Donbas" with Pisky resolved far from the Donbas). */
  readonly outside?: boolean;
}

/** The most specific place of some frames, inside `within` when given (first one on ties). */
function mostSpecific(frames: readonly Frame[], within?: PlaceMention): Pick | undefined {
  const areas = siteAreas(frames);
  let best: Pick | undefined;
  for (const f of frames) {
    for (const p of f.places) {
      if (within && !inside(p, within)) continue;
      const pick = { p, asRegion: f.regionPlaces.has(p), party: f.partyPlaces.has(p), outside: outsideAreas(p, areas) };
      if (!best || score(pick) < score(best)) best = pick;
    }
  }
  return best;
}

/**
 * The areas some frames name as the site: countries, regions ("in the Donbas", "в ДНР"),
 * first-level regions and cities written as regions ("in the Donetsk region") after a locative
 * preposition or after a comma that follows a place ("Kamyanka, Donetsk Oblast"). Not an area
 * guessed from who fights ("rebels"), nor one that speaks or is a party ("the head of the DPR"),
 * nor one of no country (a continent, a sea).
 */
function siteAreas(frames: readonly Frame[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const f of frames) {
    for (const p of f.places as readonly AreaMention[]) {
      if (!f.sitePlaces.has(p) || f.partyPlaces.has(p) || p.guessed || !p.country) continue;
      if (p.kind !== 'place' || f.regionPlaces.has(p)) out.push(p);
    }
  }
  return out;
}

/** Settlements of fewer people than this have namesakes that the gazetteer (places of 500 or more) may lack. */
const SMALL_TOWN = 50_000;

/**
 * A place the event is not in, given the areas its sentences name as the site (`siteAreas`):
 * "Russia killed 383 children in Ukraine" (a country named beside the one told as the site);
 * "Zelensky to discuss in Brussels the escalation in Donbas" (a place abroad, beside a region);
 * "killed near Pisky in Donbas" (a small town of the same country found outside the area: the
 * gazetteer's Pisky lies 400 km away, the one meant is not in it). A big city keeps its place:
 * "liberated in the Kharkiv region, ... presence in Kherson".
 */
function outsideAreas(p: PlaceMention & { population?: number }, areas: readonly PlaceMention[]): boolean {
  if (!areas.length || areas.includes(p) || areas.some((a) => inside(p, a))) return false;
  if (p.kind === 'country') return areas.some((a) => a.kind === 'country');
  if (p.kind !== 'place' && p.kind !== 'admin2') return false;
  if (areas.every((a) => a.country !== p.country)) return areas.some((a) => a.kind !== 'country');
  return (p.population ?? 0) < SMALL_TOWN;
}

/**
 * A party's country after every place of the same frames; a place outside the areas the frames
 * name after those areas: "killed near Pisky in Donbas" is in the Donbas, whatever namesake of
 * Pisky the gazetteer knows; "Zelensky to discuss in Brussels escalation in Donbas".
 */
const score = (k: Pick): number => rank(k.p, k.asRegion) + (k.outside ? 5 : 0) + (k.party ? 10 : 0);


function inside(p: PlaceMention, area: PlaceMention): boolean {
  if (p.country !== area.country) return false;
  if (area.kind === 'region' && p.kind !== 'country') return distanceKm(p, area) <= AREA_RADIUS_KM;
  return area.kind === 'country' || (area.admin1 !== undefined && p.admin1 === area.admin1) || p.admin1 === area.name;
}

/** How specific a place is: lower is better; a country adjective ("Dutch experts") after a name of the same kind. */
function rank(p: PlaceMention & { adjective?: boolean }, asRegion: boolean): number {
  const adjective = p.adjective ? 0.5 : 0;
  if (p.kind === 'place') return (asRegion ? 2 : 0) + adjective;
  return { admin2: 1, admin1: 2, region: 3, country: 4 }[p.kind] + adjective;
}

/** "near Kreminna", "поблизу Покровська" (the places stage's `near`): 'near', as ACLED codes a place close to a town. */
function precisionOf(p: PlaceMention & { near?: boolean }, asRegion: boolean): LocationPrecision {
  if (p.kind === 'place') return asRegion ? 'admin1' : p.near ? 'near' : 'place';
  if (p.kind === 'region') return 'admin1';
  return p.kind;
}

/**
 * The event's place: the most specific place named in its frames ("nel villaggio di Khomutovka"
 * over "nella regione di Kursk"), at the precision the text supports (a city named as a region,
 * "regione di Belgorod", is 'admin1'); else a place of the same paragraph; else of the document;
 * else the city of the dateline ("DETROIT (WJBK) -"), inferred.
 */
export function resolveLocation(
  frames: readonly Frame[], paragraphFrames: readonly Frame[], allFrames: readonly Frame[], dateline?: PlaceMention, namesakes?: NamesakeFinder,
): Field<EventLocation> | undefined {
  const own = mostSpecific(frames);
  // "the village of Luganskoye in the DPR": the namesake inside the area of a place set aside
  const namesake = own && !own.outside && rank(own.p, own.asRegion) >= 2 && namesakes ? namesakeInside(frames, own.p, namesakes) : undefined;
  // "Two soldiers killed in eastern Ukraine. Sloviansk.": a place of the paragraph inside the
  // country (or region) the event's own sentences name is more precise than that country
  const near = own && rank(own.p, own.asRegion) >= 2 ? mostSpecific(paragraphFrames, own.p) : undefined;
  // (each asked only when the ones before it found nothing or only a party: the document's
  // places are not ranked again for every event of a long text)
  const picks: [() => Pick | undefined, string][] = [
    [() => namesake, 'events/location/namesake-in-area'],
    [() => (near && rank(near.p, near.asRegion) < rank(own!.p, own!.asRegion) ? near : undefined), 'events/location/paragraph-inside'],
    [() => own, 'events/location/stated'],
    [() => mostSpecific(paragraphFrames), 'events/location/paragraph'],
    [() => mostSpecific(allFrames), 'events/location/document'],
    // "DETROIT (WJBK) - A 42-year-old woman was fatally shot": a text with no other place
    [() => (dateline ? { p: dateline, asRegion: false } : undefined), 'events/location/dateline'],
  ];
  // "AFU destroyed 37 Russians ... in Novoaidar": a party's country stands after any other place of the text
  let party: [Pick, string] | undefined;
  for (const [pick, rule] of picks) {
    const best = pick();
    if (best && !best.party) return located(best, rule);
    if (best) party ??= [best, rule];
  }
  return party && located(...party);
}

/** The first place of the frames set aside for lying outside their areas whose namesake `find` finds inside `area`. */
function namesakeInside(frames: readonly Frame[], area: PlaceMention, find: NamesakeFinder): Pick | undefined {
  const areas = siteAreas(frames);
  for (const f of frames) {
    for (const p of f.places) {
      if (p.kind !== 'place' || !outsideAreas(p, areas)) continue;
      const e = find(p.text, area) ?? find(p.name, area);
      if (e) return { p: { start: p.start, end: p.end, text: p.text, rule: p.rule, source: p.source, ...e }, asRegion: false };
    }
  }
  return undefined;
}

/** The event's location at a place the event's own sentences name ("у Брянській області — 20"). */
export function statedLocation(p: PlaceMention, asRegion: boolean, rule: string): Field<EventLocation> {
  const { value } = located({ p, asRegion }, rule);
  return { value, evidence: [{ start: p.start, end: p.end, rule: `${rule}:${p.rule}`, source: 'stated' }] };
}

/** The event's location from the place picked by `rule`. */
function located({ p, asRegion }: Pick, rule: string): Field<EventLocation> {
  const value: EventLocation = {
    name: p.name, lat: p.lat, lon: p.lon, country: p.country, precision: precisionOf(p, asRegion),
    ...(p.geonameId !== undefined ? { geonameId: p.geonameId } : {}),
    ...(p.admin1 !== undefined ? { admin1: p.admin1 } : {}),
  };
  return { value, evidence: [{ start: p.start, end: p.end, rule: `${rule}:${p.rule}`, source: p.source !== 'inferred' && (rule === 'events/location/stated' || rule.endsWith('-inside') || rule.endsWith('-in-area')) ? 'stated' : 'inferred' }] };
}
