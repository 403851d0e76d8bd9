/**
 * The events stage: from sentences to evidence-linked conflict events.
 *
 *   lexicon cues per sentence → frames (casualties, weapons, actors, targets, impacts, sources)
 *   → frames grouped into events → date and place resolved from the times and places stages
 *
 * Pure: a function of the document, the earlier stages' mentions and the language's lexicon.
 */
import type { Event } from '../../model/extraction.js';
import type { Doc } from '../doc.js';
import { groupFrames } from './assemble.js';
import { areaPlaces, datelinePlace } from './areas.js';
import { buildFrame } from './build-frame.js';
import type { Cue } from './cues.js';
import { findCues } from './cues.js';
import type { Frame, Mentions } from './frame.js';
import { EVENT_CATEGORIES } from './frame.js';
import { surnames } from './people.js';
import { perRegion } from './summaries.js';
import { perSite } from './site-lists.js';
import { toEvent } from './to-event.js';

export type { Mentions } from './frame.js';
export type { AreaResolver, CountryResolver, NamesakeFinder } from './areas.js';
export { gazetteerAreas, gazetteerCountries, gazetteerNamesakes } from './areas.js';

/** The events of a document; none when its language has no event lexicon. */
export function extractEvents(doc: Doc, mentions: Mentions): Event[] {
  const lexicon = doc.pack?.eventLexicon?.();
  if (!lexicon) return [];
  const cues = findCues(doc.norm, lexicon);
  if (!cues.some((c) => EVENT_CATEGORIES.has(c.category))) return [];
  // "KYIV, Dec 6 (Reuters) - ... killing three people in the western Lviv region": a dateline
  // names where the story was filed; it is the site only when no other place is
  const filed = mentions.places.find((p) => p.rule.endsWith('/places/dateline'));
  const told = filed ? mentions.places.filter((p) => p !== filed) : mentions.places;
  const sited = filed && told.length ? Object.assign({}, mentions, { places: told }) : mentions;
  const frames = sentenceFrames(doc, cues, Object.assign({}, sited, { places: notPeople(doc, cues, withAreas(doc.text, cues, sited)) }));
  const events: Event[] = [];
  const dateline = sited !== mentions ? filed : mentions.places.length ? undefined : datelinePlace(doc.text, mentions.areas);
  const paragraphs = new Map<number, Frame[]>();
  for (const f of frames) {
    const list = paragraphs.get(f.paragraph);
    if (list) list.push(f);
    else paragraphs.set(f.paragraph, [f]);
  }
  // one event per region of an interception summary, per place of a list an attack was told over
  const drafts = groupFrames(frames, cues).flatMap((d) => perRegion(d, mentions.quantities, cues, doc.norm)).flatMap((d) => perSite(d, doc.norm));
  for (const draft of drafts) {
    const event = toEvent(draft, {
      reference: doc.reference, frames, paragraphs, earlier: events, ...(dateline ? { dateline } : {}), ...(mentions.namesakes ? { namesakes: mentions.namesakes } : {}),
      ...(mentions.countries ? { countries: mentions.countries } : {}),
    });
    if (event) events.push(event);
  }
  return events;
}

/** The places of the text plus the areas its phrases imply, which replace the places inside them ("Ukraine" of "eastern Ukraine"). */
function withAreas(text: string, cues: ReturnType<typeof findCues>, mentions: Mentions): Mentions['places'] {
  const areas = areaPlaces(text, cues, mentions.places, mentions.areas);
  if (!areas.length) return mentions.places;
  const kept = mentions.places.filter((p) => !areas.some((a) => a.start < p.end && p.start < a.end));
  return [...kept, ...areas].sort((a, b) => a.start - b.start);
}

/** "LAPD Deputy Chief Kenneth Garner said ... Garner said the bodies": a one-word place that is a person's last name in the text is that person. */
function notPeople(doc: Doc, cues: ReturnType<typeof findCues>, places: Mentions['places']): Mentions['places'] {
  // a last name is one word: only a one-word place can be one
  if (!places.some((p) => p.kind === 'place' && !/\s/u.test(p.text))) return places;
  const names = surnames(doc.text, doc.norm, cues, places);
  return names.size ? places.filter((p) => p.kind !== 'place' || !names.has(p.text)) : places;
}

function sentenceFrames(doc: Doc, cues: ReturnType<typeof findCues>, mentions: Mentions): Frame[] {
  const ctx = { text: doc.text, norm: doc.norm, mentions };
  let paragraph = 0;
  let from = 0;
  // the cues are in the order of their starts: each sentence's run of them is found by one walk
  let first = 0;
  return doc.sentences.map((s) => {
    if (doc.text.slice(from, s.start).includes('\n')) paragraph++;
    from = s.end;
    while (first < cues.length && cues[first]!.start < s.start) first++;
    return buildFrame(ctx, s, paragraph, cuesOf(cues, first, s));
  });
}

/** The cues inside sentence `s`, from the first that starts in it (`at`), in order. */
function cuesOf(cues: ReturnType<typeof findCues>, at: number, s: { start: number; end: number }): Cue[] {
  const out: Cue[] = [];
  for (let i = at; i < cues.length && cues[i]!.start < s.end; i++) if (cues[i]!.end <= s.end) out.push(cues[i]!);
  return out;
}
