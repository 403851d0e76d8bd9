/**
 * One runner for statements made by a body with no person named (lexicon `institution`), with
 * sentences written in each language (test/lang/<code>/statements-institutions.test.ts),
 * published on Tuesday 10 March 2026: the body's words as written are the speaker's name, its
 * kind the role, and the numbers of its quote are its claims.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

export interface Said {
  readonly text: string;
  readonly speaker: { readonly name: string; readonly role: string };
  readonly platform?: string;
  /** The claim expected: what was claimed and how many. */
  readonly claim: readonly [string, number];
}

export function describeInstitutionStatements(lang: string, cases: readonly Said[]): void {
  describe(`${lang} statements of institutions`, () => {
    it.each(cases)('$speaker.name: $text', ({ text, speaker, platform, claim }) => {
      const statements = extract({ text, lang, published: '2026-03-10' }).statements;
      expect(statements.map((s) => [s.speaker, s.platform])).toEqual([[speaker, platform]]);
      expect(statements[0]!.claims.map((c) => [c.what, c.count.value])).toEqual([claim]);
    });
  });
}
