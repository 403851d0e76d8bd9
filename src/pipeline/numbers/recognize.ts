/**
 * The quantities of a text, left to right, longest amount first, never overlapping; and a
 * reader other stages use to read the number phrase at a given offset ('tre giorni fa').
 */
import type { Quantity } from '../../model/extraction.js';
import type { QuantityRecognizer } from '../../lang/types.js';
import { readAmount, type Amount } from './amount.js';
import type { Context } from './cardinal.js';
import { blockedTokens } from './filters.js';
import { isVulgar } from './fractions.js';
import type { NumberLexicon } from './lexicon.js';
import { tokenize } from './tokenize.js';
import { WordSet } from './word-set.js';
import { cardinalAt } from './words.js';

export type { Amount } from './amount.js';

/** Reads amounts in one text: `all()` for every quantity, `at(offset)` for the one starting there. */
export interface NumberReader {
  /** Every quantity of the text, sorted by start, not overlapping. */
  all(): Quantity[];
  /** The amount whose first token starts at `offset` in the text, if there is one. */
  at(offset: number): Amount | undefined;
}

function quantity(text: string, lexicon: NumberLexicon, a: { start: number; end: number; value: number; min?: number | undefined; max?: number | undefined; qualifier: Amount['qualifier']; rule: string }): Quantity {
  // (fields added one by one, in the order of the output, rather than spread from optional
  // objects: a quantity is made for every number of a text)
  const q: { -readonly [K in keyof Quantity]?: Quantity[K] } = { start: a.start, end: a.end, text: text.slice(a.start, a.end), value: a.value };
  if (a.min !== undefined) q.min = a.min;
  if (a.max !== undefined) q.max = a.max;
  q.qualifier = a.qualifier;
  q.rule = `${lexicon.code}/numbers/${a.rule}`;
  q.source = 'stated';
  return q as Quantity;
}

/** What may start an amount in a lexicon's texts, besides digits and a few marks; and what it needs. */
interface Starters {
  /** First words of the lexicon's phrases: only they, number words, digits and signs start an amount. */
  readonly words: ReadonlySet<string>;
  /** Those words and every number word ('mila', 'тисяч', and "settant'" without its apostrophe). */
  readonly wordSet: WordSet;
  /** Words without which no amount is read: see `coreWords`. */
  readonly core: ReadonlySet<string>;
  readonly coreSet: WordSet;
  /** How many tokens after its first one an amount's first core token may come: see `coreReach`. */
  readonly reach: number;
}

const starters = new WeakMap<NumberLexicon, Starters>();

function startersOf(lexicon: NumberLexicon): Starters {
  let found = starters.get(lexicon);
  if (!found) {
    const firsts = [
      ...lexicon.qualifiers.map((q) => q.words[0]), ...lexicon.ranges.map((r) => r.before[0]),
      ...lexicon.vague.map((v) => v.words[0]), ...lexicon.signWords, ...lexicon.articles, ...lexicon.halfWords.keys(),
    ];
    const words = new Set(firsts.filter((w): w is string => w !== undefined));
    const forms = [...lexicon.words.keys()];
    const elided = forms.filter((f) => f.endsWith("'")).map((f) => f.slice(0, -1));
    // a glued compound ('duecentocinquanta') begins with a number word
    const prefixes = lexicon.glued ? forms : [];
    const core = coreWords(lexicon, elided);
    found = {
      words, wordSet: new WordSet([...words, ...forms, ...elided], prefixes),
      core, coreSet: new WordSet(core, prefixes), reach: coreReach(lexicon),
    };
    starters.set(lexicon, found);
  }
  return found;
}

/**
 * The words of which every amount has one, besides digits and fraction signs: number words
 * (the cardinal of 'about two', the 'thousand' of 'a thousand'), ordinals ('a third'), half
 * words ('half a million'), the singulars after a qualifier ('более тысячи') and the last word of
 * each vague amount ('a few', 'several dozen'). The article 'a' and the qualifiers ('about',
 * 'in excess of') are no such words: they start many amounts but make none by themselves.
 */
function coreWords(lexicon: NumberLexicon, elided: readonly string[]): Set<string> {
  return new Set([
    ...lexicon.words.keys(), ...elided, ...lexicon.ordinals.keys(), ...lexicon.halfWords.keys(),
    ...lexicon.qualifiedSingulars.keys(), ...lexicon.vague.flatMap((v) => v.words.slice(-1)),
  ]);
}

/**
 * How far after an amount's first token its first core token may come. An amount is a vague
 * amount ('a few dozen': its last word), a number, or a qualifier or a range's opening words
 * ('in excess of', 'between') and then a vague amount or a number. A number has its core token
 * at most three tokens in: after a sign and an article and a hyphen ('minus a - third').
 */
function coreReach(lexicon: NumberLexicon): number {
  const longest = (phrases: readonly (readonly string[])[]): number => Math.max(0, ...phrases.map((p) => p.length));
  const opening = longest([...lexicon.qualifiers.map((q) => q.words), ...lexicon.ranges.map((r) => r.before)]);
  return opening + Math.max(3, longest(lexicon.vague.map((v) => v.words)) - 1);
}

function isCore(ctx: Context, k: number, starts: Starters): boolean {
  const token = ctx.tokens[k]!;
  if (token.kind === 'digits') return true;
  if (token.kind === 'word') return starts.coreSet.mayHold(ctx.norm, token.start, token.end);
  return isVulgar(token.text) || starts.core.has(token.text);
}

function canStart(ctx: Context, k: number, starts: Starters): boolean {
  const token = ctx.tokens[k]!;
  if (token.kind === 'digits') return true;
  if (token.kind === 'word') {
    // Speed: most words of a text are in no list of the lexicon, and the hash of their letters
    // says so without slicing them out; the look-ups below decide for the others
    if (!starts.wordSet.mayHold(ctx.norm, token.start, token.end)) return false;
    return starts.words.has(token.lower) || cardinalAt(ctx.tokens, k, ctx.lexicon) !== undefined;
  }
  if (starts.words.has(token.lower)) return true;
  // Speed: most punctuation starts nothing, and trying every rule at each comma was a third of
  // the stage. What may: a sign ('-5'), a leading decimal point ('.77'), a fraction sign ('½').
  const next = ctx.tokens[k + 1];
  return token.text === '-' || isVulgar(token.text)
    || ((token.text === '.' || token.text === ',') && next?.kind === 'digits' && next.gap === '');
}

/**
 * Whether a core token comes at most `starts.reach` tokens from `k`, where an amount that starts
 * at `k` has one. Speed: 'a', 'in', 'at', 'about' start amounts but are mostly far from any
 * number, and reading every rule at each of them was a fifth of the stage. Called with rising
 * `k`, it looks at each token once.
 */
function coreFinder(ctx: Context, starts: Starters): (k: number) => boolean {
  let core = -1; // the last core token found
  let scanned = 0; // the tokens before this one were looked at
  return (k) => {
    if (core >= k) return core - k <= starts.reach;
    for (let j = Math.max(k, scanned); j < ctx.tokens.length && j <= k + starts.reach; j++) {
      scanned = j + 1;
      if (isCore(ctx, j, starts)) {
        core = j;
        return true;
      }
    }
    return false;
  };
}

/**
 * A reader over `text` (as given) and `norm` (its same-length normalized copy, see doc.ts).
 * `norm` defaults to `text`.
 */
export function createNumberReader(lexicon: NumberLexicon, text: string, norm: string = text): NumberReader {
  const tokens = tokenize(norm, lexicon.apostropheInWord);
  const ctx: Context = { lexicon, tokens, norm, blocked: blockedTokens(tokens, lexicon) };
  let indexOf: Map<number, number> | undefined;
  return {
    all() {
      const found: Quantity[] = [];
      const starts = startersOf(lexicon);
      const coreNear = coreFinder(ctx, starts);
      let k = 0;
      while (k < tokens.length) {
        const a = canStart(ctx, k, starts) && coreNear(k) ? readAmount(ctx, k) : undefined;
        if (!a) {
          k++;
          continue;
        }
        // ('5, 7 e 9': each number of a list its own quantity)
        if (a.pieces) for (const piece of a.pieces) found.push(quantity(text, lexicon, { ...a, ...piece, rule: 'digits-list' }));
        else found.push(quantity(text, lexicon, a));
        const next = a.next > k ? a.next : tokens.findIndex((t) => t.start >= a.end);
        k = next < 0 ? tokens.length : next;
      }
      return found;
    },
    at(offset) {
      indexOf ??= new Map(tokens.map((t, k) => [t.start, k]));
      const k = indexOf.get(offset);
      return k === undefined ? undefined : readAmount(ctx, k);
    },
  };
}

/** The `quantities` stage of a language pack, from its lexicon. */
export function createQuantityRecognizer(lexicon: NumberLexicon): QuantityRecognizer {
  return (doc) => createNumberReader(lexicon, doc.text, doc.norm).all();
}
