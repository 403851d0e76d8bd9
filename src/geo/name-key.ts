import { Memo } from './memo.js';

/**
 * The key a place name is indexed and looked up under: lower case, Latin diacritics folded
 * ("Bucureşti" → "bucuresti"), Cyrillic kept as it is except "ё" → "е", apostrophes dropped
 * ("Kam'yans'ke" → "kamyanske"), hyphens and runs of spaces → one space. Periods are kept so
 * that abbreviations ("U.S.", "Ky.") stay distinct from words ("us").
 */
const LATIN_MARK = /(?<base>[a-z])\p{M}+/gu;
const APOSTROPHES = /['’ʼ`´ʹ]/gu;
const SEPARATORS = /[\s\-‐‑‒–—]+/gu;

// ASCII has no marks to fold and nothing to normalize: most names of English text take this path
// (the two Unicode normalizations were a tenth of the whole extraction's time).
const ASCII = /^[\x00-\x7f]*$/u;

// Token texts repeat across the texts of a run ('The', 'police', 'Ukraine'): keys are kept.
const memo = new Memo<string, string>();

export function nameKey(name: string): string {
  return memo.get(name, () => computeKey(name));
}

function computeKey(name: string): string {
  const lower = name.toLowerCase();
  if (ASCII.test(lower)) return lower.replace(APOSTROPHES, '').replace(SEPARATORS, ' ').trim();
  return lower
    .replace(/ё/gu, 'е')
    .normalize('NFD')
    .replace(LATIN_MARK, '$<base>')
    .normalize('NFC')
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim();
}
