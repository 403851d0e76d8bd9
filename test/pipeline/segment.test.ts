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
