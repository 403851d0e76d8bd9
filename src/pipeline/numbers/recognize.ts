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
import { cardinalAt } from './words.js';

export type { Amount } from './amount.js';

/** Reads amounts in one text: `all()` for every quantity, `at(offset)` for the one starting there. */
export interface NumberReader {
  /** Every quantity of the text, sorted by start, not overlapping. */
  all(): Quantity[];
  /** The amount whose first token starts at `offset` in the text, if there is one. */
  at(offset: number): Amount | undefined;
}

function quantity(text: string, lexicon: NumberLexicon, a: { start: number; end: number; value: number; min?: number; max?: number; qualifier: Amount['qualifier']; rule: string }): Quantity {
  return {
    start: a.start,
    end: a.end,
    text: text.slice(a.start, a.end),
    value: a.value,
    ...(a.min !== undefined ? { min: a.min } : {}),
    ...(a.max !== undefined ? { max: a.max } : {}),
    qualifier: a.qualifier,
    rule: `${lexicon.code}/numbers/${a.rule}`,
    source: 'stated',
  };
}

const starters = new WeakMap<NumberLexicon, ReadonlySet<string>>();

/** First words of the lexicon's phrases: only they, number words, digits and signs start an amount. */
function starterWords(lexicon: NumberLexicon): ReadonlySet<string> {
  let set = starters.get(lexicon);
  if (!set) {
    const firsts = [
      ...lexicon.qualifiers.map((q) => q.words[0]), ...lexicon.ranges.map((r) => r.before[0]),
      ...lexicon.vague.map((v) => v.words[0]), ...lexicon.signWords, ...lexicon.articles, ...lexicon.halfWords.keys(),
    ];
    set = new Set(firsts.filter((w): w is string => w !== undefined));
    starters.set(lexicon, set);
  }
  return set;
}

function canStart(ctx: Context, k: number, words: ReadonlySet<string>): boolean {
  const token = ctx.tokens[k]!;
  if (token.kind === 'digits' || words.has(token.lower)) return true;
  if (token.kind === 'word') return cardinalAt(ctx.tokens, k, ctx.lexicon) !== undefined;
  // Speed: most punctuation starts nothing, and trying every rule at each comma was a third of
  // the stage. What may: a sign ('-5'), a leading decimal point ('.77'), a fraction sign ('½').
  const next = ctx.tokens[k + 1];
  return token.text === '-' || isVulgar(token.text)
    || ((token.text === '.' || token.text === ',') && next?.kind === 'digits' && next.gap === '');
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
      const words = starterWords(lexicon);
      let k = 0;
      while (k < tokens.length) {
        const a = canStart(ctx, k, words) ? readAmount(ctx, k) : undefined;
        if (!a) {
          k++;
          continue;
        }
        for (const piece of a.pieces ?? [a]) {
          found.push(quantity(text, lexicon, { ...a, ...piece, ...(a.pieces ? { rule: 'digits-list' } : {}) }));
        }
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
