import { describe, expect, it } from 'vitest';
import { en } from '../../src/lang/en/index.js';
import { it as it_ } from '../../src/lang/it/index.js';
import { ru } from '../../src/lang/ru/index.js';
import { uk } from '../../src/lang/uk/index.js';
import type { LanguagePack } from '../../src/lang/types.js';
import { findCues, type Cue } from '../../src/pipeline/events/cues.js';
import type { EventLexicon } from '../../src/pipeline/events/lexicon.js';
import { normalizeText } from '../../src/pipeline/normalize.js';
import { prefixIndex, scanAll } from '../../src/pipeline/prefix-scan.js';

// Sentences written for these tests: function words, phrases of several words, capitals glued
// to a word ("neighborhoodPolice"), digits in words, stems of Cyrillic words, apostrophes,
// characters whose lower case is not one letter ('İ', 'ſ'), an emoji, entries of one category
// that overlap ("droni d'attacco" and "droni").
const TEXTS: readonly (readonly [LanguagePack, string])[] = [
  [en, 'Police said a 34-year-old man was shot and killed on Main Street; the neighborhoodPolice officers and no one else were hurt.'],
  [en, 'Russian forces shelled eastern Ukraine on the 12th, killing 3 civilians and wounding 12, the governor said on Telegram. ſhot İn 🙂 Kiev forces'],
  [en, 'In a separate attack, Ukrainian troops shot down 6 Shahed drones over the Belgorod region, leaving 11,000 people without power, water and heat.'],
  [it_, "Quasi 1.000 droni d'attacco e sei missili hanno colpito Kharkiv: il sindaco Igor Terekhov ha detto che 4 persone sono morte e 11mila senza luce."],
  [it_, "Un drone ucraino ha colpito un'auto nella regione di Belgorod, ha scritto su Telegram il governatore. L'esercito russo ha bombardato le forze di Kiev."],
  [uk, 'Унаслідок російського обстрілу Харкова загинули двоє людей, ще 12 поранено, повідомив голова ОВА Олег Синєгубов у Telegram. Без води та опалення.'],
  [ru, 'В результате атаки беспилотников ВСУ на Курскую область погиб мирный житель, ранены ещё трое, сообщил губернатор в Telegram-канале.'],
  // white space other than ' ' between the words of a phrase, a mark or an emoji after a word, a text that ends after a phrase's first word
  [en, 'Pro-Russian rebels in E. Ukraine, among\u00a0them\nRussian\u2009troops and 🙂 Russian 🙂 forces, of whom 2 were killed in the\teast by Russian'],
];

/** The cues as the scan of prefix-scan.ts finds them, resolved and ordered as `findCues` promises. */
function reference(norm: string, lexicon: EventLexicon): Cue[] {
  const entries = [...lexicon.byCategory.values()].flat();
  const found: Cue[][] = entries.map(() => []);
  const startsWord = (at: number): boolean =>
    at === 0 || !/[\p{L}\p{N}]/u.test(norm[at - 1]!) || (/\p{Ll}/u.test(norm[at - 1]!) && /\p{Lu}/u.test(norm[at]!));
  scanAll(norm, prefixIndex(entries.map((e) => e.pattern)), startsWord, (e, m) => {
    const entry = entries[e]!;
    found[e]!.push({ category: entry.category, key: entry.key, rule: entry.rule, start: m.index, end: m.index + m[0].length });
  });
  const out: Cue[] = [];
  for (const category of lexicon.byCategory.keys()) {
    const lists = found.filter((_, e) => entries[e]!.category === category && found[e]!.length);
    const all = lists.flat();
    if (lists.length < 2) {
      out.push(...all);
      continue;
    }
    // the longest first, then the earliest, then the entry first in the file
    const kept: Cue[] = [];
    for (const c of [...all].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
      if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
    }
    out.push(...kept);
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

describe('findCues', () => {
  it('finds what a scan pattern by pattern finds, in the same order', () => {
    for (const [pack, text] of TEXTS) {
      const norm = normalizeText(text);
      const lexicon = pack.eventLexicon!();
      const cues = findCues(norm, lexicon);
      expect(cues.length).toBeGreaterThan(10);
      expect(cues).toEqual(reference(norm, lexicon));
    }
  });

  it('reports whole words and phrases with their spans', () => {
    const text = TEXTS[0]![1];
    const cues = findCues(normalizeText(text), en.eventLexicon!());
    const at = (category: string, phrase: string): boolean =>
      cues.some((c) => c.category === category && text.slice(c.start, c.end) === phrase);
    expect(at('subject_stop', 'Police')).toBe(true);
    // a capital glued to the word before starts a word
    expect(cues.some((c) => c.category === 'subject_stop' && text.slice(c.start, c.end) === 'Police' && c.start > 60)).toBe(true);
    expect(at('casualty', 'was shot and killed')).toBe(true);
    expect(at('one', 'a 34-year-old man')).toBe(true);
    expect(at('street_after', 'Street')).toBe(true);
  });

  it('keeps the longest of overlapping entries of one category', () => {
    const text = TEXTS[3]![1];
    const weapons = findCues(normalizeText(text), it_.eventLexicon!()).filter((c) => c.category === 'weapon');
    expect(weapons.map((c) => text.slice(c.start, c.end))).toEqual(["droni d'attacco", 'missili']);
  });
});
