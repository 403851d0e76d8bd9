import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../src/pipeline/doc.js';
import { normalizeText } from '../../../src/pipeline/normalize.js';
import { parseReference } from '../../../src/pipeline/reference.js';
import { times } from '../../../src/lang/uk/times.js';

const SUNDAY = '2026-01-04T10:00:00'; // published on Sunday 4 January 2026
const MONDAY = '2026-01-05T08:00:00';

function find(text: string, published = SUNDAY) {
  // the Doc is built here so that these tests load only the Ukrainian pack
  const doc: Doc = { id: 't', text, norm: normalizeText(text), lang: 'uk', published, reference: parseReference(published), sentences: [] };
  return times(doc, []);
}

/** The one mention of a sentence, with its span checked against the text. */
function one(text: string, published = SUNDAY) {
  const found = find(text, published);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const m = found[0]!;
  expect(text.slice(m.start, m.end)).toBe(m.text);
  return { text: m.text, grain: m.grain, value: `${m.value.start}..${m.value.end}`, rule: m.rule };
}

describe('uk times: relative days and weekdays', () => {
  it('resolves yesterday, today and the day before yesterday', () => {
    expect(one('Вчора ворог обстріляв Херсон з артилерії.')).toMatchObject({ text: 'Вчора', grain: 'day', value: '2026-01-03..2026-01-03' });
    expect(one('Вчора ввечері ворог обстріляв Херсон.')).toMatchObject({ text: 'Вчора ввечері', grain: 'part_of_day', value: '2026-01-03..2026-01-03' });
    expect(one('Сьогодні в Києві оголошено повітряну тривогу.')).toMatchObject({ text: 'Сьогодні', value: '2026-01-04..2026-01-04' });
    expect(one('Позавчора окупанти скинули КАБи на Куп\'янськ.')).toMatchObject({ text: 'Позавчора', value: '2026-01-02..2026-01-02' });
    expect(one('Напередодні росіяни атакували Суми.').value).toBe('2026-01-03..2026-01-03');
  });

  it('resolves a weekday toward the past, the publication day included', () => {
    expect(one('У суботу окупанти вдарили по Харкову ракетами.')).toMatchObject({ text: 'У суботу', value: '2026-01-03..2026-01-03', rule: 'uk/times/in-weekday' });
    expect(one('Удар стався у неділю вранці.').value).toBe('2026-01-04..2026-01-04');
    expect(one('Минулої суботи загинули двоє цивільних.')).toMatchObject({ text: 'Минулої суботи', value: '2026-01-03..2026-01-03' });
    expect(one('Минулої неділі дрон влучив у будинок.').value).toBe('2025-12-28..2025-12-28');
    // typographic apostrophe: the span is of the original text
    expect(one('У п’ятницю ЗСУ відбили штурм.')).toMatchObject({ text: 'У п’ятницю', value: '2026-01-02..2026-01-02' });
  });
});

describe('uk times: nights', () => {
  it('reads "у ніч на" as the night into the day named', () => {
    expect(one('У ніч на 5 січня росіяни запустили 40 дронів.', MONDAY))
      .toMatchObject({ text: 'У ніч на 5 січня', grain: 'part_of_day', value: '2026-01-04..2026-01-05', rule: 'uk/times/night-of' });
    expect(one('Атака у ніч з 2 на 3 січня тривала п\'ять годин.').value).toBe('2026-01-02..2026-01-03');
  });

  it('reads nights into a weekday and last night', () => {
    expect(one('У ніч проти неділі ворог атакував Одесу.')).toMatchObject({ text: 'У ніч проти неділі', grain: 'part_of_day', value: '2026-01-03..2026-01-04' });
    expect(one('Вибухи лунали у ніч із суботи на неділю.').value).toBe('2026-01-03..2026-01-04');
    expect(one('Минулої ночі сили ППО збили 30 дронів.')).toMatchObject({ text: 'Минулої ночі', value: '2026-01-03..2026-01-04' });
  });
});

describe('uk times: weeks, months and years', () => {
  it('resolves last week, this week and last month', () => {
    expect(one('Минулого тижня ворог скинув понад 1000 КАБів.')).toMatchObject({ text: 'Минулого тижня', grain: 'week', value: '2025-12-22..2025-12-28' });
    expect(one('Цього тижня росіяни випустили шість ракет.')).toMatchObject({ grain: 'week', value: '2025-12-29..2026-01-04' });
    expect(one('Про це повідомили на минулому тижні.').text).toBe('на минулому тижні');
    expect(one('Минулого місяця обстріли посилились.')).toMatchObject({ grain: 'month', value: '2025-12-01..2025-12-31' });
    expect(one('За минулу добу загинули троє людей.')).toMatchObject({ text: 'минулу добу', value: '2026-01-03..2026-01-03' });
    // a span ending on the publication day (the shared spanOf convention: the unit back from it)
    expect(one('За тиждень росіяни випустили по Україні понад 1070 КАБів.')).toMatchObject({ text: 'За тиждень', grain: 'week', value: '2025-12-28..2026-01-04' });
  });

  it('resolves counts of units ago', () => {
    expect(one('Три дні тому окупанти обстріляли Нікополь.')).toMatchObject({ text: 'Три дні тому', grain: 'day', value: '2026-01-01..2026-01-01' });
    expect(one('Тиждень тому місто залишилось без світла.').value).toBe('2025-12-28..2025-12-28');
    // years back are vague: month precision
    expect(one('Два роки тому ворог зруйнував міст.')).toMatchObject({ grain: 'month', value: '2024-01-01..2024-01-31' });
    expect(one('Відновлення триватиме, обіцяють завершити через 3 роки.')).toMatchObject({ text: 'через 3 роки', grain: 'month', value: '2029-01-01..2029-01-31' });
  });

  it('resolves months in every case and years', () => {
    expect(one('У грудні росіяни атакували енергетику 20 разів.')).toMatchObject({ text: 'У грудні', grain: 'month', value: '2025-12-01..2025-12-31' });
    expect(one('Обстріли у січні 2025 року забрали життя 50 людей.')).toMatchObject({ text: 'у січні 2025 року', value: '2025-01-01..2025-01-31' });
    expect(one('Листопад став найважчим місяцем.')).toMatchObject({ text: 'Листопад', value: '2025-11-01..2025-11-30' });
    expect(one('Місто окуповане у 2022 році.')).toMatchObject({ text: 'у 2022 році', grain: 'year', value: '2022-01-01..2022-12-31' });
    expect(one('У 2022-му місто було окуповане.')).toMatchObject({ text: 'У 2022-му', grain: 'year' });
    expect(one('Торік ворог зруйнував ТЕЦ.')).toMatchObject({ grain: 'year', value: '2025-01-01..2025-12-31' });
  });
});

describe('uk times: dates', () => {
  it('resolves a day and month toward the past', () => {
    expect(one('Удар по Харкову 2 січня забрав життя чотирьох людей.')).toMatchObject({ text: '2 січня', grain: 'day', value: '2026-01-02..2026-01-02', rule: 'uk/times/day-month' });
    expect(one('Атака 28 грудня знеструмила область.').value).toBe('2025-12-28..2025-12-28');
    expect(one('Вторгнення почалося 24 лютого 2022 року.')).toMatchObject({ text: '24 лютого 2022 року', value: '2022-02-24..2022-02-24' });
    expect(one('Другого січня ворог атакував Харків.').value).toBe('2026-01-02..2026-01-02');
    expect(one('ЗАЯВА ВІД 3 СІЧНЯ').text).toBe('3 СІЧНЯ');
  });

  it('reads numeric dates and day ranges', () => {
    expect(one('Станом на 02.01.2026 зафіксовано 12 влучань.')).toMatchObject({ text: '02.01.2026', value: '2026-01-02..2026-01-02' });
    expect(one('Обстріли 1-3 січня пошкодили 40 будинків.')).toMatchObject({ text: '1-3 січня', value: '2026-01-01..2026-01-03' });
    expect(one('У суботу, 3 січня, дрон атакував авто.')).toMatchObject({ text: 'У суботу, 3 січня', value: '2026-01-03..2026-01-03' });
    // a weekday with a date picks the year: an announcement for Monday 5 January, not 5 January 2025
    expect(one('У понеділок, 5 січня, відбудеться засідання.')).toMatchObject({ text: 'У понеділок, 5 січня', value: '2026-01-05..2026-01-05' });
  });

  it('resolves holidays by the calendar in force that year', () => {
    expect(one('На Різдво ворог обстріляв Херсон.').value).toBe('2025-12-25..2025-12-25');
    expect(one('На Різдво ворог обстріляв Херсон.', '2020-02-01').value).toBe('2020-01-07..2020-01-07');
    expect(one('Напередодні Різдва ворог атакував Херсон.')).toMatchObject({ text: 'Напередодні Різдва', value: '2025-12-24..2025-12-24', rule: 'uk/times/holiday-eve' });
    // Orthodox Easter: 20 April 2025, 12 April 2026
    expect(one('На Великдень ворог атакував Запоріжжя.', '2026-04-20')).toMatchObject({ text: 'Великдень', value: '2026-04-12..2026-04-12' });
    expect(one('На Великдень ворог атакував Запоріжжя.').value).toBe('2025-04-20..2025-04-20');
  });
});

describe('uk times: report openings, weekends and parts of a month', () => {
  it('reads a lone "Вночі" as last night, unless a day is named next to it', () => {
    expect(one('Вночі росіяни запустили по Україні 86 ударних дронів.')).toMatchObject({ text: 'Вночі', grain: 'part_of_day', value: '2026-01-03..2026-01-04' });
    expect(one('3 січня вночі ворог атакував Чернігів.')).toMatchObject({ text: '3 січня', grain: 'day' });
    // a count close by names no day
    expect(one('Уночі Росія запустила 40 ракет.')).toMatchObject({ text: 'Уночі', grain: 'part_of_day', value: '2026-01-03..2026-01-04' });
  });

  it('resolves weekends, the year so far and parts of a month', () => {
    expect(one('На вихідних ворог атакував Суми.')).toMatchObject({ text: 'На вихідних', value: '2026-01-03..2026-01-04' });
    expect(one('Минулих вихідних загинули троє людей.').value).toBe('2025-12-27..2025-12-28');
    expect(one('З початку року ворог випустив 40 ракет.')).toMatchObject({ grain: 'year', value: '2026-01-01..2026-01-04' });
    expect(one('Наприкінці грудня росіяни вдарили по ТЕЦ.')).toMatchObject({ text: 'Наприкінці грудня', grain: 'month', value: '2025-12-21..2025-12-31' });
    expect(one('У ніч на неділю, 4 січня, лунали вибухи.')).toMatchObject({ text: 'У ніч на неділю, 4 січня', value: '2026-01-03..2026-01-04' });
  });
});
