/**
 * Compound durations counted back or forward from the reference: '2 weeks and 2 days ago',
 * '2 settimane e 2 giorni fa', 'three years, two months ago'. Every `count unit` pair of the
 * match is added up; the result is a day.
 */
import type { Resolver, TimeLexicon } from './grammar.js';
import { addUnits, dayOf } from './calendar.js';
import { expandTemplate, macroSources } from './compile.js';

const pairs = new WeakMap<TimeLexicon, RegExp>();

function pairRegex(lex: TimeLexicon): RegExp {
  let re = pairs.get(lex);
  if (!re) {
    re = new RegExp(expandTemplate('(?:{NUM}|{INDEF:})\\s+{UNIT}', macroSources(lex), 'duration'), 'giu');
    pairs.set(lex, re);
  }
  return re;
}

export function compoundOffset(direction: -1 | 1): Resolver {
  return (ctx) => {
    let date: Date | undefined = dayOf(ctx.reference);
    let count = 0;
    for (const m of ctx.text.slice(ctx.start, ctx.end).matchAll(pairRegex(ctx.lexicon))) {
      const raw = m.groups?.['num'];
      const n = raw === undefined ? 1 : /^\d+$/.test(raw) ? Number(raw) : ctx.lexicon.numbers.get(raw);
      const unit = m.groups?.['unit'] === undefined ? undefined : ctx.lexicon.units.get(m.groups['unit']);
      if (n === undefined || unit === undefined || !date) return undefined;
      date = addUnits(date, unit, direction * n);
      count++;
    }
    return date && count > 1 ? { grain: 'day', from: date, to: date } : undefined;
  };
}
