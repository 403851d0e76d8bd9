/**
 * Years written in words, for languages that list scale words in `times-scales.txt`:
 * 'two thousand and fifteen' (2015), 'nineteen ninety six' (1996), 'seventeen hundred thirty
 * three' (1733), 'twenty twenty' (2020). Only 1000–2999 are years.
 */
import type { TimeLexicon } from './grammar.js';

/** Regex source of two or more number or scale words ('nineteen eighty six'). */
export function yearWordsSource(lex: TimeLexicon): string | undefined {
  const scales = lex.extra?.['SCALE'];
  if (!scales) return undefined;
  const word = `(?:${lex.numbers.source}|${scales.source})`;
  return `(?:${lex.numbers.source})(?:[\\s-]+(?:and\\s+)?${word})+`;
}

/** Sums number words below one hundred: 'ninety six' → 96; undefined if they are not one number. */
function small(values: readonly number[]): number | undefined {
  if (values.length === 1) return values[0];
  if (values.length === 2 && values[0]! % 10 === 0 && values[0]! >= 20 && values[1]! < 10) return values[0]! + values[1]!;
  return undefined;
}

export function parseYearWords(raw: string, lex: TimeLexicon): number | undefined {
  const scales = lex.extra?.['SCALE'];
  const tokens = raw.toLowerCase().split(/[\s-]+/).filter((t) => t && t !== 'and');
  let total = 0;
  let group: number[] = [];
  const groups: number[][] = [];
  for (const token of tokens) {
    const scale = Number(scales?.get(token));
    if (scale === 100 || scale === 1000) {
      total += (small(group) ?? NaN) * scale;
      group = [];
      continue;
    }
    const n = lex.numbers.get(token);
    if (n === undefined) return undefined;
    // 'nineteen ninety': a new group starts after a teen or a finished tens-and-unit
    if (group.length && (group[group.length - 1]! < 20 || group.length === 2 || n >= 20)) {
      groups.push(group);
      group = [];
    }
    group.push(n);
  }
  groups.push(group);
  let year: number | undefined;
  if (total > 0) year = total + (groups.length === 1 ? (group.length ? small(group) ?? NaN : 0) : NaN);
  else if (groups.length === 2) year = (small(groups[0]!) ?? NaN) * 100 + (small(groups[1]!) ?? NaN);
  return year !== undefined && year >= 1000 && year <= 2999 ? year : undefined;
}
