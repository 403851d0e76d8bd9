/**
 * The extraction pipeline, in order (DESIGN.md, "Pipeline"):
 *
 *   normalize text → identify language → split sentences → recognize mentions
 *   (quantities, times, places, ...) → assemble events and statements → resolve → Extraction
 *
 * Every stage is a pure function of the document and the resources passed in; the reference
 * time comes in as an argument (STYLE.md rule 8).
 */
import type { ExtractInput, Extraction } from '../model/extraction.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import { LANGUAGES, NEUTRAL, languagePack } from '../lang/index.js';
import type { Doc } from './doc.js';
import { extractEvents, gazetteerAreas, gazetteerCountries, gazetteerNamesakes } from './events/index.js';
import { extractStatements } from './statements/index.js';
import { identifyLanguage } from './identify-language.js';
import { normalizeText } from './normalize.js';
import { places as findDocPlaces } from './places.js';
import { InputError, parseReference } from './reference.js';
import { segmentSentences } from './segment.js';

export interface ExtractOptions {
  /** The reference time when the input has no `published` (the CLI passes the current time). */
  readonly now?: Date;
  /** The gazetteer (`loadGazetteer()` from src/geo); without it no places are found. */
  readonly gazetteer?: Gazetteer;
  /**
   * When given, each stage adds the milliseconds it took under its name ('prepare',
   * 'quantities', 'times', 'places', 'events', 'statements'): the bench's per-stage breakdown.
   */
  readonly timings?: StageTimings;
}

/** Milliseconds spent per stage, summed over the calls that were given the same object. */
export type StageTimings = Record<string, number>;

/** Runs `stage`, adding its duration to `timings[name]` when timings are asked for. */
function timed<T>(timings: StageTimings | undefined, name: string, stage: () => T): T {
  if (!timings) return stage();
  const start = performance.now();
  const out = stage();
  timings[name] = (timings[name] ?? 0) + performance.now() - start;
  return out;
}

const SUPPORTED = [...LANGUAGES.keys()];

/** Stages 1–3: normalize, identify the language, split sentences. */
export function prepare(input: ExtractInput, options: ExtractOptions = {}): Doc {
  if (typeof input.text !== 'string') throw new InputError('the text must be a string');
  const text = input.text;
  const norm = normalizeText(text);
  const requested = input.lang?.trim().toLowerCase();
  let lang: string;
  if (!requested || requested === 'auto') lang = identifyLanguage(norm, SUPPORTED);
  else lang = languagePack(requested) ? requested : 'und';
  const reference = input.published
    ? parseReference(input.published)
    : options.now ?? new Date(Date.UTC(1970, 0, 1));
  const pack = languagePack(lang);
  return {
    id: input.id ?? '',
    text,
    norm,
    lang,
    pack,
    published: input.published,
    reference,
    sentences: segmentSentences(text, lang, pack?.abbreviations?.()),
  };
}

/** The whole pipeline: from a text and its metadata to an `Extraction`. */
export function extract(input: ExtractInput, options: ExtractOptions = {}): Extraction {
  const t = options.timings;
  const doc = timed(t, 'prepare', () => prepare(input, options));
  const pack = doc.pack ?? NEUTRAL;
  const quantities = timed(t, 'quantities', () => pack.quantities(doc));
  const times = timed(t, 'times', () => pack.times(doc, quantities));
  const places = timed(t, 'places', () => findDocPlaces(doc, options.gazetteer));
  const areas = options.gazetteer ? gazetteerAreas(options.gazetteer) : undefined;
  const namesakes = options.gazetteer ? gazetteerNamesakes(options.gazetteer) : undefined;
  const countries = options.gazetteer ? gazetteerCountries(options.gazetteer) : undefined;
  const events = timed(t, 'events', () =>
    extractEvents(doc, { quantities, times, places, ...(areas ? { areas } : {}), ...(namesakes ? { namesakes } : {}), ...(countries ? { countries } : {}) }));
  const statements = timed(t, 'statements', () => extractStatements(doc, { quantities, times, places }));
  return {
    id: doc.id,
    lang: doc.lang,
    ...(doc.published !== undefined ? { published: doc.published } : {}),
    quantities,
    times,
    places,
    events,
    statements,
  };
}

export { InputError } from './reference.js';
