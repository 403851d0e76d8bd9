/**
 * Expands the macros of rule templates into regular expressions (see grammar.ts).
 */
import type { TimeGrammar, TimeLexicon, TimeRule } from './grammar.js';

export interface CompiledRule {
  readonly rule: TimeRule;
  readonly regex: RegExp;
}

/** Letters or digits must not touch a match on either side ('sabato' is not in 'sabatoni'). */
const LEFT = '(?<![\\p{L}\\p{N}])';
const RIGHT = '(?![\\p{L}\\p{N}])';

/** Macro name → regex source (without a group). */
export function macroSources(lex: TimeLexicon): Record<string, string> {
  const digitDay = `(?:[0-3]?\\d)(?:${lex.ordinalSuffix})?`;
  const sources: Record<string, string> = {
    MONTH: lex.months.source,
    WEEKDAY: lex.weekdays.source,
    DAY: `${digitDay}|${lex.ordinals.source}|${lex.numbers.source}`,
    DAYNUM: digitDay,
    ORD: `\\d{1,2}(?:${lex.ordinalSuffix})|${lex.ordinals.source}`,
    YEAR: '[12]\\d{3}',
    NUM: `\\d{1,3}|${lex.numbers.source}`,
    UNIT: lex.units.source,
    SHIFT: lex.shifts.source,
    REL: lex.relativeDays.source,
  };
  for (const [name, table] of Object.entries(lex.extra ?? {})) sources[name] = table.source;
  return sources;
}

/**
 * `{MONTH}` → `(?<month>…)`, `{DAY:day2}` → `(?<day2>…)`, `{MONTH:}` → `(?:…)`. A regex may not
 * repeat a group name, so the second `{DAY}` of a template becomes `day_b`, the third `day_c`
 * (the engine reads `day_b` as `day`: write alternatives freely).
 */
export function expandTemplate(template: string, sources: Readonly<Record<string, string>>, id: string): string {
  const seen = new Map<string, number>();
  return template.replace(/\{(?<name>[A-Z]{2,})(?<named>:(?<group>\w*))?\}/g, (_all, name: string, named?: string, group?: string) => {
    const source = sources[name];
    if (source === undefined) throw new Error(`time rule ${id}: unknown macro {${name}} in "${template}"`);
    if (named !== undefined && !group) return `(?:${source})`;
    const base = (group || name.toLowerCase()).replace(/_[a-z]$/, '');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    const suffix = count === 0 ? '' : `_${String.fromCharCode(97 + count)}`;
    return `(?<${base}${suffix}>${source})`;
  });
}

export function compileGrammar(grammar: TimeGrammar): CompiledRule[] {
  const sources = macroSources(grammar.lexicon);
  return grammar.rules.map((rule) => {
    const body = expandTemplate(rule.pattern, sources, rule.id);
    try {
      return { rule, regex: new RegExp(`${LEFT}(?:${body})${RIGHT}`, rule.caseSensitive ? 'gu' : 'giu') };
    } catch (err) {
      throw new Error(`time rule ${rule.id}: bad pattern "${rule.pattern}": ${(err as Error).message}`);
    }
  });
}
