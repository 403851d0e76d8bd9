import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../src/pipeline/doc.js';
import { normalizeText } from '../../../src/pipeline/normalize.js';
import { parseReference } from '../../../src/pipeline/reference.js';
import { times } from '../../../src/lang/ru/times.js';

const SUNDAY = '2026-01-04T10:00:00'; // published on Sunday 4 January 2026
const MONDAY = '2026-01-05T08:00:00';

/** The one mention of a sentence, with its span checked against the text. */
function one(text: string, published = SUNDAY) {
  // the Doc is built here so that these tests load only the Russian pack
  const doc: Doc = { id: 't', text, norm: normalizeText(text), lang: 'ru', published, reference: parseReference(published), sentences: [] };
  const found = times(doc, []);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const m = found[0]!;
  expect(text.slice(m.start, m.end)).toBe(m.text);
  return { text: m.text, grain: m.grain, value: `${m.value.start}..${m.value.end}`, rule: m.rule };
}

describe('ru times: relative days and weekdays', () => {
  it('resolves yesterday, today, the day before and "накануне"', () => {
    expect(one('Вчера противник обстрелял Херсон.')).toMatchObject({ text: 'Вчера', grain: 'day', value: '2026-01-03..2026-01-03', rule: 'ru/times/relative-day' });
    expect(one('В субботу утром противник обстрелял Херсон.')).toMatchObject({ text: 'В субботу утром', grain: 'part_of_day', value: '2026-01-03..2026-01-03' });
    expect(one('Сегодня в Белгороде объявлена ракетная опасность.').value).toBe('2026-01-04..2026-01-04');
    expect(one('Позавчера беспилотник атаковал автомобиль.').value).toBe('2026-01-02..2026-01-02');
    expect(one('Накануне губернатор сообщил о двух раненых.')).toMatchObject({ text: 'Накануне', value: '2026-01-03..2026-01-03' });
    expect(one('Днём ранее губернатор сообщил о раненых.')).toMatchObject({ text: 'Днём ранее', value: '2026-01-03..2026-01-03' });
  });

  it('resolves weekdays toward the past', () => {
    expect(one('В субботу дроны атаковали энергообъекты.')).toMatchObject({ text: 'В субботу', value: '2026-01-03..2026-01-03' });
    expect(one('Во вторник в Курской области обесточены 11 тысяч человек.')).toMatchObject({ text: 'Во вторник', value: '2025-12-30..2025-12-30' });
    expect(one('В прошлую субботу погибли два человека.')).toMatchObject({ text: 'В прошлую субботу', value: '2026-01-03..2026-01-03', rule: 'ru/times/shift-weekday' });
    expect(one('В среду был нанесён удар по Харькову.').value).toBe('2025-12-31..2025-12-31');
  });
});

describe('ru times: nights', () => {
  it('reads "в ночь на" as the night into the day named', () => {
    expect(one('В ночь на 5 января ПВО сбила 30 беспилотников.', MONDAY))
      .toMatchObject({ text: 'В ночь на 5 января', grain: 'part_of_day', value: '2026-01-04..2026-01-05', rule: 'ru/times/night-of' });
    expect(one('В ночь с субботы на воскресенье были слышны взрывы.')).toMatchObject({ grain: 'part_of_day', value: '2026-01-03..2026-01-04' });
    expect(one('Прошлой ночью был атакован Белгород.')).toMatchObject({ text: 'Прошлой ночью', value: '2026-01-03..2026-01-04' });
  });
});

describe('ru times: weeks, months and years', () => {
  it('resolves last week, this week and last month', () => {
    expect(one('На прошлой неделе было выпущено шесть ракет.')).toMatchObject({ text: 'На прошлой неделе', grain: 'week', value: '2025-12-22..2025-12-28' });
    expect(one('На этой неделе обстрелы усилились.')).toMatchObject({ grain: 'week', value: '2025-12-29..2026-01-04' });
    expect(one('В прошлом месяце число ударов выросло.')).toMatchObject({ text: 'В прошлом месяце', grain: 'month', value: '2025-12-01..2025-12-31' });
    expect(one('За минувшие сутки погибли трое мирных жителей.')).toMatchObject({ text: 'минувшие сутки', value: '2026-01-03..2026-01-03' });
    expect(one('В течение суток ПВО перехватила 40 дронов.')).toMatchObject({ text: 'В течение суток', grain: 'day', value: '2026-01-03..2026-01-04' });
  });

  it('resolves counts of units ago', () => {
    expect(one('Три дня назад был обстрелян Никополь.')).toMatchObject({ text: 'Три дня назад', grain: 'day', value: '2026-01-01..2026-01-01' });
    expect(one('Неделю тому назад город остался без света.').value).toBe('2025-12-28..2025-12-28');
  });

  it('resolves months in every case and years', () => {
    expect(one('В декабре удары по энергетике участились.')).toMatchObject({ text: 'В декабре', grain: 'month', value: '2025-12-01..2025-12-31' });
    expect(one('Январь 2025 года стал самым тяжёлым.')).toMatchObject({ text: 'Январь 2025 года', value: '2025-01-01..2025-01-31' });
    expect(one('Город был занят в 2022 году.')).toMatchObject({ text: 'в 2022 году', grain: 'year', value: '2022-01-01..2022-12-31' });
  });
});

describe('ru times: dates', () => {
  it('resolves a day and month toward the past', () => {
    expect(one('Удар по Харькову 2 января унёс жизни четырёх человек.')).toMatchObject({ text: '2 января', grain: 'day', value: '2026-01-02..2026-01-02' });
    expect(one('Атака 28 декабря обесточила район.').value).toBe('2025-12-28..2025-12-28');
    expect(one('Это случилось 5 января 2025 года.')).toMatchObject({ text: '5 января 2025 года', value: '2025-01-05..2025-01-05' });
    expect(one('Третьего января беспилотник упал на дом.').value).toBe('2026-01-03..2026-01-03');
    expect(one('Двадцать восьмого декабря был обстрел.').value).toBe('2025-12-28..2025-12-28');
  });

  it('reads numeric dates', () => {
    expect(one('По состоянию на 02.01.2026 повреждены 12 домов.')).toMatchObject({ text: '02.01.2026', value: '2026-01-02..2026-01-02' });
    expect(one('Сводка за 03.01 опубликована утром.')).toMatchObject({ text: '03.01', value: '2026-01-03..2026-01-03' });
  });

  it('resolves holidays toward the past', () => {
    expect(one('На Рождество был обстрелян Херсон.').value).toBe('2025-01-07..2025-01-07');
    expect(one('Удар нанесли на Пасху 2024 года.')).toMatchObject({ text: 'Пасху 2024 года', value: '2024-05-05..2024-05-05' });
    expect(one('В канун Нового года беспилотник атаковал Курск.')).toMatchObject({ text: 'В канун Нового года', value: '2025-12-31..2025-12-31' });
    expect(one('В новогоднюю ночь беспилотники атаковали Белгород.')).toMatchObject({ text: 'новогоднюю ночь', grain: 'part_of_day', value: '2025-12-31..2026-01-01' });
  });
});

describe('ru times: report openings, weekends and parts of a month', () => {
  it('reads a lone "Ночью" as last night and the rest', () => {
    expect(one('Ночью беспилотники атаковали Курскую область.')).toMatchObject({ text: 'Ночью', grain: 'part_of_day', value: '2026-01-03..2026-01-04' });
    // a count close by names no day
    expect(one('Ночью Россия выпустила 40 ракет.')).toMatchObject({ text: 'Ночью', grain: 'part_of_day', value: '2026-01-03..2026-01-04' });
    expect(one('В минувшие выходные был нанесён удар.').value).toBe('2025-12-27..2025-12-28');
    expect(one('С начала года сбито 100 беспилотников.')).toMatchObject({ text: 'С начала года', grain: 'year', value: '2026-01-01..2026-01-04' });
    expect(one('В конце декабря 2025 года обстрелы усилились.')).toMatchObject({ grain: 'month', value: '2025-12-21..2025-12-31' });
    expect(one('Удары наносились в 2023-2024 годах.')).toMatchObject({ text: 'в 2023-2024 годах', grain: 'year', value: '2023-01-01..2024-12-31' });
  });
});
