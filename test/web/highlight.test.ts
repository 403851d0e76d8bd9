import { describe, expect, it } from 'vitest';
import { primaryField, segmentText } from '../../src/web/highlight.js';

describe('segmentText', () => {
  const text = 'Tre persone sono state uccise a Odessa.';
  it('cuts the text at span boundaries and keeps every character once', () => {
    const segs = segmentText(text, [
      { start: 0, end: 29, field: 'event' },
      { start: 0, end: 11, field: 'fatalities', rule: 'it/casualties/killed-n' },
      { start: 32, end: 38, field: 'location' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.map((s) => [s.text, s.marks.map((m) => m.field)])).toEqual([
      ['Tre persone', ['event', 'fatalities']],
      [' sono state uccise', ['event']],
      [' a ', []],
      ['Odessa', ['location']],
      ['.', []],
    ]);
    expect(primaryField(segs[0]!.marks)).toBe('fatalities');
  });

  it('clamps spans past the end and drops empty or inverted ones', () => {
    const segs = segmentText('abc', [
      { start: 2, end: 99, field: 'x' },
      { start: 2, end: 1, field: 'bad' },
      { start: 1, end: 1, field: 'empty' },
    ]);
    expect(segs.map((s) => [s.text, s.marks.length])).toEqual([
      ['ab', 0],
      ['c', 1],
    ]);
  });

  it('treats markup in the text as plain characters', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const segs = segmentText(evil, [{ start: 0, end: 8, field: 'event' }]);
    expect(segs.map((s) => s.text)).toEqual(['<script>', 'alert(1)</script><img src=x onerror=alert(2)>']);
  });
});
