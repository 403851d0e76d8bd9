/**
 * The key a place name is indexed and looked up under: lower case, Latin diacritics folded
 * ("Bucureşti" → "bucuresti"), Cyrillic kept as it is except "ё" → "е", apostrophes dropped
 * ("Kam'yans'ke" → "kamyanske"), hyphens and runs of spaces → one space. Periods are kept so
 * that abbreviations ("U.S.", "Ky.") stay distinct from words ("us").
 */
const LATIN_MARK = /(?<base>[a-z])\p{M}+/gu;
const APOSTROPHES = /['’ʼ`´ʹ]/gu;
const SEPARATORS = /[\s\-‐‑‒–—]+/gu;

export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .normalize('NFD')
    .replace(LATIN_MARK, '$<base>')
    .normalize('NFC')
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim();
}
