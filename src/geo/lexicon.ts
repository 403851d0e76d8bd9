/**
 * The place lexicon of one language: the words around place names that recognition reads
 * ("nel villaggio di", "Kharkiv region", "Курской области"), stop words, inflection rules and
 * country adjectives. Loaded from `src/lang/<code>/data/places-*.txt` by `loadPlacesLexicon`.
 */
import { readFileSync } from 'node:fs';
import { nameKey } from './name-key.js';

/** What a cue says about the name next to it. */
/** ('facility': a word after the name makes it a street or a building: "Montana Avenue".) */
export type CueHint = 'place' | 'admin1' | 'admin2' | 'near' | 'prep' | 'person' | 'facility';

/**
 * What a town's adjective before a facility word names: the town ('site': "Саратовский НПЗ"), or
 * the region of that adjective when there is one ('region': "Курская АЭС" stands in Kurchatov).
 */
export type FacilityKind = 'site' | 'region';

/** How a town's adjective leads to the town's name (`places-city-adjectives.txt`). */
export interface CityAdjectives {
  /** Case endings, taken off to leave the stem ("саратовского" → "саратовск"). */
  readonly endings: readonly string[];
  /** Stem endings → the town's ("ск" → "": "саратовск" → "саратов"), every one that fits tried. */
  readonly rules: readonly Inflection[];
  /** The region of the adjective, `*` for the stem ("*ая область" → "курская область"). */
  readonly regions: readonly string[];
  /** Stems of adjectives that name no town, whatever the rules find: "морск" ("Морской порт"). */
  readonly not: ReadonlySet<string>;
}

export interface Inflection {
  readonly suffix: string;
  readonly replacement: string;
}

export interface PlacesLexicon {
  readonly lang: string;
  /** Words (keys) before a name, within a few words: "villaggio" → place, "regione" → admin1. */
  readonly before: ReadonlyMap<string, CueHint>;
  /** Words right after a name: "region" → admin1, "области" → admin1 (lemma in `afterLemma`). */
  readonly after: ReadonlyMap<string, CueHint>;
  /** Declined admin words → their nominative, for region names ("области" → "область"). */
  readonly afterLemma: ReadonlyMap<string, string>;
  /** Keys that are never places on their own ("maggio", "Zelensky"). */
  readonly stop: ReadonlySet<string>;
  /** People's names (`src/geo/data/stop-names.txt`): "Volodymyr Zelensky" is no place. */
  readonly people: ReadonlySet<string>;
  /** Given names that are places too (`src/geo/data/given-names.txt`): "Charlotte Smith", "Nancy Kellogg". */
  readonly given: ReadonlySet<string>;
  /** Noun endings → nominative endings ("Харкова" → "Харков"), tried longest first. */
  readonly nouns: readonly Inflection[];
  /** Adjective endings → feminine nominative ("Курской" → "Курская"), for "… области". */
  readonly adjectives: readonly Inflection[];
  /** Country adjectives, lower case and declined ("russa", "українських") → ISO alpha-2. */
  readonly countryAdjectives: ReadonlyMap<string, string>;
  /** Country adjective stems ("российск") with the endings they take. */
  readonly adjectiveStems: ReadonlyMap<string, string>;
  readonly adjectiveEndings: readonly string[];
  /**
   * The first two characters (UTF-16 codes, `opening` below) of the country adjectives and stems
   * of two characters or more; and the first character of the shorter ones: bit sets (`hasBit`).
   */
  readonly adjectiveOpenings: Uint8Array;
  readonly adjectiveInitials: Uint8Array;
  /** The same of the keys of `before` and `after` (`beforeCue`, `afterCue`). */
  readonly cueOpenings: Uint8Array;
  readonly cueInitials: Uint8Array;
  /** Extra region names of this language ("Харківщина") → ISO 3166-2 ("UA-63"). */
  readonly regions: ReadonlyMap<string, string>;
  /** Spelling rules to another language's form ("Хомутівка" → "Хомутовка"), in order. */
  readonly spelling: readonly Respelling[];
  /** Facility words (keys) after which a town's adjective names the town: "нпз", "порту", "аэс". */
  readonly facilities: ReadonlyMap<string, FacilityKind>;
  /** Endings of the adjectives that may stand between ("Туапсинский морской терминал"). */
  readonly facilityBetween: readonly string[];
  /** Conjunctions between town adjectives ("Саратовский и Рязанский НПЗ"). */
  readonly facilityAnd: ReadonlySet<string>;
  readonly cityAdjectives: CityAdjectives;
}

export interface Respelling {
  readonly from: string;
  readonly to: string;
  /** Only at the end of the name ("ськ$"). */
  readonly atEnd: boolean;
}

/** Lines of a data file without comments and blanks. */
function lines(path: URL): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  return text.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
}

/** `label: a|b|c` lines → [label, names]. */
function labelled(path: URL): [string, string[]][] {
  return lines(path).map((line) => {
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`${path.pathname}: expected 'label: a|b|c', got '${line}'`);
    return [line.slice(0, colon).trim(), line.slice(colon + 1).split('|').map((s) => s.trim()).filter(Boolean)];
  });
}

/** `suffix > replacement` lines ('-' for nothing). */
function inflections(path: URL): Inflection[] {
  return inflectionsOf(lines(path));
}

function inflectionsOf(rules: readonly string[]): Inflection[] {
  return rules
    .map((line) => {
      const [suffix, replacement] = line.split('>').map((s) => s.trim());
      return { suffix: suffix === '-' ? '' : suffix!, replacement: replacement === '-' ? '' : replacement ?? '' };
    })
    .sort((a, b) => b.suffix.length - a.suffix.length);
}

/** `places-city-adjectives.txt`: `@endings:`, `@not:` and `@regions:` lines, then `stem > town` rules. */
function cityAdjectives(path: URL): CityAdjectives {
  const all = lines(path);
  const listed = (label: string): string[] =>
    all.filter((l) => l.startsWith(`${label}:`)).flatMap((l) => l.slice(label.length + 1).split('|').map((w) => nameKey(w)).filter(Boolean));
  return {
    endings: listed('@endings'), regions: listed('@regions'), not: new Set(listed('@not')),
    rules: inflectionsOf(all.filter((l) => !l.startsWith('@'))),
  };
}

/** `places-facilities.txt`: `site:` and `region:` words, the `between:` endings and the `and:` words. */
function facilitiesOf(path: URL): { facilities: Map<string, FacilityKind>; facilityBetween: string[]; facilityAnd: Set<string> } {
  const facilities = new Map<string, FacilityKind>();
  let facilityBetween: string[] = [];
  const facilityAnd = new Set<string>();
  for (const [label, words] of labelled(path)) {
    if (label === 'between') facilityBetween = words;
    else if (label === 'and') for (const w of words) facilityAnd.add(nameKey(w));
    else if (label === 'site' || label === 'region') for (const w of words) facilities.set(nameKey(w), label);
    else throw new Error(`${path.pathname}: expected 'site:', 'region:', 'between:' or 'and:', got '${label}:'`);
  }
  return { facilities, facilityBetween, facilityAnd };
}

/**
 * Loads `places-before.txt`, `places-after.txt`, `places-stop.txt`, `places-nouns.txt`,
 * `places-adjectives.txt`, `places-countries.txt`, `places-regions.txt`, `places-spelling.txt`,
 * `places-facilities.txt` and `places-city-adjectives.txt` from a language's
 * data folder (each optional) plus the shared lists of `src/geo/data/stop-names.txt` and
 * `given-names.txt`.
 */
export function loadPlacesLexicon(lang: string, dataDir: URL): PlacesLexicon {
  const file = (name: string): URL => new URL(name, dataDir);
  const before = new Map<string, CueHint>();
  for (const [hint, words] of labelled(file('places-before.txt'))) for (const w of words) before.set(nameKey(w), hint as CueHint);
  const after = new Map<string, CueHint>();
  const afterLemma = new Map<string, string>();
  for (const [hint, words] of labelled(file('places-after.txt'))) {
    for (const w of words) {
      after.set(nameKey(w), hint as CueHint);
      afterLemma.set(nameKey(w), nameKey(words[0]!));
    }
  }
  const stop = new Set<string>();
  const people = new Set<string>();
  for (const line of lines(file('places-stop.txt'))) for (const w of line.split('|')) stop.add(nameKey(w));
  for (const line of lines(new URL('./data/stop-names.txt', import.meta.url))) {
    for (const w of line.split('|')) {
      stop.add(nameKey(w));
      people.add(nameKey(w));
    }
  }
  const given = new Set<string>();
  for (const line of lines(new URL('./data/given-names.txt', import.meta.url))) for (const w of line.split('|')) given.add(nameKey(w));
  const countryAdjectives = new Map<string, string>();
  const adjectiveStems = new Map<string, string>();
  let adjectiveEndings: string[] = [];
  for (const [code, words] of labelled(file('places-countries.txt'))) {
    if (code === '@endings') adjectiveEndings = words.map((w) => (w === '-' ? '' : w));
    else for (const w of words) (w.endsWith('*') ? adjectiveStems : countryAdjectives).set(nameKey(w.replace('*', '')), code);
  }
  const regions = new Map<string, string>();
  for (const [code, words] of labelled(file('places-regions.txt'))) for (const w of words) regions.set(nameKey(w), code);
  return {
    lang, before, after, afterLemma, stop, people, given,
    nouns: inflections(file('places-nouns.txt')),
    adjectives: inflections(file('places-adjectives.txt')),
    countryAdjectives, adjectiveStems, adjectiveEndings, regions,
    ...adjectiveOpeningsOf([...countryAdjectives.keys(), ...adjectiveStems.keys()]),
    ...cueOpeningsOf([...before.keys(), ...after.keys()]),
    spelling: respellingRules(file('places-spelling.txt')),
    ...facilitiesOf(file('places-facilities.txt')),
    cityAdjectives: cityAdjectives(file('places-city-adjectives.txt')),
  };
}

/**
 * The first two UTF-16 units of `key` as one 16-bit number ("ru" of "russa"). Two openings may
 * share a number: then a word gets through to the look-ups below, which decide.
 */
const opening = (key: string): number => ((key.charCodeAt(0) << 5) ^ key.charCodeAt(1)) & 0xffff;

/** A set of 16-bit numbers as 8 KB of bits: a test is one load (a `Set` hashed, for every word of a text). */
function bitSet(numbers: readonly number[]): Uint8Array {
  const bits = new Uint8Array(0x2000);
  for (const n of numbers) bits[(n & 0xffff) >> 3]! |= 1 << (n & 7);
  return bits;
}

function hasBit(bits: Uint8Array, n: number): boolean {
  return (bits[(n & 0xffff) >> 3]! & (1 << (n & 7))) !== 0;
}

/** The first two characters of the words of two characters or more, and the first of the others (`hasOpening`). */
function openingsOf(words: readonly string[]): [openings: Uint8Array, initials: Uint8Array] {
  // (a stem of one character may begin a key with any second character: it is kept by its first.
  // An empty stem would begin every key: there is none, the list file has no lone "*".)
  return [bitSet(words.filter((w) => w.length >= 2).map(opening)), bitSet(words.filter((w) => w.length < 2).map((w) => w.charCodeAt(0)))];
}

function adjectiveOpeningsOf(words: readonly string[]): { adjectiveOpenings: Uint8Array; adjectiveInitials: Uint8Array } {
  const [adjectiveOpenings, adjectiveInitials] = openingsOf(words);
  return { adjectiveOpenings, adjectiveInitials };
}

function cueOpeningsOf(words: readonly string[]): { cueOpenings: Uint8Array; cueInitials: Uint8Array } {
  const [cueOpenings, cueInitials] = openingsOf(words);
  return { cueOpenings, cueInitials };
}

/** Whether `key` may begin like one of the words of these bit sets (`openingsOf`): false, it begins like none. */
function hasOpening(openings: Uint8Array, initials: Uint8Array, key: string): boolean {
  return hasBit(openings, opening(key)) || hasBit(initials, key.charCodeAt(0));
}

/**
 * The hint of a cue word before a name (`before.get(key)`), by the word's first characters first:
 * most words of a text are no cue, and each new word that a map is asked about is hashed.
 */
export function beforeCue(lexicon: PlacesLexicon, key: string): CueHint | undefined {
  return hasOpening(lexicon.cueOpenings, lexicon.cueInitials, key) ? lexicon.before.get(key) : undefined;
}

/** The hint of a word after a name (`after.get(key)`), as `beforeCue`. */
export function afterCue(lexicon: PlacesLexicon, key: string): CueHint | undefined {
  return hasOpening(lexicon.cueOpenings, lexicon.cueInitials, key) ? lexicon.after.get(key) : undefined;
}

/** `from > to` lines, `$` anchoring `from` at the end. */
function respellingRules(path: URL): Respelling[] {
  return lines(path).map((line) => {
    const [from, to] = line.split('>').map((s) => s.trim());
    const atEnd = from!.endsWith('$');
    return { from: nameKey(atEnd ? from!.slice(0, -1) : from!), to: nameKey(to ?? ''), atEnd };
  });
}

/** The other spellings of a key by the rules, each rule applied to the forms before it. */
export function respellings(key: string, rules: readonly Respelling[], max = 16): string[] {
  let forms = [key];
  for (const { from, to, atEnd } of rules) {
    const next: string[] = [];
    for (const f of forms) {
      if (atEnd ? f.endsWith(from) : f.includes(from)) next.push(atEnd ? f.slice(0, f.length - from.length) + to : f.replaceAll(from, to));
    }
    forms = [...forms, ...next].slice(0, max);
  }
  return forms.slice(1);
}

/** Country code of a lower-case adjective ("russa" → RU, "російських" → RU), if any. */
export function countryOfAdjective(lexicon: PlacesLexicon, key: string): string | undefined {
  // (asked for nearly every word of a text: most start unlike every adjective. By the first two
  // characters, "la", "di", "in" are out at once; by the first alone, half the words got through.)
  if (!hasOpening(lexicon.adjectiveOpenings, lexicon.adjectiveInitials, key)) return undefined;
  const direct = lexicon.countryAdjectives.get(key);
  if (direct) return direct;
  for (const ending of lexicon.adjectiveEndings) {
    if (!key.endsWith(ending)) continue;
    const stem = lexicon.adjectiveStems.get(key.slice(0, key.length - ending.length));
    if (stem) return stem;
  }
  return undefined;
}

/** Candidate nominative forms of a declined word, by the given endings ("Харкові" → "Харків"). */
export function lemmas(word: string, rules: readonly Inflection[], minStem = 2): string[] {
  const out: string[] = [];
  for (const { suffix, replacement } of rules) {
    if (!word.endsWith(suffix) || word.length - suffix.length < minStem) continue;
    out.push(word.slice(0, word.length - suffix.length) + replacement);
  }
  return out;
}

const NO_BITS = bitSet([]);

/** A lexicon with no cues, for text in a language we have no pack for. */
export function emptyPlacesLexicon(lang: string): PlacesLexicon {
  return {
    lang, before: new Map(), after: new Map(), afterLemma: new Map(), stop: new Set(), people: new Set(), given: new Set(), nouns: [],
    adjectives: [], countryAdjectives: new Map(), adjectiveStems: new Map(), adjectiveEndings: [], adjectiveOpenings: NO_BITS, adjectiveInitials: NO_BITS, cueOpenings: NO_BITS, cueInitials: NO_BITS, regions: new Map(),
    spelling: [], facilities: new Map(), facilityBetween: [], facilityAnd: new Set(), cityAdjectives: { endings: [], rules: [], regions: [], not: new Set() },
  };
}

/** The lazily loaded lexicon of a language pack: `placesLexicon: lazyPlacesLexicon('it', url)`. */
export function lazyPlacesLexicon(lang: string, dataDir: URL): () => PlacesLexicon {
  let lexicon: PlacesLexicon | undefined;
  return () => (lexicon ??= loadPlacesLexicon(lang, dataDir));
}
