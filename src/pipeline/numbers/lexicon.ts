/**
 * The shape of a language's number lexicon. The engine in this folder is language-neutral: every
 * word, separator, qualifier and vague amount comes from `src/lang/<code>/data/numbers*.{txt,json}`
 * through `loadNumberLexicon` (load.ts).
 */
import type { Qualifier } from '../../model/extraction.js';

/**
 * What a cardinal word contributes to the grammar of `compose.ts`:
 * unit 1–9 ('tre', 'п'ять'), teen 10–19, tens 20–90, hundreds 200–900 in one word ('двісті'),
 * hundred (×100: 'cento', 'hundred'), scale (×1000, ×10⁶, …: 'mila', 'тисяч'), zero.
 */
export type WordClass = 'zero' | 'unit' | 'teen' | 'tens' | 'hundreds' | 'hundred' | 'scale';

export interface WordEntry {
  readonly cls: WordClass;
  readonly value: number;
  /** Only inside a glued compound, never a word of its own: Italian 'vent' of 'ventuno'. */
  readonly bound: boolean;
  /** A scale word that is a number by itself: 'mille', 'тисяча' (but not 'mila', 'тисяч'). */
  readonly standalone: boolean;
}

/** An ordinal used as a fraction's denominator: 'quinti', 'fifths', 'mezzo', 'half'. */
export interface OrdinalEntry {
  readonly value: number;
  readonly plural: boolean;
  /** Only at the end of a compound ordinal ('twenty-first'), never alone ('a first class'). */
  readonly bound: boolean;
  /** A fraction only when no word follows: 'un mezzo' but not 'un mezzo militare'. */
  readonly final: boolean;
}

/** How digits are grouped and where the decimals start: '1.070,5' (it), '1,070.5' (en). */
export interface Convention {
  readonly group: readonly string[];
  readonly decimal: string;
  /** Lakh grouping '12,34,567'. */
  readonly indian?: boolean;
}

export interface Multiplier {
  readonly value: number;
  /** Allowed after a space ('2,33 k'), not only glued ('12k'). */
  readonly spaced: boolean;
  /** An abbreviation that may end with a dot: '3 тыс.'. */
  readonly dot?: boolean;
}

export interface QualifierPhrase {
  readonly words: readonly string[];
  readonly qualifier: Qualifier;
}

/** A vague amount: 'decine' → 20 (20–99); `unit` lets it scale another one ('decine di migliaia'). */
export interface VagueAmount {
  readonly words: readonly string[];
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly qualifier: Qualifier;
  readonly unit?: number;
}

/** 'tra 10 e 15', 'from 5 to 7', 'від 5 до 7': words before, between. */
export interface RangeFrame {
  readonly before: readonly string[];
  readonly between: readonly string[];
}

export interface NumberLexicon {
  readonly code: string;
  /** Cardinal forms, lower case, with every inflected form listed ('двадцяти', 'трьох'). */
  readonly words: ReadonlyMap<string, readonly WordEntry[]>;
  readonly ordinals: ReadonlyMap<string, OrdinalEntry>;
  /** Italian: split glued compounds ('duecentocinquantatremila') and '-esimo' ordinals. */
  readonly glued: boolean;
  /** Ordinal endings of glued ordinals ('esimo' → singular, 'esimi' → plural) and stem endings to try. */
  readonly ordinalSuffixes: ReadonlyMap<string, boolean>;
  readonly stemEndings: readonly string[];
  /** Ukrainian keeps the apostrophe inside words ('п'ять'); Italian elides with it ('settant''). */
  readonly apostropheInWord: boolean;
  readonly conventions: readonly Convention[];
  /** Case-sensitive suffixes after digits: 'k', 'M', 'G', 'К', 'млн'. */
  readonly multipliers: ReadonlyMap<string, Multiplier>;
  readonly signWords: ReadonlySet<string>;
  readonly pointWords: ReadonlySet<string>;
  /** Joins cardinals after a hundred or a scale: 'two thousand and two hundred'. */
  readonly andWords: ReadonlySet<string>;
  /** Joins a fraction to a number: 'uno e mezzo', 'three and a half', 'три с половиной'. */
  readonly fractionJoins: readonly (readonly string[])[];
  /** A word worth one only before a scale, a dozen or a fraction: 'a', 'an'. */
  readonly articles: ReadonlySet<string>;
  /** Half (or a quarter) before a scale or a dozen: 'mezzo milione', 'half a dozen', 'quarter million'. */
  readonly halfWords: ReadonlyMap<string, number>;
  /** Of those, the ones that are a number by themselves: 'more than half'. */
  readonly halfAlone: ReadonlySet<string>;
  /** A fraction's numerator agrees with its ordinal: 'one fifth', 'two fifths' but not 'two millionth'. */
  readonly fractionAgreement: boolean;
  /** 'dozen', 'dozzine': ×12. */
  readonly dozenWords: ReadonlySet<string>;
  /** Before a scale after a fraction: 'two thirds of a million'. */
  readonly ofScale: readonly (readonly string[])[];
  /** 'one over three', 'uno su tre'; `smaller` requires numerator < denominator. */
  readonly overWords: readonly { readonly words: readonly string[]; readonly smaller: boolean }[];
  /** 'the one', 'which one': 'one' is a pronoun there. */
  readonly pronounOne: ReadonlySet<string>;
  readonly pronounPreceders: ReadonlySet<string>;
  /** Italian 'un', 'una': the indefinite article is also the numeral one. */
  readonly qualifiers: readonly QualifierPhrase[];
  readonly postQualifiers: readonly QualifierPhrase[];
  readonly ranges: readonly RangeFrame[];
  readonly rangeInfixes: readonly (readonly string[])[];
  readonly vague: readonly VagueAmount[];
  /** 'di', 'of' between a vague amount and what it scales: 'decine di migliaia'. */
  readonly vagueOf: readonly (readonly string[])[];
  /** After a qualifier these forms are one scale, not a vague plural: 'более тысячи' = 1000. */
  readonly qualifiedSingulars: ReadonlyMap<string, number>;
  /** Words before or after a four-digit year: 'nel 2022', '2022 року'. */
  readonly yearBefore: ReadonlySet<string>;
  readonly yearAfter: ReadonlySet<string>;
  /** Words before a year only when no word follows it: 'in 2022,' but not 'in 2000 homes'. */
  readonly yearWeak: ReadonlySet<string>;
  /** Words before a clock time written with a dot: 'alle 10.30'. */
  readonly timeBefore: ReadonlySet<string>;
}
