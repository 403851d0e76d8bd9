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

// Most names and words are letters of A–Z or of the Cyrillic alphabet (but 'ё'), digits and
// periods, one space between words: their key is their lower case, no replacement changes them
// (nameKey is called for most tokens of a text and the names they start, several times).
const PLAIN = /^(?:[A-Za-z0-9.\u0400\u0402-\u0450\u0452-\u045f]+(?: [A-Za-z0-9.\u0400\u0402-\u0450\u0452-\u045f]+)*)?$/u;

export function nameKey(name: string): string {
  if (PLAIN.test(name)) return name.toLowerCase();
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
