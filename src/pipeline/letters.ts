/**
 * Compact stand-ins for `\p{L}` and `\p{N}` in the patterns sitrep generates (lexicon cues, time
 * rules). V8 compiles a Unicode property class into a check per range: `\p{L}` has about 680
 * ranges and costs about 10 KB of regexp code at every place a pattern uses it, so a Russian cue
 * list of 40 stems ending in `\p{L}*` came to 350 KB, and the lexicons to about 15 MB. Compiling
 * them took about a quarter of a process's first pass over a batch of texts, and past 1 MB of
 * regexp code (with 16 MB of executable memory) V8 stops optimizing the regexps it compiles.
 *
 * LETTER is every letter of the Latin, Greek and Cyrillic scripts in the Basic Multilingual Plane
 * (the letters of `\p{L}` in those scripts: 60 ranges); DIGIT every number character of the Latin
 * and Common scripts (ASCII and full-width digits, superscripts, fractions, Roman numerals,
 * circled numbers). A letter of another script (Arabic, Hebrew, CJK...) glued to a cue word is
 * thus no longer part of that word; none of sitrep's languages writes so.
 */
export const LETTER =
  '\\u0041-\\u005A\\u0061-\\u007A\\u00AA\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02B8\\u02E0-\\u02E4' +
  '\\u0370-\\u0373\\u0376-\\u0377\\u037A-\\u037D\\u037F\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u03A1' +
  '\\u03A3-\\u03E1\\u03F0-\\u03F5\\u03F7-\\u0481\\u048A-\\u052F\\u1C80-\\u1C8A\\u1D00-\\u1DBF\\u1E00-\\u1F15' +
  '\\u1F18-\\u1F1D\\u1F20-\\u1F45\\u1F48-\\u1F4D\\u1F50-\\u1F57\\u1F59\\u1F5B\\u1F5D\\u1F5F-\\u1F7D' +
  '\\u1F80-\\u1FB4\\u1FB6-\\u1FBC\\u1FBE\\u1FC2-\\u1FC4\\u1FC6-\\u1FCC\\u1FD0-\\u1FD3\\u1FD6-\\u1FDB' +
  '\\u1FE0-\\u1FEC\\u1FF2-\\u1FF4\\u1FF6-\\u1FFC\\u2071\\u207F\\u2090-\\u209C\\u2126\\u212A-\\u212B\\u2132' +
  '\\u214E\\u2183-\\u2184\\u2C60-\\u2C7F\\uA640-\\uA66E\\uA67F-\\uA69D\\uA722-\\uA787\\uA78B-\\uA7DC' +
  '\\uA7F1-\\uA7FF\\uAB30-\\uAB5A\\uAB5C-\\uAB69\\uFB00-\\uFB06\\uFF21-\\uFF3A\\uFF41-\\uFF5A';

export const DIGIT =
  '\\u0030-\\u0039\\u00B2-\\u00B3\\u00B9\\u00BC-\\u00BE\\u2070\\u2074-\\u2079\\u2080-\\u2089\\u2150-\\u2182' +
  '\\u2185-\\u2189\\u2460-\\u249B\\u24EA-\\u24FF\\u2776-\\u2793\\u3192-\\u3195\\u3220-\\u3229\\u3248-\\u324F' +
  '\\u3251-\\u325F\\u3280-\\u3289\\u32B1-\\u32BF\\uA830-\\uA835\\uFF10-\\uFF19';

const STAND_IN: Readonly<Record<string, string>> = { L: LETTER, N: DIGIT };

/**
 * `source` with every `\p{L}` and `\p{N}` replaced by LETTER and DIGIT: inside a class as ranges,
 * elsewhere as a class of its own. Other escapes and classes are copied as they are.
 */
export function compactClasses(source: string): string {
  if (!source.includes('\\p{')) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const name = source[i + 1] === 'p' && source[i + 2] === '{' && source[i + 4] === '}' ? source[i + 3]! : '';
      const body = STAND_IN[name];
      if (body) {
        out += inClass ? body : `[${body}]`;
        i += 4;
      } else {
        out += ch + (source[i + 1] ?? '');
        i++;
      }
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch;
  }
  return out;
}
