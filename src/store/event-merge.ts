/**
 * When two accounts describe the same real-world event (pure; the store applies it).
 *
 * Two events merge when all of these hold:
 *  - same kind: the same `eventType`, and the same `subEventType` or a weapon kind in common
 *    (one outlet calls it a drone strike, another a missile attack, both name the drones);
 *  - their dates overlap: `[start, end]` day intervals intersect, each as wide as its precision;
 *  - their places are close for the coarser of the two precisions (`MAX_DISTANCE_KM`), in the
 *    same country, and (for region-level locations) in the same admin1 when both name one;
 *  - compatible actors: no side names two different countries (or, without countries, two
 *    different names) for the same role;
 *  - no two different targets (a strike on a power plant and one on a block of flats in the
 *    same city on the same day are two events);
 *  - not from the same article (an extraction that lists two events means two events).
 */
import type { Actor, Event, LocationPrecision } from '../model/extraction.js';
import { distanceKm } from './geo-distance.js';

/** The fields of a stored event that merging looks at. */
export interface MergeCandidate {
  readonly id: number;
  readonly eventType: string;
  readonly subEventType: string;
  readonly dateStart: string;
  readonly dateEnd: string;
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
  readonly admin1: string | null;
  readonly precision: string;
  readonly actor1: Actor | null;
  readonly actor2: Actor | null;
  readonly targetKind: string | null;
  readonly weaponKinds: readonly string[];
  readonly articleIds: readonly number[];
}

/** How far apart two reports of one event may place it, by the coarser precision. */
export const MAX_DISTANCE_KM: Readonly<Record<LocationPrecision, number>> = {
  place: 25,
  near: 40,
  admin2: 75,
  admin1: 150,
  country: Number.POSITIVE_INFINITY, // same country is enough
};

const PRECISION_ORDER: readonly LocationPrecision[] = ['place', 'near', 'admin2', 'admin1', 'country'];

/** The coarser of two location precisions (unknown precisions count as `country`). */
export function coarser(a: string, b: string): LocationPrecision {
  const rank = (p: string): number => {
    const i = PRECISION_ORDER.indexOf(p as LocationPrecision);
    return i < 0 ? PRECISION_ORDER.length - 1 : i;
  };
  return PRECISION_ORDER[Math.max(rank(a), rank(b))]!;
}

/** The day (`YYYY-MM-DD`) of an ISO date or datetime. */
export function day(iso: string): string {
  return iso.slice(0, 10);
}

/** Whether `incoming` (from `articleId`) may be the same event as `candidate`. */
export function isSameEvent(candidate: MergeCandidate, incoming: Event, articleId: number): boolean {
  if (candidate.articleIds.includes(articleId)) return false;
  if (candidate.eventType !== incoming.eventType) return false;
  if (candidate.subEventType !== incoming.subEventType && !shareWeapon(candidate.weaponKinds, incoming)) return false;
  if (day(candidate.dateStart) > day(incoming.date.end) || day(incoming.date.start) > day(candidate.dateEnd)) return false;
  if (!placesCompatible(candidate, incoming)) return false;
  if (!actorsCompatible(candidate.actor1, incoming.actor1) || !actorsCompatible(candidate.actor2, incoming.actor2)) {
    return false;
  }
  const target = incoming.target?.kind;
  return !(candidate.targetKind && target && candidate.targetKind !== target);
}

function shareWeapon(kinds: readonly string[], incoming: Event): boolean {
  return incoming.weapons.some((w) => kinds.includes(w.kind));
}

function placesCompatible(c: MergeCandidate, e: Event): boolean {
  const loc = e.location;
  if (c.country && loc.country && c.country.toUpperCase() !== loc.country.toUpperCase()) return false;
  const precision = coarser(c.precision, loc.precision);
  // a region's name decides only for coarse locations (within 25 km, the distance says enough,
  // and names vary: 'Kharkiv Oblast', 'Kharkivska', an analyst's correction)
  const coarse = precision === 'admin1' || precision === 'admin2';
  if (coarse && c.admin1 && loc.admin1 && norm(c.admin1) !== norm(loc.admin1)) return false;
  const limit = MAX_DISTANCE_KM[precision];
  return distanceKm(c.lat, c.lon, loc.lat, loc.lon) <= limit;
}

/** Two actors in one role are compatible unless they are known to differ. */
export function actorsCompatible(a: Actor | null | undefined, b: Actor | null | undefined): boolean {
  if (!a || !b) return true;
  if (a.country && b.country) return a.country.toUpperCase() === b.country.toUpperCase();
  return norm(a.name) === norm(b.name);
}

function norm(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * How well a compatible candidate fits (higher is better): near in space and time, the same
 * sub-type, target and weapons. Used to pick one among several compatible events.
 */
export function mergeScore(c: MergeCandidate, e: Event): number {
  const km = distanceKm(c.lat, c.lon, e.location.lat, e.location.lon);
  const limit = MAX_DISTANCE_KM[coarser(c.precision, e.location.precision)];
  let score = Number.isFinite(limit) ? 1 - km / (limit + 1) : 0.5;
  if (c.dateStart === day(e.date.start)) score += 1;
  if (c.subEventType === e.subEventType) score += 1;
  if (c.targetKind && c.targetKind === e.target?.kind) score += 0.5;
  if (shareWeapon(c.weaponKinds, e)) score += 0.5;
  return score;
}

/** The best compatible candidate for `incoming`, or undefined when it is a new event. */
export function pickMerge(
  candidates: readonly MergeCandidate[],
  incoming: Event,
  articleId: number,
): MergeCandidate | undefined {
  let best: MergeCandidate | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const c of candidates) {
    if (!isSameEvent(c, incoming, articleId)) continue;
    const s = mergeScore(c, incoming);
    if (s > bestScore || (s === bestScore && best && c.id < best.id)) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}
