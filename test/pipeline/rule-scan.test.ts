import { describe, expect, it } from 'vitest';
import { prefixIndex, scanAll } from '../../src/pipeline/prefix-scan.js';
import { compileGrammar } from '../../src/pipeline/times/compile.js';
import { cyrillicGrammar } from '../../src/pipeline/times/cyrillic-grammar.js';
import { ruleIndex, scanRules } from '../../src/pipeline/times/rule-scan.js';
import { lowerSameLength } from '../../src/pipeline/times/windows.js';
import { offsetAt, offsetScan } from '../../src/pipeline/times/offsets.js';
import type { TimeGrammar } from '../../src/pipeline/times/grammar.js';
import { grammar as en } from '../../src/lang/en/times.js';
import { grammar as it_ } from '../../src/lang/it/times.js';

/** Words and marks the generated texts are made of: time words, words that begin like them, digits, odd characters. */
const PIECES: Record<string, string[]> = {
  en: ['the', 'The', 'this', 'that', 'than', 'last', 'past', 'next', 'in', 'on', 'a', 'an', 'of', 'May', 'may', 'March',
    'Jan.', 'jan', 'Sunday', 'sun', 'Thursday', 'week', 'weekend', 'day', 'days', 'ago', 'from', 'to', 'between', 'and',
    'night', 'morning', 'Christmas', 'twenty', 'twenty-one', 'first', '1st', '21st', 'Q3', 'q1', 'said', 'people'],
  it: ['il', 'la', 'nella', 'notte', 'tra', 'dal', 'al', 'e', 'scorso', 'prossimo', 'maggio', 'Maggio', 'mar', 'martedì',
    'sabato', 'settimana', 'giorni', 'fa', 'ieri', 'oggi', 'Natale', 'primo', 'ventuno', 'detto', 'persone'],
  ru: ['в', 'В', 'ночь', 'на', 'января', 'Января', 'прошлой', 'неделе', 'дня', 'назад', 'март', 'Март', 'году', 'сказал'],
};
const MARKS = ['5', '12', '2024', '1999', '31', '12/05', '05.01.2026', '2026-01-04', '2,000', '$12', '-', '–', ',', '.',
  '(', "'", '’', 'ſ', 'İ', '\u212a', '\u00a0', '𝟙', 'école', 'ß'];
const GLUE = [' ', ' ', ' ', '  ', '', '\n', '\u00a0'];

/** A deterministic pseudo-random generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function texts(lang: string, count: number, seed: number): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const words = [...PIECES[lang]!, ...MARKS];
  return Array.from({ length: count }, () => Array.from({ length: 4 + Math.floor(next() * 14) }, () => pick(words) + pick(GLUE)).join(''));
}

const WORDISH = /[\p{L}\p{N}]/u;

interface Scans {
  readonly rules: ReturnType<typeof compileGrammar>;
  readonly fast: ReturnType<typeof ruleIndex>;
  /** Per text the rules read (lower-cased, as written): its rules and their index. */
  readonly slow: readonly (readonly [boolean, number[], ReturnType<typeof prefixIndex>])[];
}

const compiled = new Map<TimeGrammar, Scans>();

function scansOf(grammar: TimeGrammar): Scans {
  let found = compiled.get(grammar);
  if (!found) {
    const rules = compileGrammar(grammar);
    const slow = [true, false].map((reads) => {
      const picked = rules.flatMap((r, i) => (r.lower === reads ? [i] : []));
      return [reads, picked, prefixIndex(picked.map((i) => rules[i]!.regex))] as const;
    });
    found = { rules, fast: ruleIndex(rules.map((r) => r.regex), rules.map((r) => r.lower)), slow };
    compiled.set(grammar, found);
  }
  return found;
}

/** 'p:start:text' of every match: the fast scan, then one `scanAll` per text the rules read (the engine before it). */
function both(grammar: TimeGrammar, text: string): [string[], string[]] {
  const { rules, fast: index, slow: groups } = scansOf(grammar);
  const lower = lowerSameLength(text);
  const startsOk = (at: number): boolean => at === 0 || !WORDISH.test(text[at - 1]!);
  const starts: number[] = [];
  for (let at = 0; at < text.length; at++) {
    const pair = at > 0 && /[\udc00-\udfff]/u.test(text[at]!) && /[\ud800-\udbff]/u.test(text[at - 1]!);
    if (!pair && startsOk(at)) starts.push(at);
  }
  const fast: string[] = [];
  scanRules({ text, lower }, index, starts, rules.map(() => true), (p, m) => fast.push(`${p}:${m.index}:${m[0]}`));
  const slow: string[] = [];
  for (const [reads, picked, slowIndex] of groups) {
    scanAll(reads ? lower : text, slowIndex, startsOk, (p, m) => slow.push(`${picked[p]}:${m.index}:${m[0]}`));
  }
  return [fast.sort(), slow.sort()];
}

describe('scanRules', () => {
  const grammars: [string, TimeGrammar][] = [
    ['en', en], ['it', it_], ['ru', cyrillicGrammar('ru', new URL('../../src/lang/ru/data/', import.meta.url))],
  ];

  it.each(grammars)('finds what a scan of each rule finds (%s, generated texts)', (lang, grammar) => {
    let matches = 0;
    for (const text of texts(lang, 300, 7)) {
      const [fast, slow] = both(grammar, text);
      expect(fast, JSON.stringify(text)).toEqual(slow);
      matches += fast.length;
    }
    // (the texts hold times: the comparison is not of two empty lists)
    expect(matches).toBeGreaterThan(100);
  });

  it('finds dates around words that begin like rule words', () => {
    const [fast, slow] = both(en, 'Thus the war in May, the 5th of May 2024, than 3 days ago; Thursday 12/05 and 2,000 people.');
    expect(fast).toEqual(slow);
    expect(fast.some((m) => m.endsWith('5th of may 2024'))).toBe(true);
  });
});

describe('offsetAt', () => {
  const scan = offsetScan(en.offset!, en.lexicon, 'en');
  const LEADS = ['three weeks from', 'two days before', '2 weeks prior to', 'the third Tuesday after', 'a month FROM',
    'said on', 'from', 'three weeks frOm', 'three weeks \u017ffrom', 'two days before,', 'three weeks\u00a0after', 'prior\nto',
    'three weeks from the', 'weeks after\t', 'the day before', 'five years to', 'x'];

  it('finds what the offset regex finds, without running it where no offset ends', () => {
    expect(scan.lastWords).toBeDefined();
    const next = random(11);
    let found = 0;
    for (let i = 0; i < 2000; i++) {
      const lead = LEADS.filter(() => next() < 0.2).join(next() < 0.5 ? ' ' : '') + (next() < 0.5 ? ' ' : '');
      const slow = scan.regex.exec(lead);
      expect(offsetAt(lead, scan)?.[0], JSON.stringify(lead)).toBe(slow?.[0]);
      if (slow) found++;
    }
    expect(found).toBeGreaterThan(100);
  });
});
