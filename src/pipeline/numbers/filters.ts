/**
 * Digits that are not counts: numeric dates ('02.01.2026', '5/17/2018', '2026-01-02'), clock
 * times ('10:30', 'alle 10.30') and years ('nel 2022', '2022 року', 'gennaio 2026', '2014-2022'),
 * which belong to the times stage, and the numbers of model names ('S-300', 'Су-34', 'A320'),
 * which are no amounts. Their tokens are blocked for the number grammar.
 */
import type { NumberLexicon } from './lexicon.js';
import { near, type Token } from './tokenize.js';

const isDigits = (t: Token | undefined, min: number, max: number): boolean =>
  t !== undefined && t.kind === 'digits' && t.text.length >= min && t.text.length <= max;

const glued = (t: Token | undefined, text?: string): boolean =>
  t !== undefined && t.gap === '' && (text === undefined || t.text === text);

function block(blocked: boolean[], from: number, count: number): void {
  for (let i = from; i < from + count; i++) blocked[i] = true;
}

// '02.01.2026', '5/17/2018', '2.1.26', '2026-01-02'
function isDate(tokens: readonly Token[], k: number): boolean {
  const [a, s1, b, s2, c] = tokens.slice(k, k + 5);
  if (!s1 || !['.', '/', '-'].includes(s1.text) || s2?.text !== s1.text) return false;
  if (![s1, b, s2, c].every((t) => glued(t))) return false;
  if (isDigits(a, 4, 4)) return s1.text === '-' && isDigits(b, 1, 2) && isDigits(c, 1, 2);
  return isDigits(a, 1, 2) && isDigits(b, 1, 2) && (isDigits(c, 2, 2) || isDigits(c, 4, 4))
    && !glued(tokens[k + 5], s1.text);
}

// '10:30', '10:30:15'; 'alle 10.30', 'о 10.30'
function isTime(tokens: readonly Token[], k: number, lexicon: NumberLexicon): boolean {
  const [a, sep, b] = tokens.slice(k, k + 3);
  if (!isDigits(a, 1, 2) || !glued(sep) || !isDigits(b, 2, 2) || !glued(b)) return false;
  if (Number(a!.text) > 24 || Number(b!.text) > 59) return false;
  if (sep!.text === ':') return true;
  const before = tokens[k - 1];
  return sep!.text === '.' && before !== undefined && near(a) && lexicon.timeBefore.has(before.lower);
}

const isYear = (t: Token | undefined): boolean =>
  isDigits(t, 4, 4) && Number(t!.text) >= 1800 && Number(t!.text) <= 2099;

// 'nel 2022', 'since 2014', '2022 року', 'в 2022 г.', 'in 2022,' (but not 'in 2000 homes')
function isYearInContext(tokens: readonly Token[], k: number, lexicon: NumberLexicon): boolean {
  const year = tokens[k];
  if (!isYear(year)) return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (before && (glued(year) && before.kind !== 'word')) return false; // part of '1.2022'
  if (after && glued(after) && /^[.,]$/u.test(after.text) && tokens[k + 2]?.kind === 'digits' && glued(tokens[k + 2])) return false;
  const cueBefore = before !== undefined && near(year) && before.kind === 'word';
  if (cueBefore && lexicon.yearBefore.has(before.lower)) return true;
  if (after && near(after) && lexicon.yearAfter.has(after.lower)) return true;
  const wordAfter = after !== undefined && after.kind === 'word' && near(after);
  return cueBefore && lexicon.yearWeak.has(before.lower) && !wordAfter;
}

/** The 'e' of an exponent: '1e10', '-12e-1'. */
const isExponent = (tokens: readonly Token[], k: number): boolean =>
  /^e$/iu.test(tokens[k]?.text ?? '') && tokens[k - 1]?.kind === 'digits' && glued(tokens[k]);

// 'S-300', 'Су-34', 'Shahed-136', 'A320', 'Ту-22М3'
function isModelNumber(tokens: readonly Token[], k: number): boolean {
  const [before, hyphen] = [tokens[k - 2], tokens[k - 1]];
  if (hyphen?.kind === 'word' && glued(tokens[k]) && !isExponent(tokens, k - 1)) return true;
  return hyphen?.text === '-' && glued(tokens[k]) && glued(hyphen) && before?.kind === 'word' && !isExponent(tokens, k - 2);
}

/** One flag per token: true where the token is part of a date, a clock time, a year or a model name. */
export function blockedTokens(tokens: readonly Token[], lexicon: NumberLexicon): boolean[] {
  const blocked = tokens.map(() => false);
  tokens.forEach((token, k) => {
    if (token.kind !== 'digits') return;
    if (isModelNumber(tokens, k)) block(blocked, k, 1);
    else if (isDate(tokens, k)) block(blocked, k, 5);
    else if (isTime(tokens, k, lexicon)) block(blocked, k, 3);
    else if (isYear(token) && tokens[k + 1]?.text === '-' && isYear(tokens[k + 2])) block(blocked, k, 3); // '2014-2022'
    else if (isYearInContext(tokens, k, lexicon)) block(blocked, k, 1);
  });
  return blocked;
}
