import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../src/pipeline/doc.js';
import { normalizeText } from '../../../src/pipeline/normalize.js';
import { parseReference } from '../../../src/pipeline/reference.js';
import { times } from '../../../src/lang/ru/times.js';

function texts(text: string): string[] {
  const doc: Doc = { id: 't', text, norm: normalizeText(text), lang: 'ru', published: '2026-01-04', reference: parseReference('2026-01-04'), sentences: [] };
  return times(doc, []).map((m) => m.text);
}

describe('ru times: what is not a date', () => {
  it('does not take "среда" (environment) for Wednesday', () => {
    expect(texts('Загрязнение окружающей среды после удара, окружающая среда пострадала.')).toEqual([]);
    expect(texts('В среде экспертов это вызвало споры.')).toEqual([]);
  });

  it('does not take names for months', () => {
    expect(texts('Об этом заявила Тереза Май, её поддержала Марта Иванова.')).toEqual([]);
  });

  it('does not take "неделя" alone or compounds for dates', () => {
    expect(texts('Неделя выдалась тяжёлой, субботник отменили.')).toEqual([]);
    expect(texts('В Пятницком районе и на Воскресенской улице тихо.')).toEqual([]);
  });

  it('does not read scores, decimals and counts as dates', () => {
    expect(texts('Матч закончился со счётом 3:2.')).toEqual([]);
    expect(texts('Число атак выросло в 1.5 раза, ущерб составил 15.2 тыс. рублей.')).toEqual([]);
    expect(texts('Следующие 5 человек эвакуированы.')).toEqual([]);
  });

  it('does not take a bare genitive month for a date', () => {
    expect(texts('Праздник марта отменили.')).toEqual([]);
  });
});
