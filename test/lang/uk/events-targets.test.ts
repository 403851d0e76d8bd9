import { describe } from 'vitest';
import { targetCases } from '../../pipeline/event-targets.js';

describe('uk event targets: ports, terminals, stations, airfields', () => {
  targetCases('uk', [
    { text: 'Вночі дрони атакували Одеський порт, пошкоджено склади.', target: ['infrastructure', 'порт'] },
    { text: 'Ракета влучила в залізничний вокзал Харкова.', target: ['infrastructure', 'вокзал'] },
    { text: 'Сили оборони вдарили дронами по аеродрому в Саках у Криму.', target: ['military', 'аеродрому'] },
    // "портрет" is no port
    { text: 'Дрон влучив у будинок у Херсоні, де висів портрет поета.', target: ['residential', 'будинок'] },
  ]);
});
