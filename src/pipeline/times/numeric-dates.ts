/**
 * Numeric dates, the language-neutral part of every time grammar:
 *
 *   - ISO '2026-01-04', '2026/01/04', compact '20260104', year-month '2026-01'
 *   - '04.01.2026', '04/01/2026', '04-01-26', and '4/1' without a year (slash only: '3-2' is a
 *     score, '5.12' a decimal)
 *
 * Day-first ('dmy', Europe) or month-first ('mdy', US English) for the ambiguous forms; when the
 * preferred order gives an impossible date and the other does not ('22/04' month-first, '01/22/2016'
 * day-first), the other is used. Use `numericDateRules(lang, order)` inside a grammar, or
 * `numericDates(doc, order)` alone.
 */
import type { TimeMention } from '../../model/extraction.js';
import type { Doc } from '../doc.js';
import type { Resolver, RuleContext, TimeRule } from './grammar.js';
import { endOfMonth, expandYear, pastMonthDay, ymd } from './calendar.js';
import { createTimeRecognizer } from './engine.js';
import { emptyLexicon } from './lexicon.js';

export type DateOrder = 'dmy' | 'mdy';

function num(ctx: RuleContext, name: string): number | undefined {
  const raw = ctx.groups[name];
  return raw === undefined ? undefined : Number(raw);
}

/**
 * No digit, slash, dot-digit or ':' around: '1/2/3/4', '10.5.12.1' and '12:30' are not dates.
 * A hyphen is allowed on either side: '28/2-1/3' is a range of two dates.
 */
function isolated(ctx: RuleContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 2), ctx.start);
  const after = ctx.text.slice(ctx.end, ctx.end + 2);
  const wide = ctx.text.slice(Math.max(0, ctx.start - 5), ctx.start);
  return !/[\d/:]$|[.,]\d$|\d[.,]$/.test(before) && !/\d{3}-$/.test(wide) && !/^[/:]|^[.,]\d/.test(after);
}

/** '2026-01-04': year, month, day. */
const isoDate: Resolver = (ctx) => {
  const date = ymd(num(ctx, 'y')!, num(ctx, 'm')!, num(ctx, 'd')!);
  return date && isolated(ctx) ? { grain: 'day', from: date, to: date, parts: { year: date.getUTCFullYear(), month: num(ctx, 'm'), day: num(ctx, 'd') } } : undefined;
};

/** '2026-01', and '01-2026', '1/2026': a month ('2015-1-32' is no date at all). */
const isoMonth: Resolver = (ctx) => {
  const y = num(ctx, 'y')!;
  const m = num(ctx, 'm')!;
  if (m < 1 || m > 12 || !isolated(ctx) || /^[-/]\d/.test(ctx.text.slice(ctx.end, ctx.end + 2))) return undefined;
  const from = new Date(Date.UTC(y, m - 1, 1));
  return { grain: 'month', from, to: endOfMonth(from), parts: { year: y, month: m } };
};

/** Picks day and month from two numbers in the preferred order, falling back to the other. */
function dayMonth(a: number, b: number, order: DateOrder): [number, number] | undefined {
  const [d, m] = order === 'dmy' ? [a, b] : [b, a];
  if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return [d, m];
  if (d >= 1 && d <= 12 && m >= 1 && m <= 31) return [m, d];
  return undefined;
}

function numericDate(order: DateOrder): Resolver {
  return (ctx) => {
    if (!isolated(ctx)) return undefined;
    // '02.01.26' is a date, '10.5.12' a version number: short dotted dates are zero-padded
    if (ctx.groups['sep'] === '.' && ctx.groups['y']?.length === 2 && (ctx.groups['a']!.length < 2 || ctx.groups['b']!.length < 2)) return undefined;
    const dm = dayMonth(num(ctx, 'a')!, num(ctx, 'b')!, order);
    if (!dm) return undefined;
    const rawYear = ctx.groups['y'];
    const year = rawYear === undefined ? undefined : expandYear(Number(rawYear), ctx.reference);
    const date = pastMonthDay(ctx.reference, dm[1], dm[0], year);
    if (!date) return undefined;
    return { grain: 'day', from: date, to: date, parts: { year, month: dm[1], day: dm[0] } };
  };
}

/** Without a year, '4/1' must not be a fraction or a score: '5/7 of the votes', '3/4 %'. */
function numericDayMonth(order: DateOrder): Resolver {
  const full = numericDate(order);
  return (ctx) => {
    const after = ctx.text.slice(ctx.end, ctx.end + 8);
    if (/^\s*(?:of|di|del|della|dei|degli|delle|%|per\s*cent)/iu.test(after)) return undefined;
    return full(ctx);
  };
}

/** The numeric-date rules of a language (ids `<lang>/times/iso-date`, ...). */
export function numericDateRules(lang: string, order: DateOrder): TimeRule[] {
  return [
    // '2026-01-04', '2026/1/4', '2026.01.04'
    { id: `${lang}/times/iso-date`, pattern: '(?<y>[12]\\d{3})(?<sep>[-/.])(?<m>[01]?\\d)\\k<sep>(?<d>[0-3]?\\d)', resolve: isoDate },
    // '20260104'
    { id: `${lang}/times/compact-date`, pattern: '(?<y>(?:19|20)\\d{2})(?<m>[01]\\d)(?<d>[0-3]\\d)', resolve: isoDate },
    // '2026-01'
    { id: `${lang}/times/iso-month`, pattern: '(?<y>[12]\\d{3})-(?<m>[01]?\\d)', resolve: isoMonth },
    // '01-2026', '1/2026'
    { id: `${lang}/times/numeric-month`, pattern: '(?<m>[01]?\\d)[-/](?<y>[12]\\d{3})', resolve: isoMonth },
    // '04.01.2026', '04/01/26', '4-1-2026'
    { id: `${lang}/times/numeric-date`, pattern: '(?<a>[0-3]?\\d)(?<sep>[-/.])(?<b>[0-3]?\\d)\\k<sep>(?<y>\\d{4}|\\d{2})', resolve: numericDate(order) },
    // '5/7, 2020'
    { id: `${lang}/times/numeric-date`, pattern: '(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d),\\s*(?<y>[12]\\d{3})', resolve: numericDate(order) },
    // '4/1' (a slash only)
    { id: `${lang}/times/numeric-day-month`, pattern: '(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)', resolve: numericDayMonth(order) },
  ];
}

const recognizers = new Map<string, (doc: Doc) => TimeMention[]>();

/** The numeric dates of a document alone (what the neutral pack does), e.g. for a pack without words yet. */
export function numericDates(doc: Doc, order: DateOrder, lang = doc.lang): TimeMention[] {
  const key = `${lang}:${order}`;
  let recognize = recognizers.get(key);
  if (!recognize) {
    recognize = createTimeRecognizer({ lang, lexicon: emptyLexicon(), rules: numericDateRules(lang, order) });
    recognizers.set(key, recognize);
  }
  return recognize(doc);
}
