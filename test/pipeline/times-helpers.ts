/**
 * Helpers for the time tests: a document built directly from a text and a fixed publication date
 * (no language identification), and the mentions of a recognizer in a compact, readable shape.
 */
import type { TimeMention } from '../../src/model/extraction.js';
import type { Doc } from '../../src/pipeline/doc.js';
import { normalizeText } from '../../src/pipeline/normalize.js';
import { parseReference } from '../../src/pipeline/reference.js';

export function docOf(text: string, published: string, lang: string): Doc {
  return { id: 't', text, norm: normalizeText(text), lang, published, reference: parseReference(published), sentences: [] };
}

/** `[text, grain, start..end]` of each mention, after checking that every span covers its text. */
export function compact(mentions: readonly TimeMention[], text: string): [string, string, string][] {
  for (const m of mentions) {
    if (text.slice(m.start, m.end) !== m.text) throw new Error(`span [${m.start}, ${m.end}) does not cover "${m.text}"`);
  }
  return mentions.map((m) => [m.text, m.grain, m.value.start === m.value.end ? m.value.start : `${m.value.start}..${m.value.end}`]);
}

export type Recognize = (doc: Doc, quantities: readonly never[]) => TimeMention[];

/** Runs `times` on `text` published on `published` and returns the compact mentions. */
export function timesOf(times: Recognize, lang: string, published: string, text: string): [string, string, string][] {
  return compact(times(docOf(text, published, lang), []), text);
}
