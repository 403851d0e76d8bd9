/**
 * Looking words up in a number lexicon: whole words ('venti', 'двадцяти'), elided words
 * ('settant'' of "settant'anni"), glued compounds split by `decompose` ('duecentocinquantatremila'),
 * and ordinals, plain ('quinti', 'fifths') or glued ('duemilacinquesimi').
 */
import { Cardinal, type Part } from './compose.js';
import type { NumberLexicon, OrdinalEntry, WordEntry } from './lexicon.js';
import type { Token } from './tokenize.js';

export interface WordMatch {
  readonly parts: readonly Part[];
  /** Index of the token after the word (an elided word takes its apostrophe). */
  readonly next: number;
  readonly end: number;
}

export interface OrdinalMatch {
  readonly value: number;
  readonly plural: boolean;
  readonly bound: boolean;
  readonly final: boolean;
  readonly next: number;
  readonly end: number;
}

const toPart = (e: WordEntry): Part => ({ cls: e.cls, value: e.value, standalone: e.standalone });

const compounds = new WeakMap<NumberLexicon, Map<string, Part[] | null>>();

/** Splits a glued compound into parts the grammar accepts: 'ventunbilionitrecento' → 21·10¹² + 300. */
export function decompose(word: string, lexicon: NumberLexicon): Part[] | undefined {
  let cache = compounds.get(lexicon);
  if (!cache) compounds.set(lexicon, (cache = new Map()));
  if (!cache.has(word)) cache.set(word, search(word, 0, new Cardinal(), lexicon) ?? null);
  return cache.get(word) ?? undefined;
}

function search(word: string, at: number, acc: Cardinal, lexicon: NumberLexicon): Part[] | undefined {
  for (let end = word.length; end > at; end--) {
    const entries = lexicon.words.get(word.slice(at, end));
    for (const entry of entries ?? []) {
      if (entry.bound && end === word.length) continue; // 'vent' alone is no number
      const next = acc.clone();
      if (!next.push({ ...toPart(entry), standalone: entry.standalone || at === 0 })) continue;
      if (end === word.length) return [toPart(entry)];
      const rest = search(word, end, next, lexicon);
      if (rest) return [toPart(entry), ...rest];
    }
  }
  return undefined;
}

/** The cardinal word at `tokens[k]`, if it is one. */
export function cardinalAt(tokens: readonly Token[], k: number, lexicon: NumberLexicon): WordMatch | undefined {
  const token = tokens[k];
  if (!token || token.kind !== 'word') return undefined;
  const apostrophe = tokens[k + 1];
  if (apostrophe && apostrophe.text === "'" && apostrophe.gap === '') {
    // "settant'anni", "un'altra"
    const elided = lexicon.words.get(`${token.lower}'`)?.filter((e) => !e.bound);
    if (elided?.length) return { parts: [toPart(elided[0]!)], next: k + 2, end: apostrophe.end };
  }
  const entries = lexicon.words.get(token.lower)?.filter((e) => !e.bound);
  if (entries?.length) return { parts: [toPart(entries[0]!)], next: k + 1, end: token.end };
  if (!lexicon.glued) return undefined;
  const parts = decompose(token.lower, lexicon);
  return parts ? { parts, next: k + 1, end: token.end } : undefined;
}

const fromEntry = (e: OrdinalEntry, next: number, end: number): OrdinalMatch => ({ ...e, next, end });

/** The ordinal at `tokens[k]`: 'quinti', 'fifths', 'millecinquesimi' (glued, Italian). */
export function ordinalAt(tokens: readonly Token[], k: number, lexicon: NumberLexicon): OrdinalMatch | undefined {
  const token = tokens[k];
  if (!token || token.kind !== 'word') return undefined;
  const entry = lexicon.ordinals.get(token.lower);
  if (entry) return fromEntry(entry, k + 1, token.end);
  if (!lexicon.glued) return undefined;
  for (const [suffix, plural] of lexicon.ordinalSuffixes) {
    if (!token.lower.endsWith(suffix)) continue;
    const stem = token.lower.slice(0, -suffix.length);
    for (const ending of lexicon.stemEndings) {
      const parts = decompose(stem + ending, lexicon);
      if (!parts) continue;
      const acc = new Cardinal();
      if (parts.every((p) => acc.push({ ...p, standalone: true })) && acc.value > 10) {
        return { value: acc.value, plural, bound: false, final: false, next: k + 1, end: token.end };
      }
    }
  }
  return undefined;
}
