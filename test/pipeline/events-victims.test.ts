import { describe, expect, it } from 'vitest';
import { en } from '../../src/lang/en/index.js';
import { findCues, ofCategory } from '../../src/pipeline/events/cues.js';
import { LOOK_BACK, namedVictims, subjectOf } from '../../src/pipeline/events/victims.js';
import { normalizeText } from '../../src/pipeline/normalize.js';

// Sentences written for this test: victims named or referred to by a pronoun before a casualty
// word, near it and far from it, with and without a passive; and subjects that make no victim.
const SENTENCES: readonly string[] = [
  'Jakell Mitchell was shot and killed on Monday.',
  'Stephens, 32, and Paul J. Rayer, 51, were shot and killed outside the store.',
  'Police said he was later pronounced dead at the hospital.',
  'Juan Mercado, a 21-year-old Latino male, died Monday.',
  'Smith killed his wife.',
  'No one else at the Walmart was injured.',
  `Maria Lopez ${'and her neighbours from the old part of town '.repeat(4)}were wounded.`,
  `Officer Sean Bolton, who had served the city for many years and was well known in the neighborhood where he grew up and lived, was shot.`,
];

describe('namedVictims', () => {
  it('finds victims named before the casualty word, with a passive or a state', () => {
    const victims = (text: string): number => {
      const cues = findCues(normalizeText(text), en.eventLexicon!());
      return namedVictims(text, { start: 0, end: text.length }, cues, []).reduce((n, c) => n + c.count.value, 0);
    };
    expect(SENTENCES.slice(0, 6).map(victims)).toEqual([1, 2, 1, 1, 0, 0]);
  });

  it('looks for no subject where no passive lies within LOOK_BACK characters: none starts earlier', () => {
    // the early exit of namedVictims skips a cue with no state and no passive in the LOOK_BACK
    // characters before it; whatever subject the full path finds starts no earlier
    let subjects = 0;
    for (const text of SENTENCES) {
      const cues = findCues(normalizeText(text), en.eventLexicon!());
      const sentence = { start: 0, end: text.length };
      for (const cue of ofCategory(cues, 'casualty')) {
        const s = subjectOf(text, sentence, cue, ofCategory(cues, 'pronoun'), ofCategory(cues, 'subject_gap'), ofCategory(cues, 'subject_stop'));
        if (!s) continue;
        subjects++;
        expect(s.start).toBeGreaterThanOrEqual(cue.start - LOOK_BACK);
        expect(s.gapStart).toBeGreaterThanOrEqual(s.start);
      }
    }
    expect(subjects).toBeGreaterThanOrEqual(6);
  });
});
