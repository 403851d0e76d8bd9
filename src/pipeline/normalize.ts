/**
 * Same-length normalization: every replacement is one UTF-16 unit for one, so offsets in the
 * normalized text are offsets in the original (STYLE.md rule 4: one span convention).
 */
const FOLD: Readonly<Record<string, string>> = {
  '\u00a0': ' ', // no-break space: '11\u00a0000'
  '\u202f': ' ', // narrow no-break space: '11\u202f000' (French/Russian typography)
  '\u2007': ' ', // figure space
  '\u2009': ' ', // thin space
  '\u200a': ' ', // hair space
  '\u2002': ' ',
  '\u2003': ' ',
  '\u3000': ' ',
  '\u2018': "'", // ‘
  '\u2019': "'", // ’ as in "l’esercito", "п’ять"
  '\u02bc': "'", // ʼ modifier letter apostrophe, the Ukrainian apostrophe: "п\u02bcять"
  '\u0060': "'",
  '\u00b4': "'",
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2013': '-', // en dash: '3–4'
  '\u2014': '-', // em dash
  '\u2212': '-', // minus sign
};

const PATTERN = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'gu');

export function normalizeText(text: string): string {
  return text.replace(PATTERN, (ch) => FOLD[ch] ?? ch);
}
