/**
 * Texts made of random characters of `alphabet` (a fixed seed: the same texts every run), for
 * tests that hold a fast path to the slow one it stands for. `length` is each text's length, or
 * its longest when `varied` (then texts of every length from 0 are made).
 */
export function generatedTexts(alphabet: readonly string[], count: number, length: number, seed: number, varied = false): string[] {
  const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const texts: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    for (let n = varied ? next(length + 1) : length; n > 0; n--) text += alphabet[next(alphabet.length)];
    texts.push(text);
  }
  return texts;
}
