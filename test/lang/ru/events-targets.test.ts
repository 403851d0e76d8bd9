import { describe, expect, it } from 'vitest';
import { locations } from '../../pipeline/located.js';
import { targetCases } from '../../pipeline/event-targets.js';

describe('ru event targets: ports, terminals, stations, airfields', () => {
  targetCases('ru', [
    { text: 'Беспилотники атаковали Новороссийский порт, повреждены причалы.', target: ['infrastructure', 'порт'] },
    { text: 'Дроны ударили по морскому терминалу в Туапсе.', target: ['infrastructure', 'терминалу'] },
    { text: 'Украинские дроны атаковали аэродром в Энгельсе.', target: ['military', 'аэродром'] },
    // "портал" is no port
    { text: 'Ракета попала в жилой дом в Белгороде, сообщил городской портал.', target: ['residential', 'жилой дом'] },
  ]);
});

describe('ru "попала" strikes only after a weapon', () => {
  it('"Мужчина попал в больницу" is no attack', () => {
    expect(locations('Вчера в Курске мужчина попал в больницу с переломом ноги.', 'ru', '2026-01-05')).toEqual([]);
  });
});
