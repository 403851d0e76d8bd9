/**
 * A count of units before or after another time: 'three weeks from tomorrow', '2 weeks before
 * Christmas', 'tre giorni dopo il 5 gennaio'. The grammar's `offset` template matches the words
 * right before a recognized time ('three weeks from '); its `dir` group is looked up in the
 * OFFSETDIR table (1 = after, -1 = before). The result is a day.
 */
import type { Candidate } from './engine.js';
import type { TimeLexicon } from './grammar.js';
import { addUnits } from './calendar.js';
import { numberOf } from './resolvers.js';

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
    const date = m && unit && n !== undefined && typeof dir === 'string' ? addUnits(c.resolved.from, unit, n * Number(dir)) : undefined;
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
