import type { PlaceMention, TimeMention } from '../../model/extraction.js';
import type { Cue } from './cues.js';
import { keyCode } from './cues.js';
import type { Frame } from './frame.js';
import { isEventFrame } from './frame.js';
import { isSummary } from './summaries.js';

/** A group of frames that tell one event, plus frames that only add a source to it. */
export interface Draft {
  readonly frames: Frame[];
  readonly extra: Frame[];
}

const NEAR_KM = 30;
/** How far from the point of a named area ("Donbas") a place may lie and still be in it (as resolve.ts). */
const AREA_KM = 200;

/**
 * Groups sentence frames into events. A frame that can start an event continues the current one
 * unless it names a place that does not fit the places already seen ("a Kharkiv" … "nella regione
 * di Belgorod"), or opens with a new-event marker ("Mentre", "Meanwhile") in a new paragraph.
 * A frame with no event of its own ("Lo ha reso noto il sindaco") adds its sources to the event
 * of its paragraph.
 */
export function groupFrames(frames: readonly Frame[], cues: readonly Cue[]): Draft[] {
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  // (only the new-event markers are read below: a long text has thousands of cues and few of them)
  const markers = cues.filter((c) => c.category === 'new_event');
  for (const f of frames) {
    if (isEventFrame(f)) {
      if (current && continues(current, f, markers)) current.frames.push(f);
      else if ((current = earlier(drafts, current, f, markers))) current.frames.push(f);
      else drafts.push((current = { frames: [f], extra: [] }));
    } else if (current && !f.suppressed && f.paragraph === last(current).paragraph) {
      current.extra.push(f);
    }
  }
  return drafts;
}

/**
 * An earlier event the frame goes back to: the story returns to a place it told before, after a
 * digression elsewhere ("Three people shot outside Colorado Springs bar ... near the Union Station
 * ... Three people are recovering after being shot near a Colorado Springs bar"). Not after a
 * new-event marker ("Meanwhile"), and only to a place below the country.
 */
function earlier(drafts: readonly Draft[], current: Draft | undefined, f: Frame, markers: readonly Cue[]): Draft | undefined {
  if (!current || marked(f, markers)) return undefined;
  const own = specific(f.places);
  if (!own.length) return undefined;
  return drafts.find(
    (d) => d !== current && !otherKind(d, f) && !otherDay(d, f) && !apartFromSummary(d, f) && own.some((p) => summary(d).places.some((q) => samePlace(p, q))),
  );
}

/**
 * A summary of interceptions over several regions or a country (summaries.ts) and a sentence that
 * names a town or region of its own tell two events: "ПВО уничтожила 41 беспилотник над Брянской,
 * Курской и Белгородской областями. В Курске обломки повредили крышу" (the summary is not in Kursk).
 */
function apartFromSummary(d: Draft, f: Frame): boolean {
  const { summed, places } = summary(d);
  if (summed === isSummary(f)) return false;
  return summed ? specific(f.places).length > 0 : places.length > 0;
}

/** The frame opens with a new-event marker ("Mentre", "Meanwhile"; `markers`: the cues of that category). */
function marked(f: Frame, markers: readonly Cue[]): boolean {
  return markers.some((c) => c.start >= f.sentence.start && c.start < f.sentence.start + 24);
}

function last(d: Draft): Frame {
  return d.frames[d.frames.length - 1]!;
}

function continues(d: Draft, f: Frame, markers: readonly Cue[]): boolean {
  const newParagraph = f.paragraph !== last(d).paragraph;
  if (newParagraph && (marked(f, markers) || otherKind(d, f) || otherDay(d, f))) return false;
  if (apartFromSummary(d, f)) return false;
  // "Henderson died at the scene.", "... where he died less than an hour later": a victim named
  // again with no event cue of its own goes on with the story, whatever place the sentence names
  if (anaphoric(f)) return true;
  const seen = summary(d).places;
  const own = specific(f.places);
  if (!own.length || !seen.length) return !newParagraph || !own.length;
  return own.some((p) => seen.some((q) => samePlace(p, q)));
}

/**
 * Only victims named or referred to by pronoun (victims.ts) or a lone injury (lone-injuries.ts),
 * and no event cue; or only victims told before, whatever the cues ("Lopez was shot in the chest
 * and was taken to Mount Sinai Hospital, where he died": Lopez was named before).
 */
function anaphoric(f: Frame): boolean {
  if (!f.casualties.length) return false;
  // "The gunman then took his own life": the attacker of the story
  if (f.casualties.every((c) => c.retold || c.perpetrator)) return true;
  return f.cues.length === 0 && f.casualties.every((c) => /\/(?:named|lone)$/u.test(c.rule));
}

/**
 * Cues that fix an event of their own kind (event-types.json): a paragraph that shoots drones
 * down, abducts or takes ground after a paragraph about a strike tells another event, even in the
 * same region ("Air defence shot down 48 of 65 drones", "Russian soldiers abducted three residents").
 */
const KINDS: ReadonlySet<string> = new Set(['intercept', 'abduction', 'regain', 'overtake', 'protest', 'riot', 'looting']);

/** The kind of a frame: its first cue of a kind of its own, else 'attack'; undefined with no event cue. */
function kindOf(f: Frame): string | undefined {
  if (!f.cues.length) return undefined;
  return f.cues.map((c) => keyCode(c.key)).find((k) => KINDS.has(k)) ?? 'attack';
}

/** The frame tells an event of another kind than the draft: "shelled the village ... \n\n Russian soldiers abducted". */
function otherKind(d: Draft, f: Frame): boolean {
  const own = kindOf(f);
  const { kind, cued, hurt } = summary(d);
  // "нашли тело еще одного человека ... \n\n военные похитили": a toll with no cue is of an attack
  const seen = cued ? kind ?? 'attack' : hurt ? 'attack' : undefined;
  return own !== undefined && seen !== undefined && own !== seen;
}

const DAY_GRAINS = new Set<TimeMention['grain']>(['day', 'part_of_day', 'hour']);

/**
 * The frame names days and the draft names others, none shared: "У ніч на 12 лютого ... \n\n
 * Кількість загиблих унаслідок удару по Кривому Рогу 9 лютого зросла до 7" is another strike.
 */
function otherDay(d: Draft, f: Frame): boolean {
  const own = f.times.filter((t) => DAY_GRAINS.has(t.grain));
  const seen = summary(d).days;
  if (!own.length || !seen.length) return false;
  // "Станом на ранок 10 березня кількість загиблих зросла до шести": a toll with no attack and
  // no place of its own, told as of a later day, is the toll of the story so far
  if (asOfLater(f, own, seen)) return false;
  return !own.some((t) => seen.some((s) => dayOf(t.value.start) <= dayOf(s.value.end) && dayOf(s.value.start) <= dayOf(t.value.end)));
}

const dayOf = (iso: string): string => iso.slice(0, 10);

/** A toll update (a total, no event cue, no place) whose days all come after the draft's days. */
function asOfLater(f: Frame, own: readonly TimeMention[], seen: readonly TimeMention[]): boolean {
  if (f.cues.length || specific(f.places).length || !f.casualties.some((c) => c.total)) return false;
  const latest = seen.reduce((a, t) => (dayOf(t.value.end) > a ? dayOf(t.value.end) : a), '');
  return own.every((t) => dayOf(t.value.start) >= latest);
}

/**
 * What the frames of a draft add up to, as the checks above read it: its places below the country
 * (each once), its days, the kind of its first cue of a kind of its own, whether it has a cue, a
 * casualty, a summary of interceptions. Kept up to date as frames are added: every frame asks every earlier draft, and a
 * long text has hundreds of them.
 */
interface Summary {
  /** How many of the draft's frames are added up. */
  frames: number;
  readonly places: PlaceMention[];
  readonly placeKeys: Set<string>;
  readonly days: TimeMention[];
  kind: string | undefined;
  cued: boolean;
  hurt: boolean;
  /** Some frame is a summary of interceptions (summaries.ts). */
  summed: boolean;
}

const SUMMARIES = new WeakMap<Draft, Summary>();

function summary(d: Draft): Summary {
  let s = SUMMARIES.get(d);
  if (!s) SUMMARIES.set(d, (s = { frames: 0, places: [], placeKeys: new Set(), days: [], kind: undefined, cued: false, hurt: false, summed: false }));
  for (; s.frames < d.frames.length; s.frames++) {
    const f = d.frames[s.frames]!;
    for (const p of specific(f.places)) {
      // (a place named again answers `samePlace` as it did the first time)
      const key = `${p.geonameId}|${p.name}|${p.kind}|${p.country}|${p.admin1}|${p.lat}|${p.lon}`;
      if (s.placeKeys.has(key)) continue;
      s.placeKeys.add(key);
      s.places.push(p);
    }
    for (const t of f.times) if (DAY_GRAINS.has(t.grain)) s.days.push(t);
    if (f.cues.length) {
      s.cued = true;
      s.kind ??= f.cues.map((c) => keyCode(c.key)).find((k) => KINDS.has(k));
    }
    if (f.casualties.length) s.hurt = true;
    if (isSummary(f)) s.summed = true;
  }
  return s;
}

/** Places below the country: "russa" in "la regione russa di Kursk" must not join Kursk to Belgorod. */
function specific(places: readonly PlaceMention[]): PlaceMention[] {
  return places.filter((p) => p.kind !== 'country');
}

/** Two places that can be the site of one event: the same place, one inside the other, or close. */
export function samePlace(a: PlaceMention, b: PlaceMention): boolean {
  if (a.geonameId !== undefined && a.geonameId === b.geonameId) return true;
  if (a.name.toLowerCase() === b.name.toLowerCase()) return true;
  if (a.country !== b.country) return false;
  if (a.kind === 'country' || b.kind === 'country') return true;
  if ((a.kind === 'admin1' || b.kind === 'admin1') && a.admin1 !== undefined && a.admin1 === b.admin1) return true;
  // "Six soldiers killed in ambush in eastern Ukraine ... the May 13 ambush near Kramatorsk": a town inside a named area (the Donbas)
  if (a.kind === 'region' || b.kind === 'region') return haversineKm(a.lat, a.lon, b.lat, b.lon) <= AREA_KM;
  return haversineKm(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM;
}

function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
