import { describe, expect, it } from 'vitest';
import { DIGITS_RUN, WILD, WORD_END, charKey, firstWords, nextKeys, nextWords, regexPrefixes, wholeWords } from '../../src/pipeline/regex-prefixes.js';
import { languagePack } from '../../src/lang/index.js';

const sorted = (s: ReadonlySet<string> | undefined): string[] | undefined => (s ? [...s].sort() : undefined);

describe('regexPrefixes', () => {
  it('reads the first two characters of word lists, groups and optional parts', () => {
    expect(sorted(regexPrefixes('killed|dead'))).toEqual(['de', 'ki']);
    expect(sorted(regexPrefixes('(?:land)?mines?'))).toEqual(['la', 'mi']);
    expect(sorted(regexPrefixes('dron[ei]|Shaheds?'))).toEqual(['dr', 'sh']);
    expect(sorted(regexPrefixes('m[ae]n'))).toEqual(['ma', 'me']);
  });

  it('keeps a one-letter match whole and marks what it cannot follow as any character', () => {
    expect(sorted(regexPrefixes('a|an|i(?![\\p{L}])'))).toEqual(['a', 'an', 'i']);
    expect(sorted(regexPrefixes('no\\s+one'))).toEqual(['no']);
    expect(sorted(regexPrefixes('x\\s+y'))).toEqual([`x${WILD}`]);
    expect(sorted(regexPrefixes('.foo'))).toEqual([`${WILD}f`]);
    expect(sorted(regexPrefixes('kh-\\d+s?'))).toEqual(['kh']);
  });

  it('reads repetitions and lookarounds', () => {
    expect(sorted(regexPrefixes('(?:ab)+c'))).toEqual(['ab']);
    expect(sorted(regexPrefixes('a*b'))).toEqual(['aa', 'ab', 'b']);
    expect(sorted(regexPrefixes('(?=x)ab(?!c)'))).toEqual(['ab']);
    expect(sorted(regexPrefixes('(?<w>[а-в])я'))).toEqual(['ая', 'бя', 'вя']);
  });

  it('gives up on what it does not read', () => {
    expect(regexPrefixes('a)')).toBeUndefined();
  });
});

describe('firstWords', () => {
  it('lists the runs of letters a match starts with, lower case', () => {
    expect(sorted(firstWords(`(?:Police|officers?|no\\s+one)${WORD_END}`))).toEqual(['no', 'officer', 'officers', 'police']);
    expect(sorted(firstWords(`(?:an?\\s+(?:\\d+-year-old\\s+)?man|-year-old)${WORD_END}`))).toEqual(['', 'a', 'an']);
    expect(sorted(firstWords(`(?:\\d{1,2}(?:st|nd))${WORD_END}`))).toEqual([`${DIGITS_RUN}nd`, `${DIGITS_RUN}st`]);
    expect(sorted(firstWords(`(?:\\d+\\s+days)${WORD_END}`))).toEqual([DIGITS_RUN]);
    expect(sorted(firstWords(`(?:twenty[\\s-]+one|[12]\\d{3})${WORD_END}`))).toEqual([DIGITS_RUN, 'twenty']);
    expect(sorted(firstWords(`(?<!\\d)(?:passers-by|e\\.\\s*ukraine)${WORD_END}`))).toEqual(['e', 'passers']);
  });

  it('gives up on words it cannot list, and on patterns that may end inside a word', () => {
    expect(firstWords(`(?:[\\p{L}-]+)${WORD_END}`)).toBeUndefined();
    expect(firstWords(`(?:[\\w'-]+)${WORD_END}`)).toBeUndefined();
    expect(firstWords('(?:police|officers?)')).toBeUndefined();
  });
});

describe('wholeWords', () => {
  it('lists the first words that are a whole match, not those a match may go on from', () => {
    expect(sorted(wholeWords(`(?:Police|officers?|no\\s+one|no)${WORD_END}`))).toEqual(['officer', 'officers', 'police']);
    expect(sorted(wholeWords(`(?:(?:mon|tues)day|the)${WORD_END}`))).toEqual(['monday', 'the', 'tuesday']);
    expect(sorted(wholeWords(`(?:вбит[аи]|загинув)${WORD_END}`))).toEqual(['вбита', 'вбити', 'загинув']);
    expect(sorted(wholeWords(`(?:sgt\\.|chief|d'attacco)${WORD_END}`))).toEqual(['chief']);
  });

  it('lists none where the regex may match less than the words read (lookarounds, anchors, captures) or other runs of digits', () => {
    expect(sorted(wholeWords(`(?:military(?!\\s+administration)|forces)${WORD_END}`))).toEqual([]);
    expect(sorted(wholeWords(`(?:\\bthe)${WORD_END}`))).toEqual([]);
    expect(sorted(wholeWords(`(?:(?<day>mon|tues)day)${WORD_END}`))).toEqual([]);
    expect(sorted(wholeWords(`(?:\\d{1,2}th|first)${WORD_END}`))).toEqual(['first']);
    expect(sorted(wholeWords('(?:police|officers?)'))).toEqual([]);
  });
});

describe('nextKeys', () => {
  const keys = (source: string): Record<string, string[]> | undefined => {
    const found = nextKeys(`(?:${source})${WORD_END}`);
    return found && Object.fromEntries([...found].map(([w, k]) => [w, [...k].map((c) => String.fromCharCode(c)).sort()]));
  };

  it('reads the key after a first word and the white space after it', () => {
    expect(keys('russian\\s+(?:armed\\s+)?forces|Russian\\s+troops')).toEqual({ russian: ['a', 'f', 't'] });
    expect(keys('e\\.\\s*ukraine|pro-russian|ukraine[\'’]?s\\s+east')).toEqual({ e: ['.'], pro: ['-'], ukraine: ["'", '’'], ukraines: ['e'] });
    expect(keys('\\d+\\s+killed')).toEqual({ [DIGITS_RUN]: ['k'] });
    expect(keys('among(?:\\s+them)?|of\\s+whom')).toEqual({ of: ['w'] });
  });

  it('leaves out words it does not follow and words a match may end with', () => {
    expect(keys('in\\s+.east|the(?:\\s+east)?')).toEqual({});
    expect(keys('an?\\s+(?:[\\w-]+\\s+)?man|the\\s+\\p{L}+')).toEqual({});
    expect(nextKeys('russian\\s+troops')).toBeUndefined();
  });
});

describe('nextWords', () => {
  const words = (source: string): Record<string, string[]> | undefined => {
    const found = nextWords(`(?:${source})${WORD_END}`);
    return found && Object.fromEntries([...found].map(([w, s]) => [w, [...s].sort()]));
  };

  it('reads the word after a first word and the marks and white space after it', () => {
    expect(words('the\\s+(?:\\d{1,2}(?:st|nd)|First|second)\\s+week')).toEqual({ the: [`${DIGITS_RUN}nd`, `${DIGITS_RUN}st`, 'first', 'second'] });
    expect(words('\\d+-year-old|\\d+\\s*,\\s*\\d{4}')).toEqual({ [DIGITS_RUN]: [DIGITS_RUN, 'year'] });
    expect(words('e\\.\\s*ukraine|twenty[\\s-]+one')).toEqual({ e: ['ukraine'], twenty: ['one'] });
  });

  it('leaves out words a match may end with or go on from to words it does not list', () => {
    expect(words('the(?:\\s+east)?|in\\s+\\p{L}+|on\\s+.+')).toEqual({});
    expect(nextWords('the\\s+east')).toBeUndefined();
  });
});

describe('charKey', () => {
  it('lower-cases, and gives up on characters whose case folds elsewhere', () => {
    expect(charKey('K')).toBe('k');
    expect(charKey('Ж')).toBe('ж');
    expect(charKey('ſ')).toBe(WILD);
  });

  it('gives every character that a letter of a lexicon matches (flags iu) that letter’s key, or WILD', () => {
    const letters = new Set<string>();
    for (const lang of ['en', 'it', 'uk', 'ru']) {
      for (const entry of languagePack(lang)!.eventLexicon!().entries) {
        const found = [...(regexPrefixes(entry.pattern.source) ?? []), ...(firstWords(entry.pattern.source) ?? [])];
        for (const p of found) for (const ch of p) if (ch !== WILD) letters.add(ch);
      }
    }
    let bmp = '';
    for (let c = 1; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) bmp += String.fromCharCode(c);
    for (const letter of letters) {
      for (const m of bmp.matchAll(new RegExp(`\\u{${letter.charCodeAt(0).toString(16)}}`, 'giu'))) {
        expect([letter, WILD], `${m[0]} (U+${m[0].charCodeAt(0).toString(16)}) matches ${letter}`).toContain(charKey(m[0]));
      }
    }
  });

  it('gives a character a letter’s key only when that letter matches it (flags iu): a whole word found by its key is a match', () => {
    const letters = new Set<string>();
    for (const lang of ['en', 'it', 'uk', 'ru']) {
      for (const entry of languagePack(lang)!.eventLexicon!().entries) {
        for (const w of wholeWords(entry.pattern.source)) for (const ch of w) letters.add(ch);
      }
    }
    expect(letters.size).toBeGreaterThan(50);
    for (let c = 1; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const key = charKey(ch);
      if (letters.has(key)) expect(new RegExp(`^\\u{${key.charCodeAt(0).toString(16)}}$`, 'iu').test(ch), `U+${c.toString(16)} keyed ${key}`).toBe(true);
    }
  });
});
