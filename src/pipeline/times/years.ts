/**
 * A four-digit year standing alone ('2020', 'in 2014 and 2016'). A number followed by a word is
 * far more often a count ('2000 persone', '1500 soldiers'), so a bare year is kept only when
 * what follows is punctuation, the end of the text, or one of the given joining words.
 */
import type { Resolver } from './grammar.js';
import { yearOnly } from './resolvers.js';

export function bareYear(joiners: readonly string[]): Resolver {
  const allowed = new Set(joiners.map((w) => w.toLowerCase()));
  return (ctx) => {
    const year = Number(ctx.groups['year']);
    if (!(year >= 1900 && year <= 2100)) return undefined;
    const before = ctx.text.slice(Math.max(0, ctx.start - 3), ctx.start);
    if (/[\d.,$€£]\s*$|[-/]$/.test(before)) return undefined;
    const after = /^\s*(?<word>[\p{L}]+)?(?<mark>[.,:;%°)\]-]?\d?)/u.exec(ctx.text.slice(ctx.end, ctx.end + 24));
    const word = after?.groups?.['word'];
    if (word !== undefined && !allowed.has(word.toLowerCase())) return undefined;
    if (after?.groups?.['mark'] && /[%°]|[.,]\d|-\d/.test(after.groups['mark'])) return undefined;
    return yearOnly(ctx);
  };
}
