import type { Span } from '../../model/extraction.js';
import type { Casualty } from './casualties.js';
import { ofKind, wordsCovered } from './casualties.js';
import { denied } from './lone-injuries.js';
import type { Cue } from './cues.js';
import { ofCategory } from './cues.js';

/** One to four capitalized words: "Jakell Mitchell", "Paul J. Rayer", "Barney". */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
/** An appositive between commas: ", a 21-year-old Latino male,", ", 29,". */
const APPOS = String.raw`(?:\s*,[^,;:()]{1,60},)?`;
const SUBJECT = new RegExp(`(?<names>${NAME}${APPOS}(?:\\s*,?\\s+and\\s+${NAME}${APPOS})*)(?<gap>(?:\\s+\\p{Ll}+){0,4})\\s*$`, 'u');
export const LOOK_BACK = 160;

/**
 * Victims named with no number, one per name or singular pronoun that is the subject of a
 * casualty cue left without a count: "Jakell Mitchell was shot and killed", "Juan Mercado, a
 * 21-year-old Latino male, died Monday", "He died at a hospital", "Stephens, 32, and Paul J.
 * Rayer, 51, were shot and killed" (2). The words between subject and cue must be auxiliaries
 * or adverbs (lexicon `subject_gap`: "was later pronounced dead"), with a passive among them
 * or in the cue unless the cue is a state ("died", "is dead"): not "Smith killed his wife".
 */
export function namedVictims(text: string, sentence: Span, cues: readonly Cue[], found: readonly Casualty[], places: readonly Span[] = []): Casualty[] {
  if (!ofCategory(cues, 'casualty').length) return [];
  const out: Casualty[] = [];
  const of = (category: string): readonly Cue[] => ofCategory(cues, category);
  const [gapWords, passives, states, stops, pronouns, denials] = [of('subject_gap'), of('passive'), of('state'), of('subject_stop'), of('pronoun'), of('denial')];
  for (const cue of of('casualty')) {
    // "Armed Forces ammunition depot near Stepanovka was destroyed": a military verb's object is a thing or a place, not a victim
    if (cue.key === 'destroys' || found.some((f) => f.start < cue.end && cue.start < f.end)) continue;
    const state = states.some((s) => s.start < cue.end && cue.start < s.end);
    // (a subject starts at most LOOK_BACK characters before its cue, `subjectOf`: with no passive
    // from there on and no state, none makes a victim, and the names are not searched for)
    if (!state && !passives.some((p) => p.start >= cue.start - LOOK_BACK && p.start < cue.end)) continue;
    const subject = subjectOf(text, sentence, cue, pronouns, gapWords, stops);
    if (!subject || !wordsCovered(text, subject.gapStart, cue.start, gapWords)) continue;
    const passive = passives.some((p) => p.start >= subject.gapStart && p.start < cue.end);
    if (!(passive || state)) continue;
    const { count, start: namesStart } = subject;
    // "No one else at the Walmart was injured": no victim
    if (denied(text, sentence, cue, denials)) continue;
    // a victim told before: a pronoun, or names written earlier with no place among them ("in Donbas, soldier killed");
    // a place inside an appositive is not the name ("Harris, a Los Angeles resident, was pronounced dead")
    const asides = appositives(text, namesStart, subject.gapStart);
    const isPlace = places.some((p) => p.start >= namesStart && p.end <= cue.end && !asides.some((a) => p.start >= a.start && p.end <= a.end));
    // "a worker from Spokane, Washington, was taken to a hospital": a town and its state, not a name
    if (townAndState(text, namesStart, subject.gapStart, asides, places)) continue;
    const retold = subject.pronoun || (!isPlace && namedBefore(text, sentence, text.slice(namesStart, subject.gapStart)));
    out.push(ofKind(cue.key, { count: { value: count, qualifier: 'exact' }, total: false, rule: `${cue.rule}/named`, start: namesStart, end: cue.end, ...(retold ? { retold } : {}) }));
  }
  return diedLater(out, pronouns);
}

/**
 * "Bishop was taken to Baylor University Medical Center where he died": the injured one of the
 * sentence is the one who died after it, told by a pronoun; not also injured.
 */
function diedLater(found: Casualty[], pronouns: readonly Cue[]): Casualty[] {
  const died = found.filter((c) => c.kind === 'killed' && pronouns.some((p) => p.start === c.start));
  if (!died.length) return found;
  return found.filter((c) => !(c.kind === 'injured' && c.count.value === 1 && died.some((d) => d.start > c.end)));
}

export interface Subject {
  readonly start: number;
  readonly gapStart: number;
  readonly count: number;
  readonly pronoun?: true;
}

/** A name after the verb or noun, an age before it: " 38-year-old Goldie Long", " Quintonio LeGrier, 19, and Bettie Jones". */
const OBJECT = new RegExp(`^\\s+(?:\\d+-year-old\\s+)?(?<names>${NAME}(?:\\s*,\\s*\\d+,)?(?:\\s*,?\\s+and\\s+${NAME})*)`, 'u');

/**
 * Victims named right after a killing verb or noun (lexicon `victim_name_after`): "in the shooting
 * death of 38-year-old Goldie Long", "the officer fatally shot Quintonio LeGrier"; not "killed
 * Sunday" (a stop word) nor a place ("the murder of Dayton's mayor" names no victim by "Dayton").
 */
export function victimsNamedAfter(text: string, sentence: Span, cues: readonly Cue[], found: readonly Casualty[], places: readonly Span[] = []): Casualty[] {
  const stops = ofCategory(cues, 'subject_stop');
  const out: Casualty[] = [];
  for (const cue of ofCategory(cues, 'victim_name_after')) {
    if ([...found, ...out].some((f) => f.start < cue.end && cue.start < f.end)) continue;
    const m = OBJECT.exec(text.slice(cue.end, sentence.end));
    if (!m?.groups) continue;
    const start = cue.end + m[0].length - m.groups['names']!.length;
    // "... of Goldie Long.": the sentence's full stop is no part of the name ("Paul J." keeps its initial)
    const names = m.groups['names']!.replace(/(?<=\p{L}{2})\.$/u, '');
    const count = nameCount(names, start, stops);
    if (!count || places.some((p) => p.start < start + names.length && start < p.end)) continue;
    const retold = namedBefore(text, sentence, names);
    out.push({ kind: 'killed', count: { value: count, qualifier: 'exact' }, total: false, rule: `${cue.rule}/named-after`, start: cue.start, end: start + names.length, ...(retold ? { retold } : {}) });
  }
  return out;
}

/** "Spokane, Washington,": the subject is one place, and its one appositive another. */
function townAndState(text: string, from: number, to: number, asides: readonly Span[], places: readonly Span[]): boolean {
  if (asides.length !== 1) return false;
  const covered = (a: number, b: number): boolean => {
    const [start, end] = [a + (text.slice(a, b).length - text.slice(a, b).trimStart().length), a + text.slice(a, b).trimEnd().length];
    return places.some((p) => p.start === start && p.end === end);
  };
  const [aside] = asides;
  return covered(from, aside!.start) && covered(aside!.start + 1, aside!.end - 1) && !text.slice(aside!.end, to).trim();
}

/** The appositives between commas of a subject: ", a Los Angeles resident,". */
function appositives(text: string, from: number, to: number): Span[] {
  return [...text.slice(from, to).matchAll(/,[^,;:()]{1,60},/gu)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }));
}

/** "Jose L. Lopez was sitting outside ... Lopez was shot": every name's last word is written before the sentence. */
function namedBefore(text: string, sentence: Span, names: string): boolean {
  const lasts = [...names.replace(/,[^,]*,/gu, ' ').matchAll(/\p{Lu}[\p{L}'’-]+(?=\s+and\s|\s*,?\s*$)/gu)].map((m) => m[0]);
  return lasts.length > 0 && lasts.every((w) => wordBefore(text, w, sentence.start));
}

const LETTER_BEFORE = /\p{L}$/u;
const LETTER_AFTER = /^\p{L}/u;

/**
 * `word` is written in text[0, limit) as a whole word: no letter right before it, nor right after
 * it short of `limit`. (A literal search: a word regex ran from every character of the text
 * before the sentence, for every sentence of a long text.)
 */
function wordBefore(text: string, word: string, limit: number): boolean {
  for (let at = text.indexOf(word); at >= 0 && at + word.length <= limit; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    // (two code units each way: a letter outside the Basic Multilingual Plane is a pair)
    if (!LETTER_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && (end === limit || !LETTER_AFTER.test(text.slice(end, Math.min(limit, end + 2))))) return true;
  }
  return false;
}

/**
 * The subject of a casualty cue: a pronoun ("he was shot") or names ("Jakell Mitchell was shot")
 * before it. Its words start at most LOOK_BACK characters before the cue (`gapStart`, where the
 * words between subject and cue start, no earlier).
 */
export function subjectOf(text: string, sentence: Span, cue: Cue, pronouns: readonly Cue[], gapWords: readonly Cue[], stops: readonly Cue[]): Subject | undefined {
  return pronounBefore(text, cue, pronouns, gapWords) ?? namesBefore(text, Math.max(sentence.start, cue.start - LOOK_BACK), cue, stops);
}

/** "police said he was shot": a singular pronoun, then only auxiliaries and adverbs. */
function pronounBefore(text: string, cue: Cue, pronouns: readonly Cue[], gapWords: readonly Cue[]): Subject | undefined {
  const p = pronouns.findLast((x) => x.end <= cue.start && cue.start - x.end <= 40);
  return p && wordsCovered(text, p.end, cue.start, gapWords) ? { start: p.start, gapStart: p.end, count: 1, pronoun: true } : undefined;
}

function namesBefore(text: string, from: number, cue: Cue, stops: readonly Cue[]): Subject | undefined {
  const m = SUBJECT.exec(text.slice(from, cue.start));
  if (!m?.groups) return undefined;
  const start = from + m.index;
  const count = nameCount(m.groups['names']!, start, stops);
  return count ? { start, gapStart: start + m.groups['names']!.length, count } : undefined;
}

/** The names of "Stephens, 32, and Paul J. Rayer, 51,": 2; 0 when one is not a person ("Police"). */
function nameCount(names: string, start: number, stops: readonly Cue[]): number {
  const withoutAppositives = names.replace(/,[^,]*,/gu, (s) => ' '.repeat(s.length));
  const parts = [...withoutAppositives.matchAll(/\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu)];
  if (parts.some((p) => stops.some((s) => s.start < start + p.index + p[0].length && start + p.index < s.end))) return 0;
  return parts.length;
}
