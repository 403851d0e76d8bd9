/**
 * Reads a language's number lexicon from its data folder:
 *  - `numbers-words.txt`    cardinal words, one value a line: `tens 30: trenta|trent'`
 *  - `numbers-ordinals.txt` denominators of fractions: `ords 5: quinti|quinte` (plural), `ord 5: quinto`
 *  - `numbers.json`         separators, suffixes, qualifiers, ranges, vague amounts, context words
 * Lines: `# comment`, then `KIND VALUE [FLAG…]: form|form`. Forms are matched in lower case.
 */
import { readFileSync } from 'node:fs';
import type { Qualifier } from '../../model/extraction.js';
import { tokenize } from './tokenize.js';
import type {
  Convention, Multiplier, NumberLexicon, OrdinalEntry, QualifierPhrase, RangeFrame, VagueAmount,
  WordClass, WordEntry,
} from './lexicon.js';

const CLASSES: ReadonlySet<string> = new Set(['zero', 'unit', 'teen', 'tens', 'hundreds', 'hundred', 'scale']);

interface Line {
  readonly kind: string;
  readonly value: number;
  readonly flags: ReadonlySet<string>;
  readonly forms: readonly string[];
}

/** Parses `KIND VALUE [FLAG…]: a|b` lines; throws with the file and line number on a bad line. */
export function parseLines(text: string, file: string): Line[] {
  const lines: Line[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*$/u, '').trim();
    if (!line) return;
    const match = /^(?<head>[^:]+):(?<forms>.+)$/u.exec(line);
    const [kind, value, ...flags] = (match?.groups?.head ?? '').trim().split(/\s+/u);
    const number = Number(value);
    if (!match || !kind || !Number.isFinite(number)) {
      throw new Error(`${file}:${index + 1}: expected 'KIND VALUE [FLAG...]: form|form', got '${raw}'`);
    }
    const forms = match.groups!.forms!.split('|').map((f) => f.trim().toLowerCase()).filter(Boolean);
    lines.push({ kind, value: number, flags: new Set(flags), forms });
  });
  return lines;
}

function wordsFrom(lines: readonly Line[], file: string): Map<string, WordEntry[]> {
  const words = new Map<string, WordEntry[]>();
  for (const line of lines) {
    if (!CLASSES.has(line.kind)) throw new Error(`${file}: unknown word class '${line.kind}'`);
    const entry: WordEntry = {
      cls: line.kind as WordClass,
      value: line.value,
      bound: line.flags.has('bound'),
      standalone: line.flags.has('standalone'),
    };
    for (const form of line.forms) words.set(form, [...(words.get(form) ?? []), entry]);
  }
  return words;
}

function ordinalsFrom(lines: readonly Line[]): Map<string, OrdinalEntry> {
  const ordinals = new Map<string, OrdinalEntry>();
  for (const line of lines) {
    const entry: OrdinalEntry = {
      value: line.value,
      plural: line.kind === 'ords',
      bound: line.flags.has('bound'),
      final: line.flags.has('final'),
    };
    for (const form of line.forms) ordinals.set(form, entry);
  }
  return ordinals;
}

/** The JSON part of a lexicon, as written in `numbers.json`. */
interface LexiconJson {
  glued?: boolean;
  apostropheInWord?: boolean;
  ordinalSuffixes?: Record<string, boolean>;
  stemEndings?: string[];
  conventions: Convention[];
  multipliers?: Record<string, Multiplier>;
  signWords?: string[];
  pointWords?: string[];
  andWords?: string[];
  fractionJoins?: string[];
  articles?: string[];
  halfWords?: Record<string, number>;
  halfAlone?: string[];
  fractionAgreement?: boolean;
  dozenWords?: string[];
  ofScale?: string[];
  overWords?: { words: string; smaller: boolean }[];
  pronounOne?: string[];
  pronounPreceders?: string[];
  qualifiers?: Partial<Record<Qualifier, string[]>>;
  postQualifiers?: Partial<Record<Qualifier, string[]>>;
  ranges?: [string, string][];
  rangeInfixes?: string[];
  vague?: { words: string; value: number; min: number; max: number; qualifier?: Qualifier; unit?: number }[];
  vagueOf?: string[];
  qualifiedSingulars?: Record<string, number>;
  yearBefore?: string[];
  yearAfter?: string[];
  yearWeak?: string[];
  timeBefore?: string[];
}

/**
 * Splits a phrase the way the text is tokenized ('all'incirca' → all ' incirca). The tokenizer
 * reads a plain copy of the phrase, with a space after it that ends no word: the strings of
 * JSON.parse and of slicing are kinds of their own, and once the tokenizer had read a few kinds,
 * V8 compiled its reads of every text's characters the slow way (2.5 times as long).
 */
type Split = (text: string) => string[];
const splitter = (apostropheInWord: boolean): Split => (text) =>
  tokenize([...text, ' '].join(''), apostropheInWord).map((t) => t.lower);

function qualifierPhrases(phrase: Split, groups: Partial<Record<Qualifier, string[]>> = {}): QualifierPhrase[] {
  const phrases: QualifierPhrase[] = [];
  for (const [qualifier, list] of Object.entries(groups) as [Qualifier, string[]][]) {
    for (const text of list) phrases.push({ words: phrase(text), qualifier });
  }
  // Longest first, so that 'più di' wins over a shorter phrase sharing its end.
  return phrases.sort((a, b) => b.words.length - a.words.length);
}

function vagueAmounts(phrase: Split, json: LexiconJson): VagueAmount[] {
  const list: VagueAmount[] = [];
  for (const v of json.vague ?? []) {
    for (const text of v.words.split('|')) {
      list.push({
        words: phrase(text), value: v.value, min: v.min, max: v.max,
        qualifier: v.qualifier ?? 'approx', ...(v.unit !== undefined ? { unit: v.unit } : {}),
      });
    }
  }
  return list.sort((a, b) => b.words.length - a.words.length);
}

const lower = (list: readonly string[] = []): Set<string> => new Set(list.map((w) => w.toLowerCase()));
const phrasesOf = (phrase: Split, list: readonly string[] = []): string[][] =>
  list.map(phrase).sort((a, b) => b.length - a.length);

function readText(dir: URL, name: string): string | undefined {
  try {
    return readFileSync(new URL(name, dir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Loads `numbers.json`, `numbers-words.txt` and `numbers-ordinals.txt` from `dir` (a folder URL). */
export function loadNumberLexicon(code: string, dir: URL): NumberLexicon {
  const jsonText = readText(dir, 'numbers.json');
  if (jsonText === undefined) throw new Error(`no numbers.json for '${code}' in ${dir.pathname}`);
  const json = JSON.parse(jsonText) as LexiconJson;
  const phrase = splitter(json.apostropheInWord ?? false);
  const phrases = (list?: readonly string[]): string[][] => phrasesOf(phrase, list);
  const words = wordsFrom(parseLines(readText(dir, 'numbers-words.txt') ?? '', 'numbers-words.txt'), 'numbers-words.txt');
  const ordinals = ordinalsFrom(parseLines(readText(dir, 'numbers-ordinals.txt') ?? '', 'numbers-ordinals.txt'));
  return {
    code,
    words,
    ordinals,
    glued: json.glued ?? false,
    ordinalSuffixes: new Map(Object.entries(json.ordinalSuffixes ?? {})),
    stemEndings: json.stemEndings ?? [''],
    apostropheInWord: json.apostropheInWord ?? false,
    conventions: json.conventions,
    multipliers: new Map(Object.entries(json.multipliers ?? {})),
    signWords: lower(json.signWords),
    pointWords: lower(json.pointWords),
    andWords: lower(json.andWords),
    fractionJoins: phrases(json.fractionJoins),
    articles: lower(json.articles),
    halfWords: new Map(Object.entries(json.halfWords ?? {})),
    halfAlone: lower(json.halfAlone),
    fractionAgreement: json.fractionAgreement ?? false,
    dozenWords: lower(json.dozenWords),
    ofScale: phrases(json.ofScale),
    overWords: (json.overWords ?? []).map((o) => ({ words: phrase(o.words), smaller: o.smaller })),
    pronounOne: lower(json.pronounOne),
    pronounPreceders: lower(json.pronounPreceders),
    qualifiers: qualifierPhrases(phrase, json.qualifiers),
    postQualifiers: qualifierPhrases(phrase, json.postQualifiers),
    ranges: (json.ranges ?? []).map(([before, between]): RangeFrame => ({ before: phrase(before), between: phrase(between) })),
    rangeInfixes: phrases(json.rangeInfixes),
    vague: vagueAmounts(phrase, json),
    vagueOf: phrases(json.vagueOf),
    qualifiedSingulars: new Map(Object.entries(json.qualifiedSingulars ?? {})),
    yearBefore: lower(json.yearBefore),
    yearAfter: lower(json.yearAfter),
    yearWeak: lower(json.yearWeak),
    timeBefore: lower(json.timeBefore),
  };
}
