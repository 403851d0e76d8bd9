/**
 * Test helper: what an event was aimed at (`target`), and the words it was read from, for
 * sentences written in each language.
 */
import { expect, it } from 'vitest';
import { locationOf } from './located.js';

export interface TargetCase {
  readonly text: string;
  /** The target's kind, and the words of the target's evidence; undefined: the event has no target. */
  readonly target: readonly [kind: string, words: string] | undefined;
}

/** One test per case: the only event of the sentence has this target, read from these words. */
export function targetCases(lang: string, cases: readonly TargetCase[]): void {
  for (const c of cases) {
    it(`${c.target ? c.target[0] : 'no target'}: "${c.text}"`, () => {
      const { event } = locationOf(c.text, lang, '2026-01-05');
      const ev = event.fieldEvidence?.['target']?.[0];
      expect(event.target ? [event.target.kind, ev ? c.text.slice(ev.start, ev.end) : ''] : undefined).toEqual(c.target);
    });
  }
}
