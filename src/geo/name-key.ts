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
// (nameKey is called for every token of a text and the names they start): `plain` below, which
// is /^(?:[A-Za-z0-9.\u0400\u0402-\u0450\u0452-\u045f]+(?: [same]+)*)?$/ as a loop.

export function nameKey(name: string): string {
  if (plain(name)) return name.toLowerCase();
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

/** Words of those letters, digits and periods, one space between them (or nothing). */
function plain(name: string): boolean {
  let space = true; // (no space at the start, nor two in a row)
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
      continue;
    }
    space = false;
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46
      || c === 0x400 || (c >= 0x402 && c <= 0x450) || (c >= 0x452 && c <= 0x45f);
    if (!word) return false;
  }
  return !space || name.length === 0;
}
