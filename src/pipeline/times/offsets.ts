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

export function applyOffsets(
  text: string, selected: readonly Candidate[], offset: RegExp | undefined, lexicon: TimeLexicon, reference: Date, lang: string,
): Candidate[] {
  if (!offset) return [...selected];
  const out: Candidate[] = [];
  for (const c of selected) {
    const lead = text.slice(Math.max(0, c.start - 48), c.start);
    const m = offset.exec(lead);
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
