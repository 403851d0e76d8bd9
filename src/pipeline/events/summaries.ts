/**
 * Interception summaries: "ПВО уничтожила 41 беспилотник над Брянской, Курской и Белгородской
 * областями", "сили ППО збили 30 дронів над регіонами України". A summary over several regions or
 * over a whole country happened in no one town or region: it stands in the country, apart from the
 * towns other sentences name ("В Курске обломки повредили крышу"); and when it gives each region
 * its count ("у Брянській області — 20, у Курській — 15") it is one interception per region.
 */
import type { EventLocation, PlaceMention, Quantity } from '../../model/extraction.js';
import type { CountryResolver } from './areas.js';
import type { Draft } from './assemble.js';
import type { Cue } from './cues.js';
import { keyCode } from './cues.js';
import type { Found, Frame } from './frame.js';
import type { Field } from './resolve.js';
import { spansInside } from '../sorted-spans.js';

/** The sentence tells an interception (lexicon cue key `intercept`): "shot down", "збили", "abbattuto". */
export function intercepts(f: Frame): boolean {
  return f.cues.some((c) => keyCode(c.key) === 'intercept');
}

/** The first-level regions of a sentence, one per region: "над Брянской, Курской и Белгородской областями". */
function regionsOf(f: Frame): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const p of f.places) {
    if (p.kind !== 'admin1' && !(p.kind === 'place' && f.regionPlaces.has(p))) continue;
    if (f.partyPlaces.has(p) || out.some((q) => (q.admin1 ?? q.name) === (p.admin1 ?? p.name))) continue;
    out.push(p);
  }
  return out;
}

/** Two or more regions of one country, and no town: the regions an interception sums up. */
function summedRegions(f: Frame): PlaceMention[] | undefined {
  const regions = regionsOf(f);
  if (regions.length < 2 || regions.some((r) => r.country !== regions[0]!.country)) return undefined;
  return f.places.some((p) => (p.kind === 'place' || p.kind === 'admin2') && !regions.includes(p) && !f.partyPlaces.has(p)) ? undefined : regions;
}

/** "над регіонами України", "over Russia": a country named as the site, and no place inside it. */
function wholeCountry(f: Frame): PlaceMention | undefined {
  const country = f.places.find((p) => p.kind === 'country' && f.sitePlaces.has(p) && !f.partyPlaces.has(p));
  return country && !f.places.some((p) => p.kind !== 'country' && !f.partyPlaces.has(p)) ? country : undefined;
}

/**
 * An interception told over several regions or a whole country (see the top of the file), that
 * counts what was shot down: "збили 30 дронів над регіонами України" (not "Malaysian airliner
 * downed in Ukraine war zone": one aircraft, in a country at war).
 */
export function isSummary(f: Frame): boolean {
  return intercepts(f) && f.weapons.some((w) => w.value.count) && (summedRegions(f) !== undefined || wholeCountry(f) !== undefined);
}

/**
 * The place of frames that sum interceptions up: the country they are over, at country precision.
 * Named ("над регіонами України"), it is stated; else it is the country of the regions listed,
 * inferred from them (the list is the evidence). Undefined when no frame is a summary.
 */
export function summaryLocation(frames: readonly Frame[], countries: CountryResolver | undefined): Field<EventLocation> | undefined {
  for (const f of frames) {
    if (!isSummary(f)) continue;
    const regions = summedRegions(f);
    if (!regions) {
      // "над регіонами України": the country named
      const named = wholeCountry(f)!;
      return { value: countryLocation(named), evidence: [{ start: named.start, end: named.end, rule: `events/location/summary-country:${named.rule}`, source: 'stated' }] };
    }
    // "над Брянской, Курской и Белгородской областями": the country of the regions
    const country = countries?.(regions[0]!.country);
    const [first, last] = [regions[0]!, regions[regions.length - 1]!];
    if (country) return { value: countryLocation(country), evidence: [{ start: first.start, end: last.end, rule: 'events/location/summed-regions', source: 'inferred' }] };
  }
  return undefined;
}

/** The location of a country, at country precision. */
export function countryLocation(c: Pick<PlaceMention, 'name' | 'lat' | 'lon' | 'country' | 'geonameId'>): EventLocation {
  return { name: c.name, lat: c.lat, lon: c.lon, country: c.country, precision: 'country', ...(c.geonameId !== undefined ? { geonameId: c.geonameId } : {}) };
}

/** A region's share of an interception summary: its place and its count. */
export interface RegionShare {
  readonly place: PlaceMention;
  readonly count: Found<Quantity>;
}

/** "у Брянській області — 20", "Bryansk region: 20": a count right after the region, past a dash or a colon. */
const COUNT_AFTER = /^\s*[—–:-]\s*$/u;
/** Up to four short words or words of the cues below: "20 over the Bryansk region", "20 над Брянской областью", "20 sopra la regione di Bryansk". */
const WORD = /[\p{L}'’]+/gu;
const LINK_CATEGORIES: ReadonlySet<string> = new Set(['sky', 'site_preposition', 'admin1', 'weapon']);

/**
 * One draft per region when the interception sentence that opens it, or a sentence with no event
 * of its own after it, gives two or more regions a count each: "у Брянській області — 20, у
 * Курській — 15, у Бєлгородській — 6", "20 over the Bryansk region, 15 over the Kursk region";
 * "ППО збила 41 дрон. У Харківській області — 20, у Сумській — 15". Else the draft as it is.
 */
export function perRegion(draft: Draft, quantities: readonly Quantity[], cues: readonly Cue[], norm: string): (Draft & { readonly share?: RegionShare })[] {
  const f = draft.frames.find(intercepts);
  if (!f) return [draft];
  for (const g of [f, ...draft.extra.filter((x) => x.paragraph === f.paragraph && x.sentence.start > f.sentence.start)]) {
    const shares = sharesOf(g, quantities, cues, norm);
    if (shares) return shares.map((share) => Object.assign({}, draft, { share }));
  }
  return [draft];
}

/** The regions of a sentence with a count each, when there are two or more of them and every one has its own. */
function sharesOf(f: Frame, quantities: readonly Quantity[], cues: readonly Cue[], norm: string): RegionShare[] | undefined {
  const regions = regionsOf(f);
  if (regions.length < 2) return undefined;
  const inSentence = spansInside(quantities, f.sentence);
  const shares: RegionShare[] = [];
  for (const r of regions) {
    const q = inSentence.find((x) => x.start >= r.end && COUNT_AFTER.test(norm.slice(r.end, x.start))) ??
      inSentence.find((x) => x.end <= r.start && r.start - x.end <= 40 && linked(norm, x.end, r.start, cues));
    if (!q || shares.some((s) => s.count.start === q.start)) return undefined;
    shares.push({ place: r, count: { start: q.start, end: q.end, value: q, rule: q.rule } });
  }
  return shares;
}

/** Only short words and words of a sky, site, admin or weapon cue between a count and its region. */
function linked(norm: string, from: number, to: number, cues: readonly Cue[]): boolean {
  const gap = norm.slice(from, to);
  if (/[\d.,:;!?—–]/u.test(gap)) return false;
  let words = 0;
  for (const m of gap.matchAll(WORD)) {
    const at = from + m.index;
    if (++words > 4) return false;
    if (m[0].length > 3 && !cues.some((c) => LINK_CATEGORIES.has(c.category) && c.start <= at && at < c.end)) return false;
  }
  return true;
}
