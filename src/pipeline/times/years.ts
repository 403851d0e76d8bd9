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
    const before = ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start);
    // '€ 2000', '1.2000', '32 - 2015', '138-2010-2015' ('2014-2018' is a range of years)
    if (/[\d.,$€£]\s*$|\/$|\d-[12]\d{3}-$/.test(before) || (/-\s*$/.test(before) && !/[12]\d{3}\s*-\s*$/.test(before))) return undefined;
    const after = ctx.text.slice(ctx.end, ctx.end + 24);
    const word = /^\s*(?<word>\p{L}+)/u.exec(after)?.groups?.['word'];
    if (word !== undefined && !allowed.has(word.toLowerCase())) return undefined;
    if (/^(?:[%°]|\s*[.,]\d|\s*-\s*(?![12]\d{3}(?!\d))\d)/.test(after)) return undefined;
    return yearOnly(ctx);
  };
}
