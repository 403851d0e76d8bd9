/**
 * A filter in front of the gazetteer's key table: whether a key may be in it, and whether some
 * key may go on from it after a space ("new" of "new york"). Two Bloom filters over FNV-1a hashes
 * of the keys' UTF-8 bytes, built once from the table: a "no" is certain, a "maybe" is asked of
 * the table. Two keys in three that recognition asks are in no table ("Officials", "police
 * chief"): they are answered by a few bits instead of by a map of strings, where each new string
 * is hashed and its entry fetched from memory that other work has pushed out of the caches.
 * (Built with the index, by `buildKeyFilter`: reading the key table took 50 ms at the first look-up.)
 */

/** Bits per filter: 2^23 (1 MB), for the ~750,000 keys and about as many beginnings (~2% false "maybe"). */
const BITS = 23;
const MASK = (1 << BITS) - 1;
/** Bits set per key. */
const PROBES = 3;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export class KeyFilter {
  /**
   * `keys`: the bits of the keys' hashes; `heads`: of every beginning of a key that a space
   * follows ("new", "new york" of "new york city"). Both `FILTER_WORDS` long (`buildKeyFilter`).
   */
  constructor(
    readonly keys: Int32Array,
    readonly heads: Int32Array,
  ) {}

  /** Whether the key of this `keyHash` may be a key (false: it is none). */
  mayHave(hash: number): boolean {
    return has(this.keys, hash);
  }

  /** Whether some key may begin with the key of this `keyHash` and a space (false: none does). */
  mayContinue(hash: number): boolean {
    return has(this.heads, hash);
  }
}

/** The length of each filter in 32-bit words. */
export const FILTER_WORDS = 1 << (BITS - 5);

/**
 * The filter of a key table (`gazetteer.bin`'s `keyOffsets` and `keyBytes`: key `k` is
 * `keyBytes[keyOffsets[k], keyOffsets[k + 1])`, in UTF-8). Written into the index by its builder.
 */
export function buildKeyFilter(keyOffsets: ArrayLike<number>, keyBytes: ArrayLike<number>, count: number): KeyFilter {
  const keys = new Int32Array(FILTER_WORDS);
  const heads = new Int32Array(FILTER_WORDS);
  for (let k = 0; k < count; k++) {
    let hash = FNV_OFFSET;
    for (let at = keyOffsets[k]!; at < keyOffsets[k + 1]!; at++) {
      const byte = keyBytes[at]!;
      if (byte === 32) add(heads, hash);
      hash = Math.imul(hash ^ byte, FNV_PRIME);
    }
    add(keys, hash);
  }
  return new KeyFilter(keys, heads);
}

/**
 * The hash of the UTF-8 bytes of `text[0, length)`, as `TextEncoder` writes them (a lone
 * surrogate as U+FFFD), without writing them: the hash the filter keeps for that key.
 */
export function keyHash(text: string, length = text.length): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      hash = Math.imul(hash ^ c, FNV_PRIME);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < length ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        c = 0xfffd;
      }
    }
    hash = mixCodePoint(hash, c);
  }
  return hash;
}

/** `hash` with the UTF-8 bytes of code point `c` (0x80 or more) mixed in. */
function mixCodePoint(hash: number, c: number): number {
  if (c < 0x800) hash = Math.imul(hash ^ (0xc0 | (c >> 6)), FNV_PRIME);
  else {
    if (c < 0x10000) hash = Math.imul(hash ^ (0xe0 | (c >> 12)), FNV_PRIME);
    else {
      hash = Math.imul(hash ^ (0xf0 | (c >> 18)), FNV_PRIME);
      hash = Math.imul(hash ^ (0x80 | ((c >> 12) & 0x3f)), FNV_PRIME);
    }
    hash = Math.imul(hash ^ (0x80 | ((c >> 6) & 0x3f)), FNV_PRIME);
  }
  return Math.imul(hash ^ (0x80 | (c & 0x3f)), FNV_PRIME);
}

/** The second hash of double hashing: odd, from the first one's bits mixed. */
function step(hash: number): number {
  return (Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 9) | 1;
}

function add(bits: Int32Array, hash: number): void {
  const second = step(hash);
  for (let p = 0, at = hash; p < PROBES; p++, at = (at + second) | 0) bits[(at & MASK) >>> 5]! |= 1 << (at & 31);
}

function has(bits: Int32Array, hash: number): boolean {
  const second = step(hash);
  for (let p = 0, at = hash; p < PROBES; p++, at = (at + second) | 0) if ((bits[(at & MASK) >>> 5]! & (1 << (at & 31))) === 0) return false;
  return true;
}
