import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/pipeline/doc.js';
import { normalizeText } from '../../src/pipeline/normalize.js';
import { parseReference } from '../../src/pipeline/reference.js';
import { trieSource } from '../../src/pipeline/times/word-trie.js';
import { anchorRegex, anchorWindows, lowerSameLength, regexWindows } from '../../src/pipeline/times/windows.js';
import { cyrillicGrammar } from '../../src/pipeline/times/cyrillic-grammar.js';
import { grammar as enGrammar } from '../../src/lang/en/times.js';
import { grammar as itGrammar } from '../../src/lang/it/times.js';
import { times as ukTimes } from '../../src/lang/uk/times.js';
import { times as ruTimes } from '../../src/lang/ru/times.js';
import type { TimeRecognizer } from '../../src/lang/types.js';

const PUBLISHED = '2026-01-04T10:00:00';

function find(recognize: TimeRecognizer, lang: string, text: string) {
  const doc: Doc = { id: 't', text, norm: normalizeText(text), lang, published: PUBLISHED, reference: parseReference(PUBLISHED), sentences: [] };
  return recognize(doc, []);
}

/** The flat alternation the trie replaces: longest word first, spaces as runs, a final dot optional. */
function flat(words: readonly string[]): string {
  return words.map((w) => {
    const dot = w.endsWith('.');
    const base = (dot ? w.slice(0, -1) : w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    return dot ? `${base}\\.?` : base;
  }).join('|');
}

describe('word trie', () => {
  // longest first, as word tables give them
  const words = ['settembre', 'sett.', 'set', 'st. patrick', 'twenty one', 'twenty', 'two', 'sab.', 'sabato', 'sab']
    .sort((a, b) => b.length - a.length);

  it('factors shared prefixes', () => {
    expect(trieSource(['twenty one', 'twenty', 'two'])).toBe('tw(?:enty(?:\\s+one)?|o)');
    expect(trieSource([])).toBe('(?!)');
  });

  it('matches what the flat list matches, preferring the same (longest) word', () => {
    const trie = new RegExp(`^(?:${trieSource(words)})`, 'u');
    const list = new RegExp(`^(?:${flat(words)})`, 'u');
    // followed by a word that the flat list's next alternative might take instead
    const tail = new RegExp(`^(?:${trieSource(words)})\\s+\\d`, 'u');
    const flatTail = new RegExp(`^(?:${flat(words)})\\s+\\d`, 'u');
    for (const probe of ['settembre 5', 'sett. 5', 'sett 5', 'set 5', 'st. patrick', 'twenty  one 1', 'twenty 1', 'two', 'sab. 3', 'sabato 3', 'sa 3', 'x']) {
      expect(trie.exec(probe)?.[0], probe).toBe(list.exec(probe)?.[0]);
      expect(tail.exec(probe)?.[0], probe).toBe(flatTail.exec(probe)?.[0]);
    }
  });
});

describe('clue scan', () => {
  const PIECES = ['march', 'March', 'jan.', 'jan', 'may', 'maggio', 'gennaio', 'sabato', 'week', 'weeks', 'day', 'today',
    'q1', '5', '2024', '12/05', 'x', 'é', 'è', '𝟙', '𝐀', '-', '.', ',', "'", '(', ' ', ' ', '\n', '\u00a0', 'said', 'forces',
    'січня', 'січ.', 'торік', 'вночі', 'января', 'янв.', 'неделе', 'ж', 'ҁ', '\u0483', 'ї'];
  const GLUE = ['', ' ', ' ', '-', '.'];

  const cyrillic = (lang: string) => cyrillicGrammar(lang, new URL(`../../src/lang/${lang}/data/`, import.meta.url));

  it.each([['en', enGrammar], ['it', itGrammar], ['uk', cyrillic('uk')], ['ru', cyrillic('ru')]] as const)('finds the windows the regex scan finds (%s, generated texts)', (_, grammar) => {
    const scan = anchorRegex(grammar);
    let seed = 3;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 3 + next(12) }, () => PIECES[next(PIECES.length)]! + GLUE[next(GLUE.length)]!).join('');
      const lower = lowerSameLength(text);
      const show = (ws: ReturnType<typeof anchorWindows>) => ws.map((w) => `${w.start}-${w.end}:${[...w.kinds].sort().join(',')}`);
      expect(show(anchorWindows(lower, scan)), JSON.stringify(text)).toEqual(show(regexWindows(lower, scan)));
    }
  });
});

describe('Cyrillic times on windows around clues', () => {
  const cases: [TimeRecognizer, string, string[]][] = [
    [ukTimes, 'uk', ['У ніч на 5 січня росіяни атакували Харків.', 'Торік таких атак було менше.', 'Березень видався холодним.', 'Удар стався минулої ночі.', 'Три дні тому сирени лунали в Сумах.']],
    [ruTimes, 'ru', ['В ночь на 5 января дроны атаковали Курск.', 'В прошлом году таких атак было меньше.', 'Март выдался холодным.', 'Удар произошел на прошлой неделе.', 'Через неделю обстрел повторился.']],
  ];
  const filler = { uk: 'Про це повідомили в обласній адміністрації, де зазначили, що ситуація залишається складною. ', ru: 'Об этом сообщили в областной администрации, где отметили, что ситуация остается сложной. ' };

  it.each(cases)('finds in a long article what it finds in each sentence alone (%#)', (recognize, lang, sentences) => {
    const pad = filler[lang as 'uk' | 'ru'].repeat(3);
    let article = '';
    const expected: string[] = [];
    for (const s of sentences) {
      const at = article.length + pad.length;
      for (const m of find(recognize, lang, s)) expected.push(`${m.start + at}:${m.text}:${m.value.start}..${m.value.end}`);
      article += pad + s + ' ';
    }
    expect(expected.length).toBeGreaterThanOrEqual(sentences.length);
    const found = find(recognize, lang, article).map((m) => `${m.start}:${m.text}:${m.value.start}..${m.value.end}`);
    expect(found).toEqual(expected);
  });
});
