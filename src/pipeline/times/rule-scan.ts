/**
 * Speed: the time rules tried where they may match. It finds exactly what `scanAt`
 * (prefix-scan.ts) finds, with less work per position. Most words of a window start no rule
 * ("said", "forces"): the first two keys of a word are checked against a table before its key
 * is built and looked up. A rule whose first word must be followed by more ('the\\s+{ORD}',
 * '\\d+\\s+{UNIT}\\s+ago') is tried only where the character after the word and its white space
 * can go on with it (`nextKeys`): "the war" tries none of the rules for "the 5th" or "the week";
 * "2,000 people" none of those for "2 weeks ago" or "12/05"; and only before a word its matches
 * may go on with (`nextWords`): "the armed forces" tries none of those for "the first week" or
 * "the 5th". A rule is also tried only where the text begins as it may (`regexPrefixes`): "5
 * people" tries no rule for '[12]\\d{3}' years.
 */
import { DIGITS_RUN, WILD, codeKey, firstWords, nextKeys, nextWords, regexPrefixes } from '../regex-prefixes.js';
import {
  candidatesAt, candidatesFor, isSpace, letterOrDigit, prefixIndex, runEnd, wordKey, type PrefixIndex, type ScanMatch, type WordPattern,
} from '../prefix-scan.js';

/** The patterns of one first word. */
interface WordEntry {
  readonly word: string;
  readonly patterns: readonly WordPattern[];
  /**
   * Per pattern, the keys its matches may go on with after the word (undefined: any); read off
   * the patterns on first use (`nextOf`), as reading them all would slow the first text down.
   */
  next?: readonly (FollowKeys | undefined)[];
  /** Which patterns to try by the word after the word, read on first use (`choiceOf`). */
  choice?: Choice;
}

/**
 * Which of a word's patterns may match, by the word that follows it (`wordAfter`): a pattern
 * whose matches go on with one of a few words (`nextWords`: 'the\\s+{ORD}') is tried only
 * before one of them. The lists hold indices into `WordEntry.patterns`, in its order.
 */
interface Choice {
  /** Before a word some pattern lists: the patterns that list it and those that list none. */
  readonly bySecond: ReadonlyMap<string, readonly number[]>;
  /** `bySecond` of the words that have a `keyCode`, by it. */
  readonly byCode: ReadonlyMap<number, readonly number[]>;
  /** Before another word, or none: the patterns that list no words. */
  readonly others: readonly number[];
  /** Before a word of unknown key: every pattern. */
  readonly all: readonly number[];
}

/** The first two keys a pattern's matches may begin with (`regexPrefixes`), as `candidatesAt` reads them. */
interface Beginnings {
  /** Any beginning ('.', '\\p{L}', a lookbehind alone). */
  readonly any: boolean;
  /** First keys after which any character (or none) may come. */
  readonly firsts: ReadonlySet<number>;
  /** First keys of `pairs`. */
  readonly pairFirsts: ReadonlySet<number>;
  readonly pairs: ReadonlySet<number>;
}

/** A `PrefixIndex` with its first words looked up as `scanRules` does. */
export interface RuleIndex {
  readonly index: PrefixIndex;
  /**
   * The patterns' sources, as given: what their first words, beginnings and next keys are read
   * off (the sticky copies' compact classes are not read, and end in no WORD_END).
   */
  readonly sources: readonly string[];
  /** Per pattern: it reads the lower-cased copy of the text (else the text as it is). */
  readonly lower: readonly boolean[];
  /**
   * Whether the words and keys are read off the lower-cased copy: when some pattern reads it.
   * Keys are lower case, so patterns that read the text find there the keys they would find
   * in it ('May' → 'may').
   */
  readonly keysLower: boolean;
  /** Per pattern: how its matches may begin, read on first use (`beginningsOf`). */
  readonly beginnings: (Beginnings | undefined)[];
  /** Per pattern: its `nextKeys`, read on first use (`nextOf`); null: not yet. */
  readonly follow: (ReadonlyMap<string, ReadonlySet<number>> | undefined | null)[];
  /** Per pattern: its `nextWords`, read on first use (`choiceOf`); null: not yet. */
  readonly then: (ReadonlyMap<string, ReadonlySet<string>> | undefined | null)[];
  /** `headCode` of every first word of `index.byWord`. */
  readonly heads: ReadonlySet<number>;
  readonly words: ReadonlyMap<string, WordEntry>;
  /** The words of `words` that have a `keyCode`, by it. */
  readonly codes: ReadonlyMap<number, WordEntry>;
  /** For a word with a character of no key (`wordKey` undefined): every worded pattern, any key after. */
  readonly worded: WordEntry;
  /** Per pattern: left to its beginnings by `index` but tried by its first words where the text has a letter or digit (`gateWords`). */
  readonly gated: readonly boolean[];
  /** `ungated` of each list of candidates met where the text has a letter or digit. */
  readonly ungated: Map<readonly number[], readonly number[]>;
  /** What may start at two ASCII code units (`asciiPair`), filled on first sight. */
  readonly plans: (Plan | undefined)[];
}

/** What may start where the text begins with two given ASCII code units. */
interface Plan {
  /** Some first word begins so (a run of digits always may): look the run's word up. */
  readonly words: boolean;
  /** `candidatesAt` there. */
  readonly candidates: readonly number[];
  /** The two code units' keys (`codeKey`; `second` END at the end of the text). */
  readonly first: number;
  readonly second: number;
  /** Per pattern: `mayBegin` with these keys, filled on first use. */
  readonly begins: (boolean | undefined)[];
}

/** The end of the text stands for the second code unit. */
const ASCII_END = 0x80;
const asciiPair = (first: number, second: number): number => first * 0x81 + second;
const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;
const isAsciiWord = (code: number): boolean => isAsciiDigit(code) || ((code | 32) >= 97 && (code | 32) <= 122);

const DIGITS_KEY = DIGITS_RUN.charCodeAt(0);
/** The second key of a word of one key ('a', '5'): no key is 0 (`codeKey`). */
const END = 0;
/** `keyAfter` at the end of the text: no pattern goes on there. */
const NOTHING = -3;

const headCode = (first: number, second: number): number => first * 0x10000 + second;

/**
 * The index of `patterns` (as `prefixIndex`), with the first words' heads and next keys;
 * `lower[p]`: pattern `p` reads the lower-cased copy of the text.
 */
export function ruleIndex(patterns: readonly RegExp[], lower: readonly boolean[]): RuleIndex {
  const index = prefixIndex(patterns);
  const { byWord, worded, gated } = gateWords(patterns, index);
  const heads = new Set<number>();
  const words = new Map<string, WordEntry>();
  const codes = new Map<number, WordEntry>();
  for (const [word, list] of byWord) {
    heads.add(headCode(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : END));
    const entry = { word, patterns: list };
    words.set(word, entry);
    const code = keyCode(word);
    if (code >= 0) codes.set(code, entry);
  }
  return {
    index, sources: patterns.map((r) => r.source), lower, keysLower: lower.includes(true), beginnings: [], follow: patterns.map(() => null), then: patterns.map(() => null),
    heads, words, codes, worded: { word: '', patterns: worded, next: [] }, gated, ungated: new Map(),
    // (filled up front: an array filled at scattered indices becomes a slower dictionary)
    plans: new Array<Plan | undefined>(asciiPair(0x7f, ASCII_END) + 1).fill(undefined),
  };
}

/**
 * `index.byWord` and `index.worded` with the patterns that `prefixIndex` indexes by their first
 * two characters because some of their matches start with a mark, though the words the others
 * start with are known ("(?:the\\s+'?|')\\d0\\s?'?s": 'the', a run of digits, or "'"): these are
 * `gated`, tried where the text has a letter or digit only by their first word, as the worded
 * patterns are ("the 90s", not "that" or "there"), and by their beginnings elsewhere.
 */
function gateWords(patterns: readonly RegExp[], index: PrefixIndex): {
  byWord: Map<string, readonly WordPattern[]>; worded: WordPattern[]; gated: boolean[];
} {
  const byWord = new Map(index.byWord);
  const worded = [...index.worded];
  const indexed = new Set(worded.map((w) => w.p));
  const gated = patterns.map((pattern, p) => {
    const first = indexed.has(p) ? undefined : firstWords(pattern.source);
    if (!first) return false;
    worded.push({ p, whole: false });
    for (const word of first) if (word !== '') byWord.set(word, [...(byWord.get(word) ?? []), { p, whole: false }]);
    return true;
  });
  return { byWord, worded, gated };
}

/** Keys a match may go on with (`nextKeys`): those under 128 (ASCII, DIGITS_KEY) in a table, as most are. */
interface FollowKeys {
  readonly ascii: Uint8Array;
  readonly others: ReadonlySet<number>;
}

function followKeys(keys: ReadonlySet<number>): FollowKeys {
  const ascii = new Uint8Array(128);
  for (const key of keys) if (key >= 0 && key < 128) ascii[key] = 1;
  return { ascii, others: new Set([...keys].filter((key) => key < 0 || key >= 128)) };
}

/** Whether `key` (`keyAfter`; -1 a character of no key, which may be any) may follow: `follow` holds it. */
function follows(follow: FollowKeys, key: number): boolean {
  if (key >= 0 && key < 128) return follow.ascii[key] === 1;
  return key === -1 || follow.others.has(key);
}

/** `entry.next`, read off its patterns (`nextKeys`) on first use. */
function nextOf(rules: RuleIndex, entry: WordEntry): readonly (FollowKeys | undefined)[] {
  entry.next ??= entry.patterns.map((w) => {
    if (w.whole) return undefined;
    let follow = rules.follow[w.p];
    if (follow === null) rules.follow[w.p] = follow = nextKeys(rules.sources[w.p]!);
    const keys = follow?.get(entry.word);
    return keys && followKeys(keys);
  });
  return entry.next;
}

/** `entry.choice`, read off its patterns (`nextWords`) on first use. */
function choiceOf(rules: RuleIndex, entry: WordEntry): Choice {
  if (entry.choice) return entry.choice;
  const seconds = entry.patterns.map((w) => {
    if (w.whole || entry.word === '') return undefined;
    let then = rules.then[w.p];
    if (then === null) rules.then[w.p] = then = nextWords(rules.sources[w.p]!);
    return then?.get(entry.word);
  });
  const all = entry.patterns.map((_, i) => i);
  const listed = new Set(seconds.flatMap((words) => [...(words ?? [])]));
  const bySecond = new Map([...listed].map((word) => [word, all.filter((i) => seconds[i]?.has(word) ?? true)]));
  const byCode = new Map([...bySecond].filter(([word]) => keyCode(word) >= 0).map(([word, list]) => [keyCode(word), list]));
  entry.choice = { bySecond, byCode, others: all.filter((i) => !seconds[i]), all };
  return entry.choice;
}

function beginningsOf(rules: RuleIndex, p: number): Beginnings {
  return (rules.beginnings[p] ??= beginnings(rules.sources[p]!));
}

function beginnings(source: string): Beginnings {
  let any = false;
  const firsts = new Set<number>();
  const pairFirsts = new Set<number>();
  const pairs = new Set<number>();
  for (const prefix of regexPrefixes(source) ?? [WILD]) {
    // '' is an empty match, never kept
    if (prefix === '') continue;
    const first = prefix.charCodeAt(0);
    if (prefix[0] === WILD) any = true;
    else if (prefix.length === 1 || prefix[1] === WILD) firsts.add(first);
    else {
      pairFirsts.add(first);
      pairs.add(headCode(first, prefix.charCodeAt(1)));
    }
  }
  return { any, firsts, pairFirsts, pairs };
}

/**
 * Whether a match of `b` may begin with the keys `first` and `second` (`codeKey`, -1: none;
 * `second` END at the end of the text), as `candidatesAt` picks patterns.
 */
function mayBegin(b: Beginnings, first: number, second: number): boolean {
  if (b.any || first < 0 || b.firsts.has(first)) return true;
  if (second === END) return false;
  return second < 0 ? b.pairFirsts.has(first) : b.pairs.has(headCode(first, second));
}

/** The key of a code unit as `wordKey` reads it: DIGITS_KEY for a digit, else `codeKey` (-1: none). */
function unitKey(code: number): number {
  return code >= 48 && code <= 57 ? DIGITS_KEY : codeKey(code);
}

/** `headCode` of the run [at, end) (not empty), its digits read as one key; -1 when either key is none. */
function runHead(text: string, at: number, end: number): number {
  let i = at;
  const first = unitKey(text.charCodeAt(i));
  if (first === DIGITS_KEY) while (i + 1 < end && unitKey(text.charCodeAt(i + 1)) === DIGITS_KEY) i++;
  const second = ++i < end ? unitKey(text.charCodeAt(i)) : END;
  return first < 0 || second < 0 ? -1 : headCode(first, second);
}

function asciiRun(text: string, at: number, end: number): boolean {
  for (let i = at; i < end; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

function asciiPlan(rules: RuleIndex, first: number, second: number): Plan {
  const end = second === ASCII_END || !isAsciiWord(second);
  const head = headCode(unitKey(first), end ? END : unitKey(second));
  const keys = { first: codeKey(first), second: second === ASCII_END ? END : codeKey(second) };
  return {
    words: isAsciiDigit(first) || (isAsciiWord(first) && rules.heads.has(head)),
    candidates: ungated(rules, candidatesFor(rules.index, keys.first, second === ASCII_END ? undefined : keys.second), isAsciiWord(first)),
    ...keys,
    begins: new Array<boolean | undefined>(rules.index.sticky.length).fill(undefined),
  };
}

/** `candidates` without the gated patterns where the text has a letter or digit (`word`): those are tried by their first words. */
function ungated(rules: RuleIndex, candidates: readonly number[], word: boolean): readonly number[] {
  if (!word) return candidates;
  let found = rules.ungated.get(candidates);
  if (!found) {
    found = candidates.some((p) => rules.gated[p]) ? candidates.filter((p) => !rules.gated[p]) : candidates;
    rules.ungated.set(candidates, found);
  }
  return found;
}

/** Whether the run of letters and digits at `at` is known to hold ASCII only (it may go on past a letter of another script). */
function asciiOnly(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isAsciiWord(text.charCodeAt(i))) i++;
  return i >= text.length || text.charCodeAt(i) < 0x80;
}

/**
 * A word of up to CODE_KEYS keys 'a'–'z' or DIGITS_RUN as a small integer, base 28: 'the' and
 * '\u0003th' ('12th') are looked up without building their string. -1 for another word.
 */
const CODE_KEYS = 6;
const CODE_BASE = 28;

function codeOfKey(key: number): number {
  if (key === DIGITS_KEY) return 27;
  return key >= 97 && key <= 122 ? key - 96 : -1;
}

function keyCode(word: string): number {
  if (word.length > CODE_KEYS) return -1;
  let code = 0;
  for (let i = 0; i < word.length; i++) {
    const digit = codeOfKey(word.charCodeAt(i));
    if (digit < 0) return -1;
    code = code * CODE_BASE + digit;
  }
  return code;
}

/**
 * The `keyCode` digit of the character at `i` of a run that starts at `at`: 1–26 for an ASCII
 * letter, 27 for the first digit of a run of digits (a run of digits is one key), 0 for the
 * digits after it, -1 for any other character.
 */
function asciiDigit(text: string, at: number, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 48 && unit <= 57) return i > at && isAsciiDigit(text.charCodeAt(i - 1)) ? 0 : 27;
  return unit < 0x80 && (unit | 32) >= 97 && (unit | 32) <= 122 ? (unit | 32) - 96 : -1;
}

/** `keyCode(wordKey(text, at, end))` of a run of ASCII letters and digits; -1 when it has none. */
function runCode(text: string, at: number, end: number): number {
  let code = 0;
  let keys = 0;
  for (let i = at; i < end; i++) {
    const digit = asciiDigit(text, at, i);
    if (digit < 0) return -1;
    if (digit === 0) continue;
    if (++keys > CODE_KEYS) return -1;
    code = code * CODE_BASE + digit;
  }
  return code;
}

/** The patterns whose first word is the run [at, end), as `scanAt` picks them by `wordKey`. */
function entryAt(text: string, at: number, end: number, rules: RuleIndex): WordEntry | undefined {
  if (end === at) return undefined;
  // ("said": no first word starts with 's', 'a'); a run of ASCII has a key, so no other word
  // may stand for it
  const head = runHead(text, at, end);
  if (head >= 0 && !rules.heads.has(head) && asciiRun(text, at, end)) return undefined;
  const code = runCode(text, at, end);
  if (code >= 0) return rules.codes.get(code);
  const key = wordKey(text, at, end);
  return key === undefined ? rules.worded : rules.words.get(key);
}

/** `keyCode` of the run read by the last `asciiWordEnd` (-1: more than CODE_KEYS keys). */
let asciiCode = -1;

/**
 * Speed: the end of the run of ASCII letters and digits at `at` (not empty) when no other letter
 * or digit follows it (an ASCII character, or the end of the text), its `keyCode` read on the
 * way (`asciiCode`); -1 when another character follows, for `runEnd` and `wordKey` to read.
 */
function asciiWordEnd(text: string, at: number): number {
  let code = 0;
  let keys = 0;
  let i = at;
  for (; i < text.length; i++) {
    const digit = asciiDigit(text, at, i);
    if (digit < 0) break;
    if (digit === 0) continue;
    if (++keys <= CODE_KEYS) code = code * CODE_BASE + digit;
  }
  if (i < text.length && text.charCodeAt(i) >= 0x80) return -1;
  asciiCode = keys <= CODE_KEYS ? code : -1;
  return i;
}

/** `entryAt` of the run of ASCII letters and digits [at, end) (`asciiWordEnd`, its code `asciiCode`). */
function asciiEntryAt(text: string, at: number, end: number, rules: RuleIndex): WordEntry | undefined {
  if (asciiCode >= 0) return rules.codes.get(asciiCode);
  // ("soldiers": no first word starts with 's', 'o')
  const head = runHead(text, at, end);
  if (head >= 0 && !rules.heads.has(head)) return undefined;
  const key = wordKey(text, at, end);
  return key === undefined ? rules.worded : rules.words.get(key);
}

/**
 * The patterns of `choice` to try before the word that follows `at` (`wordAfter`); a run of
 * ASCII letters and digits is looked up by its `keyCode`, no key string built.
 */
function chosenAfter(choice: Choice, text: string, at: number): readonly number[] {
  if (!choice.bySecond.size) return choice.others;
  let i = at;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x80 || isAsciiWord(unit)) break;
    i++;
  }
  // (no word after: '')
  if (i === text.length) return choice.others;
  if (text.charCodeAt(i) < 0x80 && asciiWordEnd(text, i) >= 0 && asciiCode >= 0) return choice.byCode.get(asciiCode) ?? choice.others;
  const second = wordAfter(text, at);
  return second === undefined ? choice.all : choice.bySecond.get(second) ?? choice.others;
}

/** The key of the first character from `at` on that is no white space (`\\s`), as `nextKeys` keys it. */
function keyAfter(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i < text.length ? unitKey(text.charCodeAt(i)) : NOTHING;
}

/**
 * The key of the run of letters and digits that follows `at` after marks and white space
 * (`wordKey`), as `nextWords` lists second words: '' when there is none; undefined when it has
 * a character of no key or half a surrogate pair (any word may be it).
 */
function wordAfter(text: string, at: number): string | undefined {
  let i = at;
  while (i < text.length && !letterOrDigit(text, i)) i++;
  const end = runEnd(text, i);
  for (let k = i; k < end; k++) if ((text.charCodeAt(k) & 0xf800) === 0xd800) return undefined;
  return wordKey(text, i, end);
}

/** A window of the text, as written and lower-cased (same length). */
export interface Part {
  readonly text: string;
  readonly lower: string;
}

/**
 * Every non-empty match of the wanted patterns that starts at one of `starts` (ascending), as a
 * global scan of each pattern over the text it reads finds them when a rejected match is retried
 * one character later: `scanAt` (prefix-scan.ts) over each text with the patterns that read it.
 */
export function scanRules(
  part: Part, rules: RuleIndex, starts: readonly number[], wanted: readonly boolean[],
  found: (p: number, match: ScanMatch) => void,
): void {
  const scan = new WindowScan(part, rules, wanted, found);
  for (let s = 0; s < starts.length; s++) scan.at(starts[s]!);
}

/**
 * `scanRules` at the positions of the window that `startsAt` allows (ascending), tested as the
 * scan goes: no array of the starts is built for each window.
 */
export function scanWindow(
  part: Part, rules: RuleIndex, startsAt: (at: number) => boolean, wanted: readonly boolean[],
  found: (p: number, match: ScanMatch) => void,
): void {
  const scan = new WindowScan(part, rules, wanted, found);
  for (let at = 0; at < part.text.length; at++) if (startsAt(at)) scan.at(at);
}

let fromPool = new Int32Array(64);

/** A zeroed `WindowScan.from` of `length`: one buffer for every window, as scans never nest. */
function fromBuffer(length: number): Int32Array {
  if (fromPool.length < length) fromPool = new Int32Array(length);
  return fromPool.fill(0, 0, length);
}

/** The scan of one window. */
class WindowScan {
  /** The text the words and keys are read off. */
  private readonly keys: string;
  /** Where each pattern may match again: after its previous match, as a global scan goes on. */
  private readonly from: Int32Array;

  constructor(
    private readonly part: Part, private readonly rules: RuleIndex, private readonly wanted: readonly boolean[],
    private readonly found: (p: number, match: ScanMatch) => void,
  ) {
    this.keys = rules.keysLower ? part.lower : part.text;
    this.from = fromBuffer(rules.index.sticky.length);
  }

  /** Tries the patterns that may match at `at`. */
  at(at: number): void {
    const { keys, rules } = this;
    const first = keys.charCodeAt(at);
    const second = at + 1 < keys.length ? keys.charCodeAt(at + 1) : ASCII_END;
    let candidates: readonly number[];
    // ("said", "people": no rule starts there, found by a table of two code units)
    if (first < 0x80 && second <= ASCII_END) {
      const plan = (rules.plans[asciiPair(first, second)] ??= asciiPlan(rules, first, second));
      if (plan.words || !asciiOnly(keys, at)) this.words(at, plan);
      candidates = plan.candidates;
    } else {
      this.words(at, undefined);
      candidates = ungated(rules, candidatesAt(keys, at, rules.index), letterOrDigit(keys, at));
    }
    for (let i = 0; i < candidates.length; i++) this.attempt(candidates[i]!, at);
  }

  /** Tries the patterns whose first word is the run of letters and digits at `at` (`plan`: of its first two code units, when ASCII). */
  private words(at: number, plan: Plan | undefined): void {
    const { keys, rules, from } = this;
    let end = isAsciiWord(keys.charCodeAt(at)) ? asciiWordEnd(keys, at) : at;
    let entry: WordEntry | undefined;
    if (end > at) entry = asciiEntryAt(keys, at, end, rules);
    else {
      end = runEnd(keys, at);
      entry = entryAt(keys, at, end, rules);
    }
    if (!entry) return;
    const next = nextOf(rules, entry);
    // ("the armed forces": 'the\\s+{ORD}' may not match)
    const chosen = chosenAfter(choiceOf(rules, entry), keys, end);
    // the key after the word and its white space, read once it is asked for
    let after: number | undefined;
    for (let k = 0; k < chosen.length; k++) {
      const i = chosen[k]!;
      const w = entry.patterns[i]!;
      const follow = next[i];
      // ("the war": 'the\\s+{ORD}' may not match; a character of no key may be any)
      if (follow && !follows(follow, (after ??= keyAfter(keys, end)))) continue;
      if (!w.whole) {
        if (this.mayBegin(w.p, at, plan)) this.attempt(w.p, at);
      } else if (at >= from[w.p]! && this.wanted[w.p]) {
        // the word is the match (`wholeWords`): what the regex would find there
        from[w.p] = end;
        this.found(w.p, { index: at, 0: this.subject(w.p).slice(at, end), groups: undefined });
      }
    }
  }

  /** `mayBegin` of pattern `p` at `at`, kept by the `plan` of the first two code units when there is one. */
  private mayBegin(p: number, at: number, plan: Plan | undefined): boolean {
    if (plan) return (plan.begins[p] ??= mayBegin(beginningsOf(this.rules, p), plan.first, plan.second));
    const { keys } = this;
    const second = at + 1 < keys.length ? codeKey(keys.charCodeAt(at + 1)) : END;
    return mayBegin(beginningsOf(this.rules, p), codeKey(keys.charCodeAt(at)), second);
  }

  private subject(p: number): string {
    return this.rules.lower[p] ? this.part.lower : this.part.text;
  }

  private attempt(p: number, at: number): void {
    if (at < this.from[p]! || !this.wanted[p]) return;
    const pattern = this.rules.index.sticky[p]!;
    pattern.lastIndex = at;
    const m = pattern.exec(this.subject(p));
    if (!m || m[0] === '') return;
    this.from[p] = at + m[0].length;
    this.found(p, m);
  }
}
