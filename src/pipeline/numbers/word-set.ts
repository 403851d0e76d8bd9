/**
 * Speed: a set of lower-case words that a word of a text is tested against where it stands,
 * without slicing it out or lower-casing it: by a hash of its units' lower case, so that the
 * number grammar looks up (and lower-cases) only the words that may be in its lists.
 */
import { codeKey } from '../regex-prefixes.js';

/**
 * The lower case of one unit as `toLowerCase` gives it inside a word, or -1 when that takes more
 * than the unit: surrogates ('𐐀' → '𐐨'), 'İ' (two units), a final 'Σ' ('ς'), and the characters
 * `codeKey` does not fold.
 */
function unitKey(code: number): number {
  const known = unitKeys[code]!;
  if (known !== 0) return known - 2;
  const key = (code >= 0xd800 && code <= 0xdfff) || code === 0x3a3 ? -1 : codeKey(code);
  unitKeys[code] = key + 2;
  return key;
}

/** `unitKey` of each unit, plus 2 (0: not found yet): `codeKey` keeps those of non-ASCII units in a Map. */
const unitKeys = new Int32Array(0x10000);

/** Bits of the hash table: 2^18 bits (32 KB), so that a few hundred words seldom share a bit. */
const HASH_BITS = 0x3ffff;

/** One more unit into a word's hash (FNV-1a, kept to 30 bits so that it stays a small integer). */
const step = (hash: number, key: number): number => Math.imul(hash ^ key, 0x01000193) & 0x3fffffff;
const SEED = 0x811c9dc5 & 0x3fffffff;

export class WordSet {
  /**
   * Hashes of the words, as bits (a `Set` of them was hashed again for every word of a text): a
   * word whose bit is not set is surely not one of them.
   */
  readonly #hashes = new Uint8Array((HASH_BITS + 1) >> 3);
  /** With prefixes no hash can tell, and every word may be one ('duecento…'): see `mayHold`. */
  readonly #prefixed: boolean;

  /** `words` are matched whole; `prefixes` match every word that begins with one of them. */
  constructor(words: Iterable<string>, prefixes: Iterable<string> = []) {
    for (const word of words) {
      let hash = SEED;
      for (let i = 0; i < word.length; i++) hash = step(hash, word.charCodeAt(i));
      this.#hashes[(hash & HASH_BITS) >> 3]! |= 1 << (hash & 7);
    }
    this.#prefixed = [...prefixes].some(Boolean);
  }

  /**
   * False when `text.slice(start, end).toLowerCase()` is surely none of the words and begins
   * with none of the prefixes; true when it is or does, when its hash shares a bit with one of
   * theirs, or when a unit's lower case cannot be told alone (the caller then looks the word up
   * as usual).
   */
  mayHold(text: string, start: number, end: number): boolean {
    if (this.#prefixed) return true;
    let hash = SEED;
    for (let i = start; i < end; i++) {
      const key = unitKey(text.charCodeAt(i));
      if (key < 0) return true;
      hash = step(hash, key);
    }
    return (this.#hashes[(hash & HASH_BITS) >> 3]! & (1 << (hash & 7))) !== 0;
  }
}
