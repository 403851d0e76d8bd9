import type { PlaceKind } from '../model/extraction.js';
import { ADJECTIVE, ADMIN1, COUNTRY, NO_REGION, PRIMARY, SECTION_NAMES } from './format.js';
import type { GazetteerHeader, RegionInfo, SectionName } from './format.js';
import { nameKey } from './name-key.js';
import { Memo } from './memo.js';
import { KeyFilter, keyHash } from './key-filter.js';

/** One gazetteer entry as callers see it. */
export interface GeoEntry {
  readonly entry: number;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly geonameId?: number;
  readonly population: number;
  /** ISO 3166-1 alpha-2, '' for continents and seas. */
  readonly country: string;
  /** The first-level region the entry lies in (for a region: itself). */
  readonly region?: RegionInfo;
  /** GeoNames "class.code": "P.PPLA", "A.ADM1", "A.PCLI", "L.CONT", "H.OCN"... */
  readonly feature: string;
  readonly kind: PlaceKind;
}

/** A name match: which entry, and whether through its own name or as an adjective. */
export interface Posting {
  readonly entry: number;
  readonly primary: boolean;
  readonly adjective: boolean;
}

type Columns = {
  lat: Float32Array; lon: Float32Array; geonameId: Uint32Array; population: Uint32Array;
  country: Uint16Array; region: Uint16Array; feature: Uint8Array; nameOffsets: Uint32Array;
  names: Uint8Array; keyOffsets: Uint32Array; keyBytes: Uint8Array; postingOffsets: Uint32Array;
  postings: Uint32Array; common: Uint8Array; keyFilter: Int32Array; headFilter: Int32Array;
};

const ARRAY_TYPES: Record<SectionName, { new (b: ArrayBuffer, o: number, n: number): ArrayLike<number> }> = {
  lat: Float32Array, lon: Float32Array, geonameId: Uint32Array, population: Uint32Array,
  country: Uint16Array, region: Uint16Array, feature: Uint8Array, nameOffsets: Uint32Array,
  names: Uint8Array, keyOffsets: Uint32Array, keyBytes: Uint8Array, postingOffsets: Uint32Array,
  postings: Uint32Array, common: Uint8Array, keyFilter: Int32Array, headFilter: Int32Array,
};

/** What a key leads to: its index in the key table (-1: none) and its postings. */
interface KeyInfo {
  readonly index: number;
  readonly postings: readonly Posting[];
  /** `hasKeyStartingWith(key + ' ')`, found with the key (see `continuesAt`). */
  readonly continues: boolean;
}

const NO_POSTINGS: readonly Posting[] = [];

/** A key that is none, and that no key goes on from: what the key filter says of most words. */
const ABSENT: KeyInfo = { index: -1, postings: NO_POSTINGS, continues: false };

const decoder = new TextDecoder();

/**
 * The read-only gazetteer: GeoNames cities500, Natural Earth first-level regions, countries,
 * continents and seas, looked up by `nameKey`. Built once by `scripts/build-gazetteer.mjs`;
 * reading it maps typed arrays over one buffer (no per-name objects).
 */
export class Gazetteer {
  readonly header: GazetteerHeader;
  private readonly col: Columns;
  private readonly regionByCode = new Map<string, RegionInfo>();
  private readonly countryEntry = new Map<string, number>();
  // Lookups repeat across the texts of a run ('Ukraine', 'police', 'The'): the index and the
  // postings of a key and the objects of an entry are kept, so that a key is encoded and searched
  // for once.
  private readonly keyMemo = new Memo<string, KeyInfo>();
  private readonly entryMemo = new Memo<number, GeoEntry>();
  private readonly prefixMemo = new Memo<string, boolean>();
  private readonly ownKeyMemo = new Memo<number, string>();
  private readonly keyFilter: KeyFilter;

  constructor(header: GazetteerHeader, buffer: ArrayBuffer, base: number) {
    this.header = header;
    const col: Partial<Record<SectionName, ArrayLike<number>>> = {};
    for (const name of SECTION_NAMES) {
      const { offset, length } = header.sections[name];
      col[name] = new ARRAY_TYPES[name](buffer, base + offset, length);
    }
    this.col = col as Columns;
    this.keyFilter = new KeyFilter(this.col.keyFilter, this.col.headFilter);
    for (const region of header.regions) {
      this.regionByCode.set(region.code, region);
      if (region.iso) this.regionByCode.set(region.iso, region);
    }
    for (let e = 0; e < header.entries; e++) {
      if (this.featureOf(e) === COUNTRY) this.countryEntry.set(this.countryOf(e), e);
    }
  }

  get size(): number {
    return this.header.entries;
  }

  /** Entries whose name has exactly this key (see `nameKey`); the same array for the same key. */
  lookupKey(key: string): readonly Posting[] {
    return this.found(key).postings;
  }

  /** Entries named `name` in any language ("Харків", "Kharkiv", "Charkiw"). */
  lookup(name: string): GeoEntry[] {
    return this.lookupKey(nameKey(name)).map((p) => this.entry(p.entry));
  }

  /**
   * Whether some key begins with `key` and a space ("new" for "new york"): a name may go on past
   * the word. `hasKeyStartingWith(key + ' ')`, answered by the look-up of `key` itself.
   */
  continues(key: string): boolean {
    return this.found(key).continues;
  }

  /** Whether some key begins with `prefix` ("new " for "new york"): a name may go on past a word. */
  hasKeyStartingWith(prefix: string): boolean {
    // ("new york " is asked as "new york" goes on after a space: the filter may rule that out)
    if (prefix.endsWith(' ') && !this.keyFilter.mayContinue(keyHash(prefix, prefix.length - 1))) return false;
    return this.prefixMemo.peek(prefix) ?? this.prefixMemo.put(prefix, this.searchPrefix(prefix));
  }

  /** Bit set of the languages (`COMMON_BITS`) in which this key is a frequent word. */
  commonBits(key: string): number {
    const k = this.found(key).index;
    return k < 0 ? 0 : this.col.common[k]!;
  }

  entry(e: number): GeoEntry {
    return this.entryMemo.peek(e) ?? this.entryMemo.put(e, this.readEntry(e));
  }

  private readEntry(e: number): GeoEntry {
    const { geonameId, population, region } = this.col;
    const regionIndex = region[e]!;
    const feature = this.featureOf(e);
    const id = geonameId[e]!;
    return {
      entry: e,
      name: this.nameOf(e),
      lat: this.latOf(e),
      lon: this.lonOf(e),
      ...(id ? { geonameId: id } : {}),
      // (for countries the column holds the area, an importance, not a population)
      population: feature === COUNTRY || feature === ADMIN1 ? 0 : population[e]!,
      country: this.countryOf(e),
      ...(regionIndex !== NO_REGION ? { region: this.header.regions[regionIndex]! } : {}),
      feature,
      kind: kindOf(feature),
    };
  }

  /** Latitude of an entry, rounded to 5 decimals (about a metre) as `GeoEntry.lat`. */
  latOf(e: number): number {
    return Math.round(this.col.lat[e]! * 1e5) / 1e5;
  }

  lonOf(e: number): number {
    return Math.round(this.col.lon[e]! * 1e5) / 1e5;
  }

  /** `nameKey(nameOf(e))`: resolution compares it with the key a name was found under, often. */
  ownKeyOf(e: number): string {
    return this.ownKeyMemo.peek(e) ?? this.ownKeyMemo.put(e, nameKey(this.nameOf(e)));
  }

  nameOf(e: number): string {
    const { nameOffsets, names } = this.col;
    return decoder.decode(names.subarray(nameOffsets[e]!, nameOffsets[e + 1]!));
  }

  featureOf(e: number): string {
    return this.header.features[this.col.feature[e]!]!;
  }

  countryOf(e: number): string {
    return this.header.countries[this.col.country[e]!]!;
  }

  regionIndexOf(e: number): number {
    return this.col.region[e]!;
  }

  populationOf(e: number): number {
    return this.col.population[e]!;
  }

  /** A first-level region by GeoNames admin1 code ("RU.41") or ISO 3166-2 ("RU-KRS"). */
  region(code: string): RegionInfo | undefined {
    return this.regionByCode.get(code);
  }

  /** The country entry of an ISO alpha-2 code. */
  country(code: string): GeoEntry | undefined {
    const e = this.countryEntry.get(code.toUpperCase());
    return e === undefined ? undefined : this.entry(e);
  }

  private found(key: string): KeyInfo {
    const hash = keyHash(key);
    const filter = this.keyFilter;
    if (!filter.mayHave(hash) && !filter.mayContinue(hash)) return ABSENT;
    return this.keyMemo.peek(key) ?? this.keyMemo.put(key, this.readKey(key));
  }

  private readKey(key: string): KeyInfo {
    const at = this.searchKey(key);
    const index = at >= 0 ? at : -1;
    // (the key's UTF-8 is still in `scratch`; the first key after it is at `index + 1`, or where it would be)
    const continues = this.continuesAt(at >= 0 ? at + 1 : -at - 1, key);
    return { index, postings: index < 0 ? NO_POSTINGS : this.postingsAt(index), continues };
  }

  /**
   * Whether some key begins with `key` and a space, given the first key after `key` in byte
   * order (at `next`): the keys that begin so come right after `key`, unless some key has a
   * control character (a byte below the space's) right after `key`. There is none; if there were,
   * the search of `hasKeyStartingWith` would decide.
   */
  private continuesAt(next: number, key: string): boolean {
    const { keyOffsets, keyBytes } = this.col;
    if (next >= this.header.keys) return false;
    const length = utf8Into(key, scratch);
    const start = keyOffsets[next]!;
    if (keyOffsets[next + 1]! - start <= length || compareBytes(keyBytes, start, start + length, scratch.subarray(0, length)) !== 0) return false;
    const after = keyBytes[start + length]!;
    return after === 32 || (after < 32 && this.hasKeyStartingWith(`${key} `));
  }

  private postingsAt(index: number): Posting[] {
    const postings: Posting[] = [];
    const col = this.col;
    for (let p = col.postingOffsets[index]!; p < col.postingOffsets[index + 1]!; p++) {
      const v = col.postings[p]!;
      postings.push({ entry: v >>> 2, primary: (v & PRIMARY) !== 0, adjective: (v & ADJECTIVE) !== 0 });
    }
    return postings;
  }

  /** The index of `key` in the key table; if it is not there, -1 - the index where it would be. */
  private searchKey(key: string): number {
    const length = utf8Into(key, scratch);
    const target = scratch.subarray(0, length);
    const { keyOffsets, keyBytes } = this.col;
    let lo = 0;
    let hi = this.header.keys - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareBytes(keyBytes, keyOffsets[mid]!, keyOffsets[mid + 1]!, target);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1 - lo;
  }

  /** The first key at or after `prefix` in byte order starts with it: the keys that do follow it. */
  private searchPrefix(prefix: string): boolean {
    const length = utf8Into(prefix, scratch);
    const target = scratch.subarray(0, length);
    const { keyOffsets, keyBytes } = this.col;
    let lo = 0;
    let hi = this.header.keys;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareBytes(keyBytes, keyOffsets[mid]!, keyOffsets[mid + 1]!, target) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= this.header.keys) return false;
    const start = keyOffsets[lo]!;
    return keyOffsets[lo + 1]! - start >= length && compareBytes(keyBytes, start, start + length, target) === 0;
  }
}

// The key being searched, as UTF-8, written into one buffer (TextEncoder made an array per key).
let scratch = new Uint8Array(256);

/** Writes `key` as UTF-8 into `scratch` (grown when short), as TextEncoder does; returns its length. */
function utf8Into(key: string, out: Uint8Array): number {
  if (out.length < key.length * 3) scratch = out = new Uint8Array(key.length * 3);
  let n = 0;
  for (let i = 0; i < key.length; i++) {
    let c = key.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = key.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        out[n++] = 0xf0 | (c >> 18);
        out[n++] = 0x80 | ((c >> 12) & 0x3f);
        out[n++] = 0x80 | ((c >> 6) & 0x3f);
        out[n++] = 0x80 | (c & 0x3f);
        continue;
      }
      c = 0xfffd; // a lone surrogate, as TextEncoder writes it
    }
    if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
    } else {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
    }
    out[n++] = 0x80 | (c & 0x3f);
  }
  return n;
}

function compareBytes(bytes: Uint8Array, start: number, end: number, target: Uint8Array): number {
  const n = Math.min(end - start, target.length);
  for (let i = 0; i < n; i++) {
    const d = bytes[start + i]! - target[i]!;
    if (d !== 0) return d;
  }
  return end - start - target.length;
}

export function kindOf(feature: string): PlaceKind {
  if (feature === COUNTRY) return 'country';
  if (feature === ADMIN1) return 'admin1';
  if (feature === 'A.ADM2') return 'admin2';
  if (feature.startsWith('P.')) return 'place';
  return 'region';
}
