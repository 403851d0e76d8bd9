/**
 * Coherence between the places of one article: a candidate near the other places the article
 * names wins over a far-away namesake ("Edmonton … Enfield" is the London district, "London …
 * McKee, Laurel County" the Kentucky town), and one name keeps one sense throughout the article
 * ("LONDON, Ky. — … in London" is the same London twice).
 */
import type { Gazetteer, Posting } from './gazetteer.js';
import { distanceKm } from './api.js';

/** A place the article names, already resolved with some confidence. */
export interface Anchor {
  readonly key: string;
  readonly lat: number;
  readonly lon: number;
}

/** Bonus by distance to the nearest anchor: towns of one district, one county, one province. */
const NEAR_STEPS: readonly (readonly [km: number, bonus: number])[] = [[40, 4], [120, 3], [300, 1.5]];

/** Degrees of latitude (about 111 km each) beyond the last step's 300 km, with a margin. */
const FAR = 3;

/** Settlements and counties (not countries or regions) chosen with at least this score anchor the others. */
export const ANCHOR_SCORE = 6;

/** Settlements and counties: what lies within a few dozen kilometres of its neighbours. */
function local(feature: string): boolean {
  return feature.startsWith('P.') || feature === 'A.ADM2';
}

/** The entry is a settlement or a county: a place that may anchor others (`anchorOf`). */
export function localPlace(gaz: Gazetteer, entry: number): boolean {
  return local(gaz.featureOf(entry));
}

export function anchorOf(gaz: Gazetteer, key: string, entry: number): Anchor | undefined {
  if (!local(gaz.featureOf(entry))) return undefined;
  const e = gaz.entry(entry);
  return { key, lat: e.lat, lon: e.lon };
}

/**
 * The bonuses found for each list of anchors, by name and entry: every mention of a name asks
 * again for the same postings, and a long text names its towns dozens of times.
 */
const BONUSES = new WeakMap<readonly Anchor[], Map<string, Map<number, number>>>();

/**
 * The bonuses found so far for the name `key` and these anchors, by entry (none without
 * anchors): asked once per name and read for each of its postings (`nearBonusIn`).
 */
export function nearBonusesOf(key: string, anchors: readonly Anchor[]): Map<number, number> | undefined {
  if (!anchors.length) return undefined;
  let byKey = BONUSES.get(anchors);
  if (!byKey) BONUSES.set(anchors, (byKey = new Map()));
  let byEntry = byKey.get(key);
  if (!byEntry) byKey.set(key, (byEntry = new Map()));
  return byEntry;
}

/**
 * The bonus of `entry` for being near the places of other names than `key` ("Innisfail" near
 * "Red Deer"), with `bonuses` = `nearBonusesOf(key, anchors)`.
 */
export function nearBonusIn(gaz: Gazetteer, bonuses: Map<number, number> | undefined, key: string, entry: number, anchors: readonly Anchor[]): number {
  if (!bonuses || !local(gaz.featureOf(entry))) return 0;
  let bonus = bonuses.get(entry);
  if (bonus === undefined) bonuses.set(entry, (bonus = bonusOf(gaz, key, entry, anchors)));
  return bonus;
}

function bonusOf(gaz: Gazetteer, key: string, entry: number, anchors: readonly Anchor[]): number {
  const e = { lat: gaz.latOf(entry), lon: gaz.lonOf(entry) };
  let nearest = Infinity;
  for (const a of anchors) {
    // (an anchor more than FAR degrees of latitude away is further than the last step: no bonus)
    if (a.key !== key && Math.abs(a.lat - e.lat) <= FAR) nearest = Math.min(nearest, distanceKm(a, e));
  }
  // (an index loop: destructuring each step was an allocation per posting of every name)
  for (let k = 0; k < NEAR_STEPS.length; k++) if (nearest <= NEAR_STEPS[k]![0]) return NEAR_STEPS[k]![1];
  return 0;
}

export interface Choice<C extends { readonly key: string }> {
  readonly c: C;
  readonly posting: Posting;
  readonly score: number;
}

/**
 * One sense per name in an article: every mention of a name takes the entry of its best-scored
 * mention ("Paris, Texas … Paris" → both in Texas). Mentions read as regions ("Kharkiv
 * Oblast") or adjectives keep their own entry.
 */
export function oneSense<C extends { readonly key: string; readonly postings: readonly Posting[] }>(
  chosen: readonly Choice<C>[],
  own: (c: C) => boolean,
): Choice<C>[] {
  const top = new Map<string, Choice<C>>();
  for (const ch of chosen) {
    if (own(ch.c)) continue;
    const seen = top.get(ch.c.key);
    if (!seen || ch.score > seen.score) top.set(ch.c.key, ch);
  }
  return chosen.map((ch) => {
    const winner = top.get(ch.c.key);
    if (!winner || own(ch.c) || winner.posting.entry === ch.posting.entry) return ch;
    const posting = ch.c.postings.find((p) => p.entry === winner.posting.entry);
    return posting ? { c: ch.c, posting, score: winner.score } : ch;
  });
}
