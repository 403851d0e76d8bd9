/**
 * A count of units before or after another time: 'three weeks from tomorrow', '2 weeks before
 * Christmas', 'tre giorni dopo il 5 gennaio'. The grammar's `offset` template matches the words
 * right before a recognized time ('three weeks from '); its `dir` group is looked up in the
 * OFFSETDIR table (1 = after, -1 = before). The result is a day. An anchor that states no year
 * ('January 15', 'Tuesday', 'Christmas') is taken at its nearest occurrence, before or after
 * the reference: counting from a day usually looks ahead ('2 weeks from January 15').
 */
import type { Candidate } from './engine.js';
import type { TimeLexicon } from './grammar.js';
import { addDays, addMonths, addUnits, dayOf } from './calendar.js';
import { numberOf } from './resolvers.js';

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

export function applyOffsets(
  text: string, selected: readonly Candidate[], offset: RegExp | undefined, lexicon: TimeLexicon, reference: Date, lang: string,
): Candidate[] {
  if (!offset) return [...selected];
  const out: Candidate[] = [];
  for (const c of selected) {
    const lead = text.slice(Math.max(0, c.start - 48), c.start);
    const m = offset.exec(lead);
    const groups = m?.groups ?? {};
    const dir = groups['dir'] === undefined ? undefined : lexicon.extra?.['OFFSETDIR']?.get(groups['dir']);
    const unit = groups['unit'] === undefined ? undefined : lexicon.units.get(groups['unit']);
    const n = groups['num'] === undefined ? 1 : numberOf({ groups, reference, lexicon, text, start: 0, end: 0 }, 'num');
    const anchor = nearestAnchor(c, reference);
    const date = m && unit && n !== undefined && typeof dir === 'string' ? addUnits(anchor, unit, n * Number(dir)) : undefined;
    if (!m || !date) {
      out.push(c);
      continue;
    }
    const start = c.start - (lead.length - m.index);
    while (out.length && out[out.length - 1]!.end > start) out.pop();
    out.push({ start, end: c.end, rule: `${lang}/times/offset`, resolved: { grain: 'day', from: date, to: date } });
  }
  return out;
}
