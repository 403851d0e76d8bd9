import { describe, expect, it } from 'vitest';
import { counted } from '../../src/web/event-fields.js';

describe('event detail: weapons', () => {
  it('names each weapon by model, type and kind, with its count', () => {
    const weapons = [
      { kind: 'drone', type: 'attack', model: 'Shahed', count: { value: 40, qualifier: 'exact' } },
      { kind: 'missile', type: 'ballistic' },
      { kind: 'guided_bomb', model: 'KAB' },
      { kind: 'artillery' },
    ];
    expect(counted(weapons, ' × ')).toBe('Shahed attack drone × 40, ballistic missile, KAB guided bomb, artillery');
    expect(counted([], ' × ')).toBe('—');
  });
});
