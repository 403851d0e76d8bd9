/**
 * Expands the macros of rule templates into regular expressions (see grammar.ts).
 */
import type { TimeGrammar, TimeLexicon, TimeRule } from './grammar.js';
import type { WordTable } from './lexicon.js';
import { yearWordsSource } from './year-words.js';

export interface CompiledRule {
  readonly rule: TimeRule;
  /**
   * Without the left boundary, which the engine checks itself (a leading lookbehind makes V8
   * try every position). In a grammar that declares `anchors` (the fast path, windows.ts) a
   * case-insensitive rule runs on the lower-cased text: its word lists are lower-cased here, and
   * its template's own letters must be written in lower case. Other grammars keep the `i` flag.
   */
  readonly regex: RegExp;
  /** Reads the lower-cased copy of the text (else the text as normalized). */
  readonly lower: boolean;
  /** Kinds of clue (windows.ts) one of which a match must contain; undefined: always run. */
  readonly clues?: ReadonlySet<string>;
}

/** Letters or digits must not touch a match on either side ('sabato' is not in 'sabatoni'). */
const LEFT = '(?<![\\p{L}\\p{N}])';
const RIGHT = '(?![\\p{L}\\p{N}])';

/** The clue kinds (windows.ts) that a macro's words or digits provide. */
const CLUE_KINDS: Readonly<Record<string, readonly string[]>> = {
  MONTH: ['month'], MONTHLONG: ['month'], AMBIG: ['month'],
  WEEKDAY: ['weekday'], WDLONG: ['weekday'], WDSHORT: ['weekday'],
  UNIT: ['unit'], UNITSG: ['unit'], UNITPL: ['unit'], REL: ['rel'],
  YEAR: ['digit', 'scale'], DAY: ['digit'], DAYNUM: ['digit'], ORD: ['digit'], NUM: ['digit'],
};

/** The clue kinds a template needs one of, from its macros and digits; undefined when none shows. */
export function templateClues(template: string, anchors: readonly string[]): Set<string> | undefined {
  if (template === '') return undefined;
  const kinds = new Set<string>();
  for (const m of template.matchAll(/\{(?<name>[A-Z]{2,})(?::\w*)?\}/g)) {
    const name = m.groups!['name']!;
    for (const kind of CLUE_KINDS[name] ?? (anchors.includes(name) ? [name.toLowerCase()] : [])) kinds.add(kind);
  }
  if (/\\d|\[\d|\[0-|\[1-|\[12\]/.test(template)) kinds.add('digit');
  return kinds.size ? kinds : undefined;
}

/**
 * Macro name → regex source (without a group). `lower`: for rules that read lower-cased text
 * or ignore case — the word lists lower-cased and factored (`WordTable.trie`).
 */
export function macroSources(lex: TimeLexicon, lower = false): Record<string, string> {
  const src = (t: WordTable<unknown>): string => (lower ? t.trie : t.source);
  // not the decimals of a number nor an amount: '6,107.31 August', '$12 December 27'
  const digitDay = `(?<!\\d[.,]|[$€£]\\s?)(?:[0-3]?\\d)(?:${lex.ordinalSuffix})?`;
  const sources: Record<string, string> = {
    MONTH: src(lex.months),
    WEEKDAY: src(lex.weekdays),
    DAY: `${digitDay}|${src(lex.ordinals)}|${src(lex.numbers)}`,
    DAYNUM: digitDay,
    ORD: `\\d{1,2}(?:${lex.ordinalSuffix})|${src(lex.ordinals)}`,
    YEAR: ['[12]\\d{3}', yearWordsSource(lex)].filter(Boolean).join('|'),
    NUM: `\\d{1,3}|${src(lex.numbers)}`,
    UNIT: src(lex.units),
    SHIFT: src(lex.shifts),
    REL: src(lex.relativeDays),
  };
  for (const [name, table] of Object.entries(lex.extra ?? {})) sources[name] = src(table);
  if (lower) for (const name of Object.keys(sources)) sources[name] = sources[name]!.toLowerCase();
  return sources;
}

/**
 * `{MONTH}` → `(?<month>…)`, `{DAY:day2}` → `(?<day2>…)`, `{MONTH:}` → `(?:…)`. A regex may not
 * repeat a group name, so the second group named `day` (by a macro or written by hand, `day`
 * or `day_x`) becomes `day_b`, the third `day_c`: the engine reads `day_b` as `day`, so
 * templates may repeat groups in alternatives freely.
 */
export function expandTemplate(template: string, sources: Readonly<Record<string, string>>, id: string): string {
  const expanded = template.replace(/\{(?<name>[A-Z]{2,})(?<named>:(?<group>\w*))?\}/g, (_all, name: string, named?: string, group?: string) => {
    const source = sources[name];
    if (source === undefined) throw new Error(`time rule ${id}: unknown macro {${name}} in "${template}"`);
    if (named !== undefined && !group) return `(?:${source})`;
    return `(?<${group || name.toLowerCase()}>${source})`;
  });
  const seen = new Map<string, number>();
  return expanded.replace(/\(\?<(?<group>[A-Za-z]\w*)>/g, (_all, group: string) => {
    const base = group.replace(/_[a-z]$/, '');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return `(?<${count === 0 ? base : `${base}_${String.fromCharCode(97 + count)}`}>`;
  });
}

export function compileGrammar(grammar: TimeGrammar): CompiledRule[] {
  const fast = grammar.anchors !== undefined;
  const exact = macroSources(grammar.lexicon);
  const lowered = fast && grammar.readsCase !== true ? macroSources(grammar.lexicon, true) : exact;
  return grammar.rules.map((rule) => {
    const lower = fast && rule.caseSensitive !== true && grammar.readsCase !== true;
    const body = expandTemplate(rule.pattern, lower ? lowered : exact, rule.id);
    const clues = !fast ? undefined : rule.clues ? new Set(rule.clues) : templateClues(rule.pattern, grammar.anchors ?? []);
    const flags = lower || rule.caseSensitive ? 'gu' : 'giu';
    try {
      return { rule, regex: new RegExp(`(?:${body})${RIGHT}`, flags), lower, ...(clues ? { clues } : {}) };
    } catch (err) {
      throw new Error(`time rule ${rule.id}: bad pattern "${rule.pattern}": ${(err as Error).message}`);
    }
  });
}

/** One template alone (not a rule): the left boundary is added, `tail` ends it ('\\s*$'). */
export function compilePattern(template: string, lexicon: TimeLexicon, id: string, tail = ''): RegExp {
  const body = expandTemplate(template, macroSources(lexicon), id);
  return new RegExp(`${LEFT}(?:${body})${tail}`, 'iu');
}
