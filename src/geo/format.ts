/**
 * The binary layout of the gazetteer index (`gazetteer.bin`), shared by the builder and the
 * reader. One file: a 4-byte little-endian length, a JSON header, then 8-byte-aligned sections
 * that the reader maps as typed arrays without copying.
 *
 * Entries (places, first-level regions, countries, continents and seas) are columns of typed
 * arrays. Names are sorted UTF-8 keys (see `nameKey`) with postings: `entry << 2 | flags`; two
 * bit sets filter the look-ups of keys that are none (`key-filter.ts`).
 */
export const FORMAT_VERSION = 4;

/** Posting flags. */
export const PRIMARY = 1; // the entry's own name ("Kharkiv"), not one of its alternate names
export const ADJECTIVE = 2; // an adjective or demonym of a country ("Ukrainian")

/** Common-word bits per key: the key is a frequent word of that language. */
export const COMMON_BITS: Readonly<Record<string, number>> = { en: 1, it: 2, uk: 4, ru: 8 };

export interface RegionInfo {
  /** GeoNames admin1 code as in cities500, "RU.41". */
  readonly code: string;
  /** ISO 3166-2 code, "RU-KRS", when Natural Earth has one. */
  readonly iso?: string;
  /** English name, "Kursk". */
  readonly name: string;
  /** The region's own entry in the entry columns. */
  readonly entry: number;
}

export interface SectionRef {
  readonly offset: number;
  readonly length: number;
}

export interface GazetteerHeader {
  readonly version: number;
  readonly entries: number;
  readonly keys: number;
  /** ISO 3166-1 alpha-2 codes; `country` column values index into it. */
  readonly countries: readonly string[];
  /** Feature codes as "class.code", "P.PPLA", "A.ADM1", "A.PCLI", "L.CONT"... */
  readonly features: readonly string[];
  readonly regions: readonly RegionInfo[];
  readonly sections: Readonly<Record<SectionName, SectionRef>>;
}

export const SECTION_NAMES = [
  'lat', 'lon', 'geonameId', 'population', 'country', 'region', 'feature',
  'nameOffsets', 'names', 'keyOffsets', 'keyBytes', 'postingOffsets', 'postings', 'common',
  'keyFilter', 'headFilter',
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

/** Feature code of first-level regions, countries, and larger areas. */
export const ADMIN1 = 'A.ADM1';
export const COUNTRY = 'A.PCLI';
export const NO_REGION = 0xffff;
