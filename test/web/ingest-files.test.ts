import { describe, expect, it } from 'vitest';
import { articlesFromFile } from '../../src/web/ingest-files.js';
import { parseCorrection } from '../../src/web/review-form.js';
import { safeHref } from '../../src/web/event-fields.js';

describe('articlesFromFile', () => {
  it('reads one article per JSONL line, naming the bad line', () => {
    const a = articlesFromFile('a.jsonl', '{"text":"uno","lang":"it"}\n\n{"text":"two","published":"2026-01-02"}\n', {});
    expect(a).toEqual([
      { text: 'uno', lang: 'it' },
      { text: 'two', published: '2026-01-02' },
    ]);
    expect(() => articlesFromFile('a.jsonl', '{"text":"x"}\n{oops', {})).toThrow('a.jsonl line 2: not valid JSON');
    expect(() => articlesFromFile('a.json', '[{"title":"no text"}]', {})).toThrow('a.json item 1: expected an object with a "text" string');
  });

  it('takes a text file as one article with the form defaults', () => {
    expect(articlesFromFile('kyiv.txt', 'Text', { lang: 'en' })).toEqual([{ lang: 'en', title: 'kyiv.txt', text: 'Text' }]);
    expect(() => articlesFromFile('e.txt', '  ', {})).toThrow('e.txt: the file is empty');
  });
});

describe('review values', () => {
  it('parses corrections by field type with readable errors', () => {
    expect(parseCorrection('fatalities', ' 1,070 ')).toBe(1070);
    expect(parseCorrection('location_name', 'Kharkiv')).toBe('Kharkiv');
    expect(() => parseCorrection('fatalities', '2.5')).toThrow('Fatalities must be a whole number ≥ 0');
    expect(() => parseCorrection('date_start', '2 Jan')).toThrow('YYYY-MM-DD');
    expect(() => parseCorrection('payload', 'x')).toThrow('cannot be corrected');
  });

  it('links only http(s) URLs', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
  });
});
