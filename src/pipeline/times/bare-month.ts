/**
 * A month name standing alone ('in March', 'January was cold'). Names are also people
 * ('Theresa May', 'April Ryan'): a month alone is rejected when a capitalized word that is not
 * one of the language's month-context words ('In', 'Since', from the MONTHCTX table) comes right
 * before it, or a capitalized word comes right after it.
 */
import type { Resolver } from './grammar.js';
import { monthYear } from './resolvers.js';

const WORD_BEFORE = /(?<word>\p{Lu}[\p{L}']*)\s+$/u;
const WORD_AFTER = /^\s+\p{Lu}\p{Ll}/u;

export function bareMonth(contextTable: string): Resolver {
  return (ctx) => {
    const before = WORD_BEFORE.exec(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start))?.groups?.['word'];
    if (before !== undefined && ctx.lexicon.extra?.[contextTable]?.get(before) === undefined) return undefined;
    if (WORD_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 3))) return undefined;
    return monthYear(ctx);
  };
}
