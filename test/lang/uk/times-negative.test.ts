import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../src/pipeline/doc.js';
import { normalizeText } from '../../../src/pipeline/normalize.js';
import { parseReference } from '../../../src/pipeline/reference.js';
import { times } from '../../../src/lang/uk/times.js';

function texts(text: string): string[] {
  const doc: Doc = { id: 't', text, norm: normalizeText(text), lang: 'uk', published: '2026-01-04', reference: parseReference('2026-01-04'), sentences: [] };
  return times(doc, []).map((m) => m.text);
}

describe('uk times: what is not a date', () => {
  it('does not take villages named after months for months', () => {
    expect(texts('Дрон атакував село Березне Рівненської області.')).toEqual([]);
    expect(texts('Під Травневим тривають бої, село Травневе обстрілюють щодня.')).toEqual([]);
  });

  it('does not take the adjective "лютий" for February', () => {
    expect(texts('Лютий мороз ускладнив ремонт мереж, а лютий ворог не зупиняється.')).toEqual([]);
  });

  it('does not take a bare genitive month or an ordinal alone for a date', () => {
    expect(texts('Мешканці березня не бачили світла.')).toEqual([]);
    expect(texts('Другого разу ракета влучила в склад.')).toEqual([]);
  });

  it('ignores weekday and month words inside longer words', () => {
    expect(texts('Суботній ранок почався з тривоги, на Суботові тихо.')).toEqual([]);
    expect(texts('Листопадові показники кращі, ніж серпневі.')).toEqual([]);
  });

  it('does not read scores, decimals and counts as dates', () => {
    expect(texts('Матч завершився з рахунком 3:2.')).toEqual([]);
    expect(texts('Кількість атак зросла у 1.5 рази, збитки сягнули 15.2 тис. гривень.')).toEqual([]);
    expect(texts('Наступні 5 днів будуть холодними.')).toEqual([]);
    expect(texts('Пункти незламності працюють 24/7.')).toEqual([]);
  });

  it('does not read "тому" (because) as "ago"', () => {
    expect(texts('Світла немає тому, що ворог пошкодив підстанцію.')).toEqual([]);
  });

  it('keeps a date inside a longer phrase to that phrase only', () => {
    expect(texts('Посилення обстрілів фіксують з 3 січня.')).toEqual(['3 січня']);
  });
});

describe('uk times: counted from another event or another word', () => {
  it('does not resolve "через N днів після" against the publication day', () => {
    expect(texts('Через два дні після удару рятувальники знайшли ще одне тіло.')).toEqual([]);
  });

  it('does not read "за тиждень до" (a week before an event) as the last week', () => {
    expect(texts('За тиждень до виборів ворог посилив обстріли.')).toEqual([]);
  });

  it('does not read "лист" (a letter) after a number as November', () => {
    expect(texts('Мер надіслав 1 лист до уряду.')).toEqual([]);
  });
});
