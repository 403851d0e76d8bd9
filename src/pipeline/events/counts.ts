import type { Count, Quantity, Span, TimeMention } from '../../model/extraction.js';
import type { Cue } from './cues.js';
import { overlapsAny, spansInside } from '../sorted-spans.js';
import { ofCategory } from './cues.js';

/** A number that can count people or weapons, with where it came from. */
export interface CountToken extends Span {
  readonly count: Count;
  readonly rule: string;
}

const AGE_GAP = /^[\s-]*$/u;
/** "$10 Million", "€5mila": money is not people. */
const CURRENCY_BEFORE = /[$€£₴₽]\s*$/u;
/** "2016 Kia", "since 2007": a bare year. */
const YEAR = /^(?:19|20)\d\d$/u;
/** "Branyon Fehring, 23, was found", "the death of Johnathan Mar, 18.": an age after a name. */
const NAME_COMMA = /\p{Lu}[\p{L}'’-]+,\s*$/u;
const APPOSITION_END = /^\s*(?:[,.;)]|$)/u;
/** "a woman in her 20's", "in his 30s", "the 1990s": a decade, not a count. */
const DECADE = /^['’]?s(?![\p{L}\p{N}])/u;
/** The start of a web address: "https://", "www.". */
const URL_START = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/iu;

/**
 * The counts of a sentence: the quantities of the numbers stage, minus those inside a time
 * expression ("2 gennaio") or next to an age word ("un bambino di 4 anni", "a 5-year-old",
 * "under the age of 12"),
 * plus the lexicon's "one" phrases ("una persona", "a man") and "another" phrases.
 */
export function countsIn(
  span: Span,
  quantities: readonly Quantity[],
  times: readonly TimeMention[],
  cues: readonly Cue[],
  norm: string,
): CountToken[] {
  const inside = (s: Span): boolean => s.start >= span.start && s.end <= span.end;
  const ages = ofCategoryIn(cues, 'age', span);
  const things = ofCategoryIn(cues, 'thing', span);
  const people = ofCategoryIn(cues, 'person', span);
  const agesBefore = ofCategoryIn(cues, 'age_before', span);
  const tokens: CountToken[] = [];
  // (the quantities and the times come by start, the times never overlap one another)
  for (const q of spansInside(quantities, span)) {
    if (overlapsAny(times, q)) continue;
    if (ages.some((a) => a.start >= q.end && AGE_GAP.test(norm.slice(q.end, a.start)))) continue;
    // "under the age of 12", "віком 12 років": an age word right before the number
    if (agesBefore.some((a) => a.end <= q.start && AGE_GAP.test(norm.slice(a.end, q.start)))) continue;
    if (!Number.isFinite(q.value) || q.value < 0 || notPeople(norm, q, things, people)) continue;
    const count: Count = { value: q.value, qualifier: q.qualifier, ...(q.min !== undefined ? { min: q.min } : {}), ...(q.max !== undefined ? { max: q.max } : {}) };
    tokens.push({ start: q.start, end: q.end, count, rule: q.rule });
  }
  const casualties = ofCategoryIn(cues, 'casualty', span);
  for (const c of cues) {
    if (!inside(c) || !countsOne(norm, c, casualties)) continue;
    if (tokens.some((t) => t.start < c.end && c.start < t.end || countedBefore(norm, t, c))) continue;
    tokens.push({ start: c.start, end: c.end, count: { value: 1, qualifier: 'exact' }, rule: c.rule });
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/** The cues of a category inside `span`: all of them, as a rule (a sentence's cues are inside it). */
function ofCategoryIn(cues: readonly Cue[], category: string, span: Span): readonly Cue[] {
  const all = ofCategory(cues, category);
  const inside = (c: Cue): boolean => c.start >= span.start && c.end <= span.end;
  return all.every(inside) ? all : all.filter(inside);
}

/** "one rebel", "one DPR militiaman": a number right before the bare noun counts it (a side's name may stand between). */
const NUMBER_GAP = /^\s+(?:\p{Lu}[\p{L}-]*\s+)?$/u;

function countedBefore(norm: string, t: CountToken, c: Cue): boolean {
  return c.category === 'one_bare' && t.end <= c.start && NUMBER_GAP.test(norm.slice(t.end, c.start));
}

/** "Ukraine soldier killed", "Police officer killed, two injured", "man found dead": a bare noun right before the casualty word. */
const BARE_GAP = /^\s+(?:(?:is|was|has been|have been)\s+)?(?:found\s+|reported\s+)?$/u;
/** "kills civilian", "kills Ukrainian soldier", "kills DPR military serviceman": a capitalized word (a side), and a word after it, may stand between. */
const BARE_AFTER = /^\s+(?:\p{Lu}[\p{L}-]*\s+(?:\p{Ll}+\s+)?)?$/u;
/** "reports death of militia fighter", "the death of an American doctor": "of", an article and a word after a death noun (not "death of his girlfriend", a "one" phrase). */
const OF_BARE = /^\s+of\s+(?:an?\s+|the\s+)?(?:(?!(?:his|her|their|its|my|our|your)\s)\p{L}[\p{L}-]*\s+)?$/u;

/** A "one" phrase ("a man", "una persona"), "another" phrase, or a bare singular noun right before a casualty word. */
function countsOne(norm: string, c: Cue, casualties: readonly Cue[]): boolean {
  if (c.category === 'one' || c.category === 'another') return true;
  if (c.category !== 'one_bare') return false;
  // "shelling kills militiaman", "kills LPR militiaman": right after the casualty word, or before it
  return casualties.some((k) => (k.start >= c.end ? BARE_GAP.test(norm.slice(c.end, k.start)) : k.end <= c.start && afterCue(norm, k, c)));
}

/** The bare noun after its casualty word; after "of" only in lower case ("Shooting Death of Woman" is a title, told again below). */
function afterCue(norm: string, k: Cue, c: Cue): boolean {
  const gap = norm.slice(k.end, c.start);
  return BARE_AFTER.test(gap) || (OF_BARE.test(gap) && LOWER_START.test(norm.slice(c.start, c.start + 1)));
}

/**
 * A number that counts no people: money ("$10 Million"), things ("shot seven times"), a year
 * ("a 2016 Kia", unless people follow: "2016 residents"), an age after a name ("Fehring, 23,"), a
 * decade ("in her 20's"), a part of a web address ("…/war/10033550-ukraine-reports-1-kia…").
 */
function notPeople(norm: string, q: Quantity, things: readonly Cue[], people: readonly Cue[]): boolean {
  if (inUrl(norm, q.start)) return true;
  if (CURRENCY_BEFORE.test(norm.slice(Math.max(0, q.start - 3), q.start)) || DECADE.test(norm.slice(q.end, q.end + 3))) return true;
  const right = (c: Cue): boolean => c.start >= q.end && AGE_GAP.test(norm.slice(q.end, c.start));
  if (things.some(right)) return true;
  if (YEAR.test(norm.slice(q.start, q.end)) && !people.some(right)) return true;
  // (the three characters after first: the name before is read by a regex tried from each of 40)
  return APPOSITION_END.test(norm.slice(q.end, q.end + 3)) && NAME_COMMA.test(norm.slice(Math.max(0, q.start - 40), q.start));
}

/** The word around `at` (up to the white space before it, at most `URL_MAX` characters back) is a web address. */
function inUrl(norm: string, at: number): boolean {
  let start = at;
  const floor = Math.max(0, at - URL_MAX);
  while (start > floor && !SPACE.test(norm[start - 1]!)) start--;
  return URL_START.test(norm.slice(start, start + 12));
}

const SPACE = /\s/u;
const LOWER_START = /^\p{Ll}/u;
const URL_MAX = 300;
