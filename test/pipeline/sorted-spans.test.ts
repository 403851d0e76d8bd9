import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/model/extraction.js';
import { firstFrom, lineBreakRuns, overlapsAny, paragraphAt, spanHolding, spansInside } from '../../src/pipeline/sorted-spans.js';

/** A seeded generator (mulberry32): the same lists on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Spans sorted by start; overlapping ones unless `disjoint`. */
function spans(rand: () => number, n: number, disjoint: boolean): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const start = at + Math.floor(rand() * 4);
    const end = start + 1 + Math.floor(rand() * (disjoint ? 3 : 12));
    out.push({ start, end });
    at = disjoint ? end : start;
  }
  return out;
}

describe('sorted span look-ups', () => {
  it('answer as the walks over the whole list they replace', () => {
    const rand = random(7);
    for (let round = 0; round < 200; round++) {
      const list = spans(rand, Math.floor(rand() * 30), false);
      const disjoint = spans(rand, Math.floor(rand() * 30), true);
      for (let probe = 0; probe < 20; probe++) {
        const start = Math.floor(rand() * 80);
        const span = { start, end: start + Math.floor(rand() * 20) };
        expect(firstFrom(list, start)).toBe(((i) => (i < 0 ? list.length : i))(list.findIndex((x) => x.start >= start)));
        expect(spansInside(list, span)).toEqual(list.filter((x) => x.start >= span.start && x.end <= span.end));
        expect(spanHolding(disjoint, start)).toBe(disjoint.find((x) => x.start <= start && start < x.end));
        expect(overlapsAny(disjoint, span)).toBe(disjoint.some((x) => x.start < span.end && span.start < x.end));
      }
    }
  });

  it('keeps spans that end on the span end, and the empty list', () => {
    const list = [{ start: 0, end: 4 }, { start: 4, end: 9 }, { start: 9, end: 9 }, { start: 9, end: 12 }];
    expect(spansInside(list, { start: 4, end: 9 })).toEqual([{ start: 4, end: 9 }, { start: 9, end: 9 }]);
    expect(spansInside([], { start: 0, end: 9 })).toEqual([]);
    expect(spanHolding(list, 12)).toBeUndefined();
    expect(overlapsAny([], { start: 0, end: 5 })).toBe(false);
  });

  it('counts the runs of line breaks before a position as paragraphs', () => {
    const text = 'Один абзац.\n\nДругий абзац.\r\n\r\nТретій.\nЧетвертий';
    const runs = lineBreakRuns(text);
    for (let at = 0; at <= text.length; at++) expect(paragraphAt(runs, at)).toBe(text.slice(0, at).match(/\n+/gu)?.length ?? 0);
    expect(paragraphAt(runs, text.indexOf('Другий'))).toBe(1);
    expect(paragraphAt(runs, text.indexOf('Четвертий'))).toBe(4);
  });
});
