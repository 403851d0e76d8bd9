import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/pipeline/index.js';

function sentences(text: string, lang: string): string[] {
  const doc = prepare({ text, lang, published: '2026-01-04' });
  return doc.sentences.map((s) => text.slice(s.start, s.end));
}

describe('sentence segmentation', () => {
  it('does not cut an English date or a name at an abbreviation or an initial', () => {
    expect(sentences('The shelling began on Dec. 18 near the port. Sgt. Maj. Paul J. Reyes was wounded.', 'en')).toEqual([
      'The shelling began on Dec. 18 near the port.',
      'Sgt. Maj. Paul J. Reyes was wounded.',
    ]);
  });

  it('keeps Italian titles with their names', () => {
    expect(sentences("Lo ha detto il gen. Rossi. Poi è intervenuto il sen. Bianchi.", 'it')).toEqual([
      'Lo ha detto il gen. Rossi.',
      'Poi è intervenuto il sen. Bianchi.',
    ]);
  });

  it('keeps Ukrainian and Russian place abbreviations with their names', () => {
    expect(sentences('Удар був по м. Харків. Також постраждало с. Хомутівка.', 'uk')).toEqual([
      'Удар був по м. Харків.',
      'Також постраждало с. Хомутівка.',
    ]);
    expect(sentences('Обстрелу подвергся г. Белгород. Погибли двое.', 'ru')).toEqual([
      'Обстрелу подвергся г. Белгород.',
      'Погибли двое.',
    ]);
  });

  it('still ends a sentence at a full stop after an ordinary word', () => {
    expect(sentences('Two civilians died. Mr. Smith said so.', 'en')).toEqual(['Two civilians died.', 'Mr. Smith said so.']);
    expect(sentences('Nessuna vittima. Lo riporta la Tass.', 'it')).toEqual(['Nessuna vittima.', 'Lo riporta la Tass.']);
  });
});

describe('sentence segmentation of short texts', () => {
  it('keeps a text without an inner sentence end as one trimmed sentence', () => {
    expect(sentences('  Missile strike on the port  ', 'en')).toEqual(['Missile strike on the port']);
    expect(sentences('Nessuna vittima tra i civili.', 'it')).toEqual(['Nessuna vittima tra i civili.']);
    expect(sentences('Was the bridge hit?!" ', 'en')).toEqual(['Was the bridge hit?!"']);
    expect(sentences('   ', 'en')).toEqual([]);
  });

  it('still splits at a line break or an inner question mark', () => {
    expect(sentences('Strike on the port\nTwo wounded', 'en')).toEqual(['Strike on the port', 'Two wounded']);
    expect(sentences('Who fired? Nobody knows.', 'en')).toEqual(['Who fired?', 'Nobody knows.']);
  });

  it('joins after an abbreviation in brackets or quotes, not after a plain word', () => {
    expect(sentences('He met the governor (Gen. Smith) yesterday. Then he left.', 'en')).toEqual([
      'He met the governor (Gen. Smith) yesterday.',
      'Then he left.',
    ]);
  });
});
