/**
 * One runner for speakers named with the office they speak for, with sentences written in each
 * language (test/lang/<code>/statements-offices.test.ts), published on Tuesday 10 March 2026: the
 * office between the role and the name ("il portavoce del Cremlino Dmitry Peskov", "пресс-секретарь
 * Кремля Дмитрий Песков") is no part of the speaker's name; the role is the spokesperson's.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

/** A sentence with one quote, and the speaker expected: the name as written and the role key. */
export interface Spoken {
  readonly text: string;
  readonly name: string;
  readonly role: string;
}

export function describeSpeakerOffices(lang: string, cases: readonly Spoken[]): void {
  describe(`${lang} speakers named with their office`, () => {
    it.each(cases)('$name: $text', ({ text, name, role }) => {
      const statements = extract({ text, lang, published: '2026-03-10' }).statements;
      expect(statements.map((s) => s.speaker)).toEqual([{ name, role }]);
    });
  });
}
