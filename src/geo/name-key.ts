/**
 * The key a place name is indexed and looked up under: lower case, Latin diacritics folded
 * ("Bucureşti" → "bucuresti"), Cyrillic kept as it is except "ё" → "е", apostrophes dropped
 * ("Kam'yans'ke" → "kamyanske"), hyphens and runs of spaces → one space. Periods are kept so
 * that abbreviations ("U.S.", "Ky.") stay distinct from words ("us").
 */
const LATIN_MARK = /(?<base>[a-z])\p{M}+/gu;
const APOSTROPHES = /['’ʼ`´ʹ]/gu;
const SEPARATORS = /[\s\-‐‑‒–—]+/gu;

// ASCII has no marks to fold and nothing to normalize: most names of English text take `asciiKey`
// (the two Unicode normalizations were a tenth of the whole extraction's time).

// Most names and words are letters of A–Z or of the Cyrillic alphabet (but 'ё'), digits and
// periods, one space between words: their key is their lower case, no replacement changes them
// (nameKey is called for every token of a text and the names they start): `plain` below, which
// is /^(?:[A-Za-z0-9.\u0400\u0402-\u0450\u0452-\u045f]+(?: [same]+)*)?$/ as a loop.

export function nameKey(name: string): string {
  if (plain(name)) return name.toLowerCase();
  const lower = name.toLowerCase();
  if (ascii(lower)) return asciiKey(lower);
  return lower
    .replace(/ё/gu, 'е')
    .normalize('NFD')
    .replace(LATIN_MARK, '$<base>')
    .normalize('NFC')
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

/** Only ASCII characters (`/^[\x00-\x7f]*$/`). */
function ascii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * The key of a lower-case ASCII name: apostrophes dropped, runs of white space and hyphens one
 * space, none at the ends ("o'neill" → "oneill", "winston-salem" → "winston salem"). The
 * replacements of `nameKey` as one loop: regexes are slow where V8 runs them interpreted.
 */
function asciiKey(lower: string): string {
  let key = '';
  let gap = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 39 || c === 96) continue; // ' `
    if (c === 45 || c === 32 || (c >= 9 && c <= 13)) {
      gap = true;
      continue;
    }
    if (gap && key) key += ' ';
    gap = false;
    key += lower[i];
  }
  return key;
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
