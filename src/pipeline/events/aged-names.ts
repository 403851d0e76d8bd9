/**
 * "Larry Henderson, 30,", "Maurice Mack (34)": the last names of people written with their age,
 * as `text.matchAll(NAME_AGE)` finds them, without trying the pattern at every character of a
 * long text. Only where an age is written can a name with an age end.
 */

/** A first and a last name with an age after it. */
export const NAME_AGE = /\p{Lu}[\p{L}'’-]+\s+(?:\p{Lu}[\p{L}'’.-]*\s+)?(?<last>\p{Lu}[\p{L}'’-]+)(?:,\s*\d{1,2}\s*,|\s*\(\d{1,2}\))/gu;

/** The age part of `NAME_AGE`, from its mark: ", 30," or "(34)". */
const AGE = /,\s*\d{1,2}\s*,|\(\d{1,2}\)/gu;
/** `NAME_AGE` tried at one position. */
const NAME_AGE_AT = new RegExp(NAME_AGE.source, 'uy');

/**
 * The `last` group of each match of `NAME_AGE` in `text`, in order. A match is made of letters,
 * apostrophes, dots, hyphens and white space up to the mark of its age ("," or "("), which
 * starts a match of `AGE`: so no match starts before the run of such characters that ends at
 * the first age mark after where the search stands, and a match that starts in that run ends at
 * that mark. The pattern is tried only at the positions of that run.
 */
export function agedLastNames(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    AGE.lastIndex = from;
    const age = AGE.exec(text);
    if (!age) return out;
    const found = nameEndingAt(text, Math.max(from, runStart(text, age.index)), age.index);
    if (found) out.push(found.groups!['last']!);
    // (the mark itself starts no match: it is no capital)
    from = found ? found.index + found[0].length : age.index + 1;
  }
}

/** The first match of `NAME_AGE` that starts in [from, to), whose characters lead up to the age mark at `to`. */
function nameEndingAt(text: string, from: number, to: number): RegExpExecArray | undefined {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    // (a match starts with a capital: not in the middle of a surrogate pair, nor on white space or a mark)
    if ((code >= 0xdc00 && code <= 0xdfff) || (code < 0x80 && !(code >= 65 && code <= 90))) continue;
    NAME_AGE_AT.lastIndex = at;
    const m = NAME_AGE_AT.exec(text);
    if (m) return m;
  }
  return undefined;
}

/**
 * Where the run of characters a name may hold (letters, "'", ".", "-", white space) ends that
 * ends right before `to`. Any character beyond ASCII counts as one of them ("’", "É"): a run
 * taken longer than it is costs only some tries more.
 */
function runStart(text: string, to: number): number {
  let at = to;
  while (at > 0 && nameChar(text.charCodeAt(at - 1))) at--;
  return at;
}

function nameChar(code: number): boolean {
  if (code >= 0x80) return true;
  return (code | 32) >= 97 && (code | 32) <= 122 ? true : code === 39 || code === 46 || code === 45 || code === 32 || (code >= 9 && code <= 13);
}
