/**
 * Recognition: finds the spans of a document that name places in the gazetteer, with the cues
 * around them. Which entry each one means (and whether to keep it) is `resolve.ts`'s job.
 */
import type { CueHint, PlacesLexicon } from './lexicon.js';
import { afterCue, beforeCue, countryOfAdjective, lemmas, respellings } from './lexicon.js';
import type { Gazetteer, Posting } from './gazetteer.js';
import { cityAdjectiveAt, regionFacilityAround } from './facilities.js';
import { nameKey } from './name-key.js';
import { Memo } from './memo.js';
import type { Token } from './tokens.js';
import { hyphenParts, opensLine } from './tokens.js';

export interface Candidate {
  readonly start: number;
  readonly end: number;
  /** Token range [first, last] of the name itself (without the admin word after it). */
  readonly first: number;
  readonly last: number;
  readonly key: string;
  readonly postings: readonly Posting[];
  /** What the words around say: "village of X" → place, "X region" → admin1. */
  readonly hint?: CueHint;
  /** A country adjective next to it: "nella regione russa di Kursk" → RU. */
  readonly countryHint?: string;
  /** What the name after a comma says contains it ("Alvin, Texas"): ISO codes and `r<region>`. */
  readonly container?: ReadonlySet<string>;
  /** "Atlanta, Georgia": the regions (`r<region>`) of the towns the name before the comma may be. */
  readonly contains?: ReadonlySet<string>;
  /** A lower-case country adjective ("ucraino", "российских"): a country mention. */
  readonly adjective?: boolean;
  /** The form was found only after undoing an inflection ("Харкові" → "Харків"). */
  readonly inflected?: boolean;
  readonly rule: string;
}

/** The rules of recognition, by the last part of their ids ("en/places/name"). */
type RuleName = 'name' | 'inflected-name' | 'respelled-name' | 'name-region' | 'name-district' | 'name-region-list'
  | 'name-region-elided' | 'dateline' | 'hyphen-part' | 'country-adjective' | 'facility-region';

const RULE_IDS = new Map<string, Map<RuleName, string>>();

/**
 * The id of a rule in the language of `lex` ("en/places/name"), made once per language and rule
 * (an id made for each name was a string to join and, when read, to flatten).
 */
function ruleId(lex: PlacesLexicon, rule: RuleName): string {
  let ids = RULE_IDS.get(lex.lang);
  if (!ids) RULE_IDS.set(lex.lang, (ids = new Map()));
  let id = ids.get(rule);
  if (id === undefined) ids.set(rule, (id = `${lex.lang}/places/${rule}`));
  return id;
}

const MAX_TOKENS = 5;
const WINDOW = 6;

export function recognize(tokens: readonly Token[], gaz: Gazetteer, lex: PlacesLexicon): Candidate[] {
  const out: Candidate[] = [];
  let floor = 0;
  // the next name of a list that an admin word opens ("nelle regioni di Bryansk, Kursk e Belgorod")
  let listed = -1;
  // the admin word of the sentence's last region ("у Брянській області — 20, у Курській — 15")
  let admin: Token | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.initial) admin = undefined;
    // ("Російські дрони": an adjective may be capitalized at the start of a sentence; and a country
    // adjective is not a town's name with a case ending undone: "Українські сили" is not Ukrainsk)
    // ("Ярославский НПЗ": a town's adjective before a facility word is the town, Yaroslavl, not
    // the village of Yaroslavsky that the adjective names as written)
    const name = t.cap ? (admin && ellipticRegion(tokens, i, admin, gaz, lex)) || (cityAdjectiveAt(tokens, i, gaz, lex) ?? nameAt(tokens, i, gaz, lex)) : undefined;
    const found = name && !(name.inflected && name.first === name.last) ? name : adjectiveAt(tokens, i, gaz, lex) ?? name;
    if (!found) {
      // (a word that is its own key, as most are, has no hyphen: nameKey makes hyphens spaces)
      if (t.key !== t.text && t.text.includes('-')) out.push(...partsOf(tokens, i, gaz, lex));
      continue;
    }
    const dateline = datelineAt(tokens, found, lex);
    const cues = cuesBefore(tokens, i, floor, lex, found.inflected === true);
    // "the Kursk nuclear power plant": the region when the name is a region's too
    const plant = !dateline && !found.hint && !found.adjective && regionFacilityAround(tokens, found, gaz, lex);
    const rule = dateline?.rule ?? (plant ? ruleId(lex, 'facility-region') : found.rule);
    // (a dateline's hint, the name's own, then the cue words')
    const hint = dateline?.hint ?? found.hint ?? (plant || i === listed ? 'admin1' : cues.hint);
    out.push(candidate(found, found.postings, found.first, found.last, hint, cues.countryHint, rule));
    listed = hint === 'admin1' && !found.adjective ? nextListed(tokens, found.last) : -1;
    if (found.rule.endsWith('/name-region') && lex.adjectives.length) admin = tokens[found.last + 1];
    i = tokenIndexAt(tokens, found.end, i);
    // ("nella regione russa di Kursk": an adjective between cue and name is read through; and so is
    // a cue word that is also a name at the start of a sentence, "In Novoaidar, explosions")
    if (!found.adjective && !(found.first === found.last && t.initial && lex.before.has(t.key))) floor = i + 1;
  }
  return out;
}

/**
 * "KYIV, Jan 5 (Reuters) -", "DETROIT (WJBK) -": a name in capitals opening a line, followed by
 * a comma, a bracket or a dash, is the dateline of a news story: a place, frequent word or not.
 */
function datelineAt(tokens: readonly Token[], found: Found, lex: PlacesLexicon): { hint: CueHint; rule: string } | undefined {
  if (found.adjective || !opensLine(tokens[found.first]!.gapBefore)) return undefined;
  for (let k = found.first; k <= found.last; k++) if (!tokens[k]!.upper) return undefined;
  const next = tokens[found.last + 1];
  if (!next || !/^\s*(?:,|\(|[-–—])/.test(next.gapBefore)) return undefined;
  return { hint: 'place', rule: ruleId(lex, 'dateline') };
}

/** "Canada-wide", "London-based", "Russia-Turkey ties": places inside a hyphenated word. */
function partsOf(tokens: readonly Token[], i: number, gaz: Gazetteer, lex: PlacesLexicon): Candidate[] {
  const out: Candidate[] = [];
  for (const part of hyphenParts(tokens[i]!)) {
    const found = lookupForms([part], 0, 0, gaz, lex);
    // A town only by its own name: "Moon Jae-in", "Diaz-Balart" and "Champs-Elysees" hide no
    // places (Jaén, Ballarat, Champs-sur-Marne by their other names); countries by any ("DPRK").
    const postings = found?.postings.filter((p) => p.primary || p.adjective || !gaz.featureOf(p.entry).startsWith('P.'));
    if (found && postings?.length) out.push(candidate(found, postings, i, i, found.hint, undefined, ruleId(lex, 'hyphen-part')));
  }
  return out;
}

/**
 * A candidate with every field written out, in one order, absent ones undefined: all candidates
 * share one shape (spreading objects of several shapes into one was a tenth of recognition's
 * time, and resolution's reads of candidates of five shapes were slow).
 */
function candidate(
  found: Found, postings: readonly Posting[], first: number, last: number, hint: CueHint | undefined, countryHint: string | undefined,
  rule: string,
): Candidate {
  return {
    start: found.start, end: found.end, first, last, key: found.key, postings, hint, countryHint,
    adjective: found.adjective, inflected: found.inflected, rule, container: undefined, contains: undefined,
  };
}

function tokenIndexAt(tokens: readonly Token[], end: number, from: number): number {
  let i = from;
  while (i + 1 < tokens.length && tokens[i + 1]!.start < end) i++;
  return i;
}

/** A name found in the tokens, before the cues around it are read. */
export type Found = Omit<Candidate, 'countryHint'>;

/** "ucraino", "российских": a country named by its adjective. */
function adjectiveAt(tokens: readonly Token[], i: number, gaz: Gazetteer, lex: PlacesLexicon): Found | undefined {
  const t = tokens[i]!;
  const code = countryOfAdjective(lex, t.key);
  const country = code && gaz.country(code);
  if (!country) return undefined;
  return {
    start: t.start, end: t.end, first: i, last: i, key: t.key,
    postings: [{ entry: country.entry, primary: true, adjective: true }],
    adjective: true, rule: ruleId(lex, 'country-adjective'),
  };
}

/** Words that join the last name of a list: "Bryansk, Kursk and Belgorod", "Брянской, Курской и Белгородской" (fewer than ten: no data file). */
const AND: ReadonlySet<string> = new Set(['and', 'e', 'ed', 'и', 'й', 'і', 'та']);
/** A joining word (`AND`; none is longer than three characters: most words are not hashed for it). */
function isAnd(key: string): boolean {
  return key.length <= 3 && AND.has(key);
}

/** Names in one list at most. */
const LIST_MAX = 8;

/**
 * The token of the next name of a list after the name that ends at token `last`, in a list that a
 * joining word closes ("Bryansk, Kursk e Belgorod": Kursk after Bryansk, Belgorod after Kursk), or -1.
 */
function nextListed(tokens: readonly Token[], last: number): number {
  const next = tokens[last + 1];
  const then = tokens[last + 2];
  if (next?.gapBefore === ' ' && isAnd(next.key) && then?.cap && then.gapBefore === ' ') return last + 2;
  if (next?.gapBefore !== ', ' || !next.cap) return -1;
  // a comma: only in a list that a joining word closes ("Kharkiv, Izium" is no list)
  for (let k = last + 2, n = 0; k < tokens.length && n < LIST_MAX; k++, n++) {
    const t = tokens[k]!;
    if (t.gapBefore === ' ' && AND.has(t.key) && tokens[k + 1]?.cap) return last + 1;
    if (t.gapBefore !== ', ' || !t.cap) return -1;
  }
  return -1;
}

/**
 * "the Bryansk, Kursk and Belgorod regions", "над Брянской, Курской и Белгородской областями": a
 * name that opens or goes on with a list closed by a joining word, a name and one admin word in the
 * plural is a region of that word, as the last name is.
 */
function listedRegion(tokens: readonly Token[], i: number, gaz: Gazetteer, lex: PlacesLexicon): Found | undefined {
  let joined = false;
  for (let k = i + 1, n = 0; k < tokens.length && n < LIST_MAX; n++) {
    const t = tokens[k]!;
    if (t.gapBefore === ', ' && t.cap && !joined) k++;
    else if (t.gapBefore === ' ' && AND.has(t.key) && !joined && tokens[k + 1]?.cap && tokens[k + 1]!.gapBefore === ' ') [k, joined] = [k + 2, true];
    else if (joined && t.gapBefore === ' ' && lex.after.get(t.key) === 'admin1' && lex.afterLemma.get(t.key) !== t.key) return regionWithAdminWord(tokens, i, i, gaz, lex, t);
    else return undefined;
  }
  return undefined;
}

/**
 * "у Брянській області — 20, у Курській — 15": a region's adjective with no admin word after a
 * region named with one in the same sentence is a region of that word too (uk, ru: languages whose
 * region names are adjectives). Only a first-level region: "у Курській — 15", not "у Курську".
 */
function ellipticRegion(tokens: readonly Token[], i: number, admin: Token, gaz: Gazetteer, lex: PlacesLexicon): Found | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (next && next.gapBefore === ' ' && lex.after.has(next.key)) return undefined;
  const lemma = lex.afterLemma.get(admin.key) ?? admin.key;
  for (const a of lemmas(t.key, lex.adjectives)) {
    const postings = gaz.lookupKey(`${a} ${lemma}`).filter((p) => gaz.featureOf(p.entry) === 'A.ADM1');
    if (postings.length) return { start: t.start, end: t.end, first: i, last: i, key: `${a} ${lemma}`, postings, hint: 'admin1', rule: ruleId(lex, 'name-region-elided') };
  }
  return undefined;
}

/** The longest name starting at token i: "Kharkiv", "Kursk region", "Курской области", "U.S.". */
function nameAt(tokens: readonly Token[], i: number, gaz: Gazetteer, lex: PlacesLexicon): Found | undefined {
  // ("Bryansk" of "the Bryansk, Kursk and Belgorod regions"; a name of one word)
  const listed = tokens[i + 1] && (tokens[i + 1]!.gapBefore === ', ' || isAnd(tokens[i + 1]!.key)) ? listedRegion(tokens, i, gaz, lex) : undefined;
  if (listed) return { ...listed, end: tokens[i]!.end, rule: ruleId(lex, 'name-region-list') };
  for (let n = Math.min(reach(tokens, i, gaz, lex), tokens.length - i); n >= 1; n--) {
    const j = i + n - 1;
    if (!contiguous(tokens, i, j) || !tokens[j]!.cap) continue;
    const region = regionWithAdminWord(tokens, i, j, gaz, lex);
    if (region) return region;
    const plain = lookupForms(tokens, i, j, gaz, lex);
    if (plain) return plain;
  }
  return undefined;
}

/**
 * How many tokens from token i a name may span: one more for each word after which some
 * gazetteer key or region name of the pack goes on ("New" → "new york" → "new york city"; not
 * "Officials"), as long as a capitalized word follows within reach. Every key tried for tokens
 * i..j (as written, with a period, declined, with an admin word) starts with the key of tokens
 * i..j-1 and a space; respellings may change any word, so with spelling rules every length is
 * tried. (Trying every length down from five was a third of the names' look-ups.)
 */
function reach(tokens: readonly Token[], i: number, gaz: Gazetteer, lex: PlacesLexicon): number {
  if (!capitalizedAhead(tokens, i)) return 1;
  if (lex.spelling.length) return MAX_TOKENS;
  const regions = regionPrefixes(lex);
  // (the first word by its key alone: most names go no further, and no prefix is made for them)
  const first = tokens[i]!.key;
  if (i + 1 >= tokens.length || (!gaz.continues(first) && !(regions.size && regions.has(`${first} `)))) return 1;
  let n = 2;
  for (let prefix = `${first} ${tokens[i + 1]!.key} `; n < MAX_TOKENS && i + n < tokens.length; prefix += `${tokens[i + n - 1]!.key} `) {
    if (!gaz.hasKeyStartingWith(prefix) && !(regions.size && regions.has(prefix))) break;
    n++;
  }
  return n;
}

/** A capitalized token within a name's reach after token i, single spaces between (as `nameAt` asks). */
function capitalizedAhead(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(tokens.length, i + MAX_TOKENS); j++) {
    if (tokens[j]!.gapBefore !== ' ') return false;
    if (tokens[j]!.cap) return true;
  }
  return false;
}

const regionPrefixesOf = new WeakMap<PlacesLexicon, Set<string>>();

/** Every beginning of the pack's region names that ends at a space ("донецька народна " ...). */
function regionPrefixes(lex: PlacesLexicon): Set<string> {
  let prefixes = regionPrefixesOf.get(lex);
  if (prefixes) return prefixes;
  prefixes = new Set();
  for (const name of lex.regions.keys()) {
    for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) prefixes.add(name.slice(0, at + 1));
  }
  regionPrefixesOf.set(lex, prefixes);
  return prefixes;
}

/** Tokens i..j form one name: separated by single spaces only. */
function contiguous(tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i + 1; k <= j; k++) if (tokens[k]!.gapBefore !== ' ') return false;
  return true;
}

function surface(tokens: readonly Token[], i: number, j: number): string {
  let s = tokens[i]!.text;
  for (let k = i + 1; k <= j; k++) s += tokens[k]!.gapBefore + tokens[k]!.text;
  return s;
}

/** The key of tokens i..j as one name ("Kursk region" → "kursk region"). */
function spanKey(tokens: readonly Token[], i: number, j: number): string {
  return i === j ? tokens[i]!.key : nameKey(surface(tokens, i, j));
}

/** How a key was found from the words: as written, with its final period, undeclined, respelled. */
type Form = 'name' | 'dot' | 'inflected' | 'respelled' | 'respelled-inflected';

const NO_KEYS: readonly string[] = [];

/**
 * The first of the keys for tokens i..j that names something: as written, with a final period,
 * (uk, ru) undeclined, and last respelled the way another language writes it ("Хомутівці" →
 * "Хомутівка" → "Хомутовка"). Most names are found as written; the other forms of a word of its
 * own are kept for the run (`wordForm`).
 */
function lookupForms(tokens: readonly Token[], i: number, j: number, gaz: Gazetteer, lex: PlacesLexicon): Found | undefined {
  const key = spanKey(tokens, i, j);
  // "Ark.", "Man.": the abbreviation with its period comes first ("Ark" alone is a town).
  const found = (tokens[j]!.dotAfter ? foundAs(`${key}.`, 'dot', tokens, i, j, gaz, lex) : undefined)
    ?? foundAs(key, 'name', tokens, i, j, gaz, lex);
  if (found || (!lex.nouns.length && !lex.spelling.length)) return found;
  const other = i === j ? wordForm(key, gaz, lex) : otherForm(key, tokens[j]!.key, gaz, lex);
  return other && foundAs(other.key, other.form, tokens, i, j, gaz, lex);
}

/** A key found in another form than as written, and how. */
interface OtherForm {
  readonly key: string;
  readonly form: Form;
}

/**
 * The first key made from `key` (whose last word's key is `last`) that names something: (uk, ru)
 * undeclined, then respelled, then undeclined and respelled ("Хомутівці" → "Хомутівка" → "Хомутовка").
 * Each key is tried as it is made: a list of every form, made first, was a sixth of what the stage
 * allocated.
 */
function otherForm(key: string, last: string, gaz: Gazetteer, lex: PlacesLexicon): OtherForm | undefined {
  const head = key.slice(0, key.length - last.length);
  const undeclined = lex.nouns.length ? lemmas(last, lex.nouns).map((lemma) => head + lemma) : NO_KEYS;
  for (const k of undeclined) if (names(k, gaz, lex)) return { key: k, form: 'inflected' };
  if (!lex.spelling.length) return undefined;
  for (const k of respellings(key, lex.spelling)) if (names(k, gaz, lex)) return { key: k, form: 'respelled' };
  for (const lemma of undeclined) {
    for (const k of respellings(lemma, lex.spelling)) if (names(k, gaz, lex)) return { key: k, form: 'respelled-inflected' };
  }
  return undefined;
}

/** Some entry of the gazetteer or region of the pack is named `key` (what `foundAs` needs). */
function names(key: string, gaz: Gazetteer, lex: PlacesLexicon): boolean {
  return gaz.lookupKey(key).length > 0 || regionPostings(key, gaz, lex).length > 0;
}

const WORD_FORMS = new WeakMap<Gazetteer, WeakMap<PlacesLexicon, Memo<string, OtherForm | undefined>>>();

/**
 * `otherForm` of a word of its own, kept per gazetteer and pack: words repeat across the texts of
 * a run, and each capitalized word that names nothing ("Привіт") was undeclined and respelled in
 * every way each time (the forms of one word, a few dozen keys, were most of a short Ukrainian
 * text's time).
 */
function wordForm(key: string, gaz: Gazetteer, lex: PlacesLexicon): OtherForm | undefined {
  let byPack = WORD_FORMS.get(gaz);
  if (!byPack) WORD_FORMS.set(gaz, (byPack = new WeakMap()));
  let memo = byPack.get(lex);
  if (!memo) byPack.set(lex, (memo = new Memo()));
  return memo.get(key, () => otherForm(key, key, gaz, lex));
}

/** Tokens i..j as the name of `key`, if the gazetteer or the pack's regions know it. */
function foundAs(key: string, form: Form, tokens: readonly Token[], i: number, j: number, gaz: Gazetteer, lex: PlacesLexicon): Found | undefined {
  const named = gaz.lookupKey(key);
  const region = regionPostings(key, gaz, lex);
  if (!named.length && !region.length) return undefined;
  const postings = region.length ? [...named, ...region] : named;
  const end = tokens[j]!.end + (form === 'dot' ? 1 : 0);
  const after = tokens[j + 1];
  const hint = after && after.gapBefore === ' ' ? afterCue(lex, after.key) : undefined;
  const inflected = form === 'inflected' || form === 'respelled-inflected';
  return {
    start: tokens[i]!.start, end, first: i, last: j, key, postings,
    inflected: inflected || undefined,
    hint: hint === 'place' ? hint : undefined,
    rule: ruleId(lex, form === 'respelled' || form === 'respelled-inflected' ? 'respelled-name' : inflected ? 'inflected-name' : 'name'),
  };
}

/** Region names of the language pack ("Харківщина") as postings of the region's entry. */
function regionPostings(key: string, gaz: Gazetteer, lex: PlacesLexicon): readonly Posting[] {
  // (a map hashes the key even when empty, as English's is: most keys asked are hashed nowhere else)
  const iso = lex.regions.size ? lex.regions.get(key) : undefined;
  const region = iso ? gaz.region(iso) : undefined;
  return region ? [{ entry: region.entry, primary: true, adjective: false }] : NO_POSTINGS;
}

const NO_POSTINGS: readonly Posting[] = [];

/** "Kursk region", "Kharkiv Oblast", "Курской области", "Харківська область": name + admin word. */
function regionWithAdminWord(tokens: readonly Token[], i: number, j: number, gaz: Gazetteer, lex: PlacesLexicon, word?: Token): Found | undefined {
  const after = word ?? tokens[j + 1];
  if (!after || after.gapBefore !== ' ') return undefined;
  const afterKey = after.key;
  const hint = afterCue(lex, afterKey);
  if (hint !== 'admin1' && hint !== 'admin2') return undefined;
  const key = spanKey(tokens, i, j);
  const lemma = lex.afterLemma.get(afterKey) ?? afterKey;
  const keys = [`${key} ${lemma}`, ...lemmas(key, lex.adjectives).map((a) => `${a} ${lemma}`), key];
  for (const k of keys) {
    const postings = [...gaz.lookupKey(k), ...regionPostings(k, gaz, lex)];
    const admin = hint === 'admin1' ? postings.filter((p) => gaz.featureOf(p.entry) === 'A.ADM1') : postings;
    if (!admin.length) continue;
    return {
      start: tokens[i]!.start, end: after.end, first: i, last: j, key: k, postings: admin, hint,
      rule: ruleId(lex, hint === 'admin1' ? 'name-region' : 'name-district'),
    };
  }
  return undefined;
}

/**
 * Cue words and country adjectives in the few words before token i ("nel villaggio di", "near"),
 * not reaching back into the previous name (`floor`): in "Mexico City, Mexico" the word "City"
 * belongs to a name and says nothing about "Mexico".
 */
type Cues = { readonly hint: CueHint | undefined; readonly countryHint: string | undefined };
const PERSON_CUES: Cues = { hint: 'person', countryHint: undefined };

function cuesBefore(tokens: readonly Token[], i: number, floor: number, lex: PlacesLexicon, inflected: boolean): Cues {
  // "Officer Rodriguez": a title right before makes a person, even a title that is a town too;
  // but a name in another case after a title is the office's seat: "мер Києва Віталій Кличко",
  // "губернатора Курской области" (a surname after a title takes the title's case, "мер Кличко")
  const title = tokens[i - 1];
  if (!inflected && title && tokens[i]!.gapBefore === ' ' && beforeCue(lex, title.key) === 'person') return PERSON_CUES;
  let hint: CueHint | undefined;
  let countryHint: string | undefined;
  for (let k = i - 1; k >= Math.max(floor, i - WINDOW); k--) {
    const t = tokens[k]!;
    if (endsClause(tokens[k + 1]!.gapBefore)) break;
    const key = t.key;
    const cue = beforeCue(lex, key);
    // "President Zelensky", "Mr. Jordan": a title right before a name makes it a person.
    if (cue === 'person' && k === i - 1 && !inflected) return PERSON_CUES;
    // A preposition counts only right before the name, and yields to any stronger cue:
    // "nella regione russa di confine di Belgorod" is a region, whatever "di" says.
    if (cue === 'prep' && k === i - 1) hint ??= cue;
    else if (cue && cue !== 'person' && cue !== 'prep' && (hint === undefined || hint === 'prep')) hint = cue;
    countryHint ??= countryOfAdjective(lex, key);
    if (t.cap && !t.initial && cue === undefined) break;
  }
  // (undefined fields rather than absent ones: the caller reads them one by one)
  return { hint, countryHint };
}

/** A gap with one of . ; ! ? or a line break ("Kyiv. Near Kharkiv"): no cue reaches across it. */
function endsClause(gap: string): boolean {
  // (a loop: the gap is mostly one space, and a regex test per word before each name added up)
  for (let k = 0; k < gap.length; k++) {
    const c = gap.charCodeAt(k);
    if (c === 46 || c === 59 || c === 33 || c === 63 || c === 10) return true;
  }
  return false;
}
