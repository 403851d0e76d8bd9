/**
 * Numbers written in digits, read with a language's conventions in order: Italian '1.070' is a
 * thousand and seventy and '1,5' one and a half; English '1,070' and '1.5'. A run that no
 * convention reads ('192.168.1.2', '22,24,26') is split into the integers it is made of.
 */
import type { Convention } from './lexicon.js';

export interface DigitRun {
  readonly start: number;
  readonly end: number;
  /** One value, or several when the run is a list of integers. */
  readonly values: readonly { readonly start: number; readonly end: number; readonly value: number }[];
  /** Has a decimal part: '1,5', '.77'. */
  readonly decimal: boolean;
}

// '1.234.567', '1,5', '.77', '11 000' (a space before exactly three digits), '12,34,567.89'
const RUN = /(?:[.,](?=[0-9]))?[0-9]+(?:(?:[.,]|[ ](?=[0-9]{3}(?![0-9])))[0-9]+)*/y;
// '1e10', '-127,32e13', '12,32e+14'
const EXPONENT = /[eE](?<exp>[+-]?[0-9]{1,3})(?![\p{L}0-9])/uy;

function groupsValid(int: string, conv: Convention): boolean {
  const seps = int.match(/[^0-9]/gu) ?? [];
  if (seps.length === 0) return true;
  const sep = seps[0]!;
  if (!conv.group.includes(sep) || seps.some((s) => s !== sep)) return false;
  const groups = int.split(sep);
  const first = groups[0]!;
  const rest = groups.slice(1);
  if (first.length < 1 || first.length > 3) return false;
  if (rest.every((g) => g.length === 3)) return true;
  // '12,34,567': groups of two before the last three
  return conv.indian === true && first.length <= 2 && rest.at(-1)!.length === 3
    && rest.slice(0, -1).every((g) => g.length === 2);
}

/** The value of `run` under `conv`, or undefined when the run is not written that way. */
export function readWith(run: string, conv: Convention): { value: number; decimal: boolean } | undefined {
  const at = conv.decimal ? run.lastIndexOf(conv.decimal) : -1; // '' : integers only
  const int = at >= 0 ? run.slice(0, at) : run;
  const frac = at >= 0 ? run.slice(at + 1) : '';
  if (!/^[0-9]*$/u.test(frac) || (at >= 0 && frac === '')) return undefined;
  if ((conv.decimal && int.includes(conv.decimal)) || (int === '' && at !== 0)) return undefined;
  if (int !== '' && !/^[0-9]/u.test(int)) return undefined;
  if (!groupsValid(int, conv)) return undefined;
  const digits = int.replace(/[^0-9]/gu, '') || '0';
  return { value: Number(frac ? `${digits}.${frac}` : digits), decimal: frac !== '' };
}

/** Splits an unreadable run into integers: '192.168.1.2' → 192.168 (it) or 192 (en), 1, 2. */
function split(run: string, start: number, conv: Convention): DigitRun['values'] {
  const values: { start: number; end: number; value: number }[] = [];
  const re = /[0-9]+/gy;
  let at = run.search(/[0-9]/u);
  while (at >= 0 && at < run.length) {
    re.lastIndex = at;
    let end = at + re.exec(run)![0].length;
    const head = end - at;
    // extend over '.123' groups while they read as thousands
    while (head <= 3 && conv.group.includes(run[end] ?? '') && /^[0-9]{3}(?![0-9])/u.test(run.slice(end + 1))) {
      end += 4;
    }
    values.push({ start: start + at, end: start + end, value: Number(run.slice(at, end).replace(/[^0-9]/gu, '')) });
    at = end + 1;
  }
  return values;
}

/** Reads the digit run that starts at `at` in `norm` ('1.070', '1,5', '.77'). */
export function readDigits(norm: string, at: number, conventions: readonly Convention[]): DigitRun | undefined {
  // '2024', '12': most runs are plain digits, which every convention reads as they are
  const plainEnd = plainDigitsEnd(norm, at);
  if (plainEnd < 0) return readDigitRun(norm, at, conventions);
  const run = norm.slice(at, plainEnd);
  return withExponent(norm, at, run, { value: Number(run), decimal: false });
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * The end of the plain digits at `at`, or -1 when `RUN` reads more than digits there: a run that
 * starts with a separator ('.77'), or goes on with one and more digits ('1.070', '1,5', '11 000').
 * (Regexes are slow where V8 runs them interpreted, and a number has a run or two.)
 */
function plainDigitsEnd(norm: string, at: number): number {
  if (!isDigit(norm.charCodeAt(at))) return -1;
  let end = at + 1;
  while (isDigit(norm.charCodeAt(end))) end++;
  const next = norm.charCodeAt(end);
  if ((next === 46 || next === 44) && isDigit(norm.charCodeAt(end + 1))) return -1;
  const thousands = isDigit(norm.charCodeAt(end + 1)) && isDigit(norm.charCodeAt(end + 2)) && isDigit(norm.charCodeAt(end + 3));
  if (next === 32 && thousands && !isDigit(norm.charCodeAt(end + 4))) return -1;
  return end;
}

/** `readDigits` by the regex of runs and each convention in turn: the general case. */
export function readDigitRun(norm: string, at: number, conventions: readonly Convention[]): DigitRun | undefined {
  RUN.lastIndex = at;
  const run = RUN.exec(norm)?.[0];
  if (!run) return undefined;
  let reading: { value: number; decimal: boolean } | undefined;
  for (const conv of conventions) if ((reading ??= readWith(run, conv))) break;
  if (!reading) {
    return { start: at, end: at + run.length, values: split(run, at, conventions[0]!), decimal: false };
  }
  return withExponent(norm, at, run, reading);
}

/** The run read as `reading`, with an exponent after it if there is one ('1e10', '12,32e+14'). */
function withExponent(norm: string, at: number, run: string, reading: { value: number; decimal: boolean }): DigitRun {
  let end = at + run.length;
  EXPONENT.lastIndex = end;
  // (only after an 'e': the regex is not run after every number)
  const exp = run.includes(' ') || (norm.charCodeAt(end) | 0x20) !== 101 ? undefined : EXPONENT.exec(norm);
  let value = reading.value;
  if (exp) {
    value = Number(`${value}e${exp.groups!.exp}`);
    end += exp[0].length;
  }
  return { start: at, end, values: [{ start: at, end, value }], decimal: reading.decimal || Boolean(exp) };
}
