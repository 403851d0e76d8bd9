/**
 * A count of units before or after another time: 'three weeks from tomorrow', '2 weeks before
 * Christmas', 'tre giorni dopo il 5 gennaio'. The grammar's `offset` template matches the words
 * right before a recognized time ('three weeks from '); its `dir` group is looked up in the
 * OFFSETDIR table (1 = after, -1 = before). The result is a day; with a unit and no count, the
 * whole unit next to the anchor's ('il mese dopo natale': January); with a weekday, the N-th such
 * day after or before the anchor ('terzo martedì dopo natale'). An anchor that states no year
 * ('January 15', 'Tuesday', 'Christmas') is taken at its nearest occurrence, before or after
 * the reference: counting from a day usually looks ahead ('2 weeks from January 15').
 */
import type { Candidate } from './engine.js';
import type { Resolved, TimeLexicon } from './grammar.js';
import { addDays, addMonths, addUnits, dayOf, isoWeekday } from './calendar.js';
import { periodOf } from './periods.js';
import { numberOf, weekdayOf } from './resolvers.js';
import { compilePattern } from './compile.js';
import { isSpace } from '../prefix-scan.js';

/** The anchor's day, or its next occurrence when that is nearer the reference and no year is stated. */
function nearestAnchor(c: Candidate, reference: Date): Date {
  const r = c.resolved;
  const ref = dayOf(reference).getTime();
  let next: Date | undefined;
  if (r.parts && r.parts.year === undefined && r.parts.month !== undefined) next = addMonths(r.from, 12);
  else if (r.weekday !== undefined && !r.parts) next = addDays(r.from, 7);
  if (!next || Math.abs(next.getTime() - ref) >= Math.abs(r.from.getTime() - ref)) return r.from;
  return next;
}

/** The time `groups` (dir, and num + unit, unit alone, or ord + weekday) name relative to `anchor`. */
function shiftAnchor(groups: Record<string, string | undefined>, anchor: Date, lexicon: TimeLexicon, reference: Date): Resolved | undefined {
  const dir = groups['dir'] === undefined ? undefined : Number(lexicon.extra?.['OFFSETDIR']?.get(groups['dir']));
  if (dir !== 1 && dir !== -1) return undefined;
  const ctx = { groups, reference, lexicon, text: '', start: 0, end: 0 };
  const wd = weekdayOf(ctx);
  if (wd !== undefined) {
    const n = groups['ord'] === undefined ? 1 : numberOf(ctx, 'ord');
    if (n === undefined || n < 1) return undefined;
    const first = addDays(anchor, dir > 0 ? ((wd - isoWeekday(anchor) + 6) % 7) + 1 : -(((isoWeekday(anchor) - wd + 6) % 7) + 1));
    const date = addDays(first, 7 * (n - 1) * dir);
    return { grain: 'day', from: date, to: date };
  }
  const unit = groups['unit'] === undefined ? undefined : lexicon.units.get(groups['unit']);
  if (unit === undefined) return undefined;
  if (groups['num'] === undefined && groups['indef'] === undefined && unit !== 'day') {
    // 'il mese dopo natale': the calendar unit after (or before) the anchor's
    return periodOf(addUnits(anchor, unit, dir) ?? anchor, unit, 'this', true);
  }
  const n = groups['num'] === undefined ? 1 : numberOf(ctx, 'num');
  const date = n === undefined ? undefined : addUnits(anchor, unit, n * dir);
  return date ? { grain: 'day', from: date, to: date } : undefined;
}

/** The grammar's `offset` template compiled, and the last words its matches may end with. */
export interface OffsetScan {
  readonly regex: RegExp;
  /**
   * When the template ends with its OFFSETDIR words, all of ASCII letters: their last words,
   * lower case ('from', 'after', 'to' of 'prior to'). A text before a time that does not end so
   * (with white space after) holds no offset, and the regex is not run on it.
   */
  readonly lastWords?: ReadonlySet<string>;
}

const TAIL = /\{OFFSETDIR(?::\w*)?\}$/u;

export function offsetScan(template: string, lexicon: TimeLexicon, lang: string): OffsetScan {
  const regex = compilePattern(template, lexicon, `${lang}/times/offset`, '\\s*$');
  const words = lexicon.extra?.['OFFSETDIR']?.words ?? [];
  // ('prior to': the words of a phrase are apart by white space, as the last one is from the count)
  const plain = TAIL.test(template) && words.length > 0 && words.every((w) => /^[a-z]+(?: [a-z]+)*$/iu.test(w));
  return plain ? { regex, lastWords: new Set(words.map((w) => w.slice(w.lastIndexOf(' ') + 1).toLowerCase())) } : { regex };
}

/** Whether `lead` may end with an offset: with one of `lastWords` and white space, or a letter out of ASCII before them. */
function mayEndOffset(lead: string, lastWords: ReadonlySet<string>): boolean {
  let end = lead.length;
  while (end > 0 && isSpace(lead.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isAsciiLetter(lead.charCodeAt(start - 1))) start--;
  // ('ſ' and 'K' match 's' and 'k' in a regex that ignores case)
  if (start > 0 && lead.charCodeAt(start - 1) >= 0x80) return true;
  return lastWords.has(lead.slice(start, end).toLowerCase());
}

const isAsciiLetter = (code: number): boolean => (code | 32) >= 97 && (code | 32) <= 122;

/** The offset that `lead` (the text right before a time) ends with: `offset.regex.exec(lead)`, not run where it cannot match. */
export function offsetAt(lead: string, offset: OffsetScan): RegExpExecArray | null {
  return !offset.lastWords || mayEndOffset(lead, offset.lastWords) ? offset.regex.exec(lead) : null;
}

export function applyOffsets(
  text: string, selected: readonly Candidate[], offset: OffsetScan | undefined, lexicon: TimeLexicon, reference: Date, lang: string,
): Candidate[] {
  if (!offset) return [...selected];
  const out: Candidate[] = [];
  for (const c of selected) {
    const lead = text.slice(Math.max(0, c.start - 48), c.start);
    const m = offsetAt(lead, offset);
    const resolved = m ? shiftAnchor(m.groups ?? {}, nearestAnchor(c, reference), lexicon, reference) : undefined;
    if (!m || !resolved) {
      out.push(c);
      continue;
    }
    const start = c.start - (lead.length - m.index);
    while (out.length && out[out.length - 1]!.end > start) out.pop();
    out.push({ start, end: c.end, rule: `${lang}/times/offset`, resolved });
  }
  return out;
}
