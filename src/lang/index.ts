import type { LanguagePack } from './types.js';
import { en } from './en/index.js';
import { it } from './it/index.js';
import { ru } from './ru/index.js';
import { uk } from './uk/index.js';
import { und } from './und/index.js';

/** The supported languages, registered explicitly (STYLE.md rule 2). */
export const LANGUAGES: ReadonlyMap<string, LanguagePack> = new Map(
  [it, en, uk, ru].map((pack) => [pack.code, pack]),
);

/** The language-neutral pack: digits, ISO and numeric dates. Used for 'und'. */
export const NEUTRAL: LanguagePack = und;

export function languagePack(code: string): LanguagePack | undefined {
  return LANGUAGES.get(code);
}

export type { LanguagePack } from './types.js';
