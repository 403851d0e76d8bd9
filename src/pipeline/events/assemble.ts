import type { PlaceMention } from '../../model/extraction.js';
import type { Cue } from './cues.js';
import type { Frame } from './frame.js';
import { isEventFrame } from './frame.js';

/** A group of frames that tell one event, plus frames that only add a source to it. */
export interface Draft {
  readonly frames: Frame[];
  readonly extra: Frame[];
}

const NEAR_KM = 30;

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
  for (const f of frames) {
    if (isEventFrame(f)) {
      if (current && continues(current, f, cues)) current.frames.push(f);
      else if ((current = earlier(drafts, current, f, cues))) current.frames.push(f);
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
function earlier(drafts: readonly Draft[], current: Draft | undefined, f: Frame, cues: readonly Cue[]): Draft | undefined {
  if (!current || marked(f, cues)) return undefined;
  const own = specific(f.places);
  if (!own.length) return undefined;
  return drafts.find((d) => d !== current && own.some((p) => specific(d.frames.flatMap((x) => x.places)).some((q) => samePlace(p, q))));
}

/** The frame opens with a new-event marker ("Mentre", "Meanwhile"). */
function marked(f: Frame, cues: readonly Cue[]): boolean {
  return cues.some((c) => c.category === 'new_event' && c.start >= f.sentence.start && c.start < f.sentence.start + 24);
}

function last(d: Draft): Frame {
  return d.frames[d.frames.length - 1]!;
}

function continues(d: Draft, f: Frame, cues: readonly Cue[]): boolean {
  const newParagraph = f.paragraph !== last(d).paragraph;
  if (newParagraph && marked(f, cues)) return false;
  // "Henderson died at the scene.", "... where he died less than an hour later": a victim named
  // again with no event cue of its own goes on with the story, whatever place the sentence names
  if (anaphoric(f)) return true;
  const seen = specific(d.frames.flatMap((x) => x.places));
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
  return haversineKm(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM;
}

function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
