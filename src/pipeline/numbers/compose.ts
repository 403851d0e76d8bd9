/**
 * The small grammar that adds cardinal parts up, the same for every language:
 *   group  = [hundreds] [tens] [unit]          'duecento' 'cinquanta' 'tre', 'двісті п'ять'
 *   number = (group scale)* [group]            'tre milioni duecentomila', 'four thousand and two'
 * A part is accepted only where it can stand ('tre venti' and 'one one' are two numbers), so the
 * caller reads greedily and stops at the first part that does not fit.
 */
import type { WordClass } from './lexicon.js';

const U = 1;
const T = 2;
const H = 4;

/** One part of a cardinal: a word of a class, or a number written in digits. */
export interface Part {
  readonly cls: WordClass | 'digits';
  readonly value: number;
  /** A scale word allowed with nothing before it ('mille', 'тисяча', 'a thousand' via the article). */
  readonly standalone?: boolean;
}

/** The slot a small part fills, and every slot it takes ('tredici' takes tens and units). */
function slots(part: Part): { top: number; fill: number } | undefined {
  const v = part.value;
  switch (part.cls) {
    case 'unit': return { top: U, fill: U };
    case 'teen': return { top: T, fill: T | U };
    case 'tens': return { top: T, fill: T };
    case 'hundreds': return { top: H, fill: H };
    case 'digits':
      if (!Number.isInteger(v) || v >= 1000) return undefined;
      return v < 10 ? { top: U, fill: U } : v < 100 ? { top: T, fill: T | U } : { top: H, fill: H | T | U };
    default: return undefined;
  }
}

export class Cardinal {
  total = 0;
  group = 0;
  filled = 0;
  lastScale = Number.POSITIVE_INFINITY;
  parts = 0;
  /** A decimal or a number over 999 in digits: only a scale may follow ('1,5 milioni'). */
  big = false;
  zero = false;
  /** Parts since the last scale: '322 hundred' multiplies a group of one part only. */
  groupParts = 0;
  lastCls: Part['cls'] | undefined;

  clone(): Cardinal {
    // field by field: Object.assign was a tenth of the quantities stage
    const c = new Cardinal();
    c.total = this.total;
    c.group = this.group;
    c.filled = this.filled;
    c.lastScale = this.lastScale;
    c.parts = this.parts;
    c.big = this.big;
    c.zero = this.zero;
    c.groupParts = this.groupParts;
    c.lastCls = this.lastCls;
    return c;
  }

  get value(): number {
    return this.total + this.group;
  }

  /** Adds `part` if it fits ('trecento' + 'venti'), else returns false and changes nothing. */
  push(part: Part): boolean {
    if (this.zero) return false;
    const ok = part.cls === 'hundred' ? this.hundred()
      : part.cls === 'scale' ? this.scale(part)
      : part.cls === 'zero' ? this.startZero()
      : this.small(part);
    if (ok) {
      this.parts++;
      this.groupParts = part.cls === 'scale' ? 0 : this.groupParts + 1;
      this.lastCls = part.cls;
    }
    return ok;
  }

  private startZero(): boolean {
    if (this.parts > 0) return false;
    this.zero = true;
    return true;
  }

  private small(part: Part): boolean {
    if (this.big) return false;
    if (part.cls === 'digits' && this.parts === 0 && (!Number.isInteger(part.value) || part.value >= 1000)) {
      this.group = part.value; // '1,5' of '1,5 milioni', '4000'
      this.big = true;
      return true;
    }
    const s = slots(part);
    if (!s || (part.cls === 'digits' && part.value === 0 && this.parts > 0)) return false; // '4 thousand 3 hundred and 0'
    // Digits start a group or follow a hundred: '3 hundred and 21', never 'twenty 3'.
    if (part.cls === 'digits' && this.filled !== 0 && this.filled !== H) return false;
    const lowest = this.filled & -this.filled;
    if (this.filled !== 0 && s.top >= lowest) return false;
    this.group += part.value;
    this.filled |= s.fill;
    return true;
  }

  // 'cento', 'duecento', 'twenty-two hundred', '322 hundred', '2.12 hundred'
  private hundred(): boolean {
    const afterDigits = this.lastCls === 'digits' && this.groupParts === 1; // '322 hundred', not '3 hundred and 2 hundred'
    if (this.filled & H && !afterDigits) return false;
    if (this.group >= 1000 && !this.big) return false;
    this.group = (this.group || 1) * 100;
    this.filled = H;
    this.big = false;
    return true;
  }

  // 'tremila', 'два мільйони', 'hundred thousand', 'three lakh crore'
  private scale(part: Part): boolean {
    const s = part.value;
    if (this.group === 0 && this.total === 0) {
      if (!part.standalone) return false;
      this.group = 1;
    }
    if (this.group === 0) {
      if (s <= this.lastScale) return false;
      this.total *= s; // 'three lakh crore'
    } else {
      if (s >= this.lastScale) return false;
      this.total += this.group * s;
    }
    this.group = 0;
    this.filled = 0;
    this.lastScale = s;
    this.big = false;
    return true;
  }
}
