import { describe, expect, it } from 'vitest';
import { locations } from '../../pipeline/located.js';
import { weaponsOf } from '../../pipeline/weapons-helpers.js';

// Published on Friday 5 December 2026.
const w = (text: string) => weaponsOf(text, 'en', '2026-12-05');

describe('en weapons: kind, type, model and count', () => {
  it('reads the model before the weapon and the type inside its phrase', () => {
    const { weapons, evidence } = w('Overnight Russia launched six Iskander-M ballistic missiles and 40 Shahed attack drones at Kharkiv.');
    expect(weapons).toEqual([
      { kind: 'missile', type: 'ballistic', model: 'Iskander', count: { value: 6, qualifier: 'exact' } },
      { kind: 'drone', type: 'attack', model: 'Shahed', count: { value: 40, qualifier: 'exact' } },
    ]);
    expect(evidence).toEqual(['six Iskander-M ballistic missiles', '40 Shahed attack drones']);
  });

  it('takes a model that is the weapon itself, and guided bombs by their names', () => {
    expect(w('Russian forces struck Kharkiv with 3 KABs overnight.').weapons).toEqual([{ kind: 'guided_bomb', model: 'KAB', count: { value: 3, qualifier: 'exact' } }]);
  });

  it('gives a model only to a weapon of its kind', () => {
    expect(w('Russian drones and Iskander missiles hit Kharkiv overnight.').weapons).toEqual([{ kind: 'drone' }, { kind: 'missile', model: 'Iskander' }]);
  });

  it('reads no type outside the phrase: "a drone strike" is no attack drone', () => {
    expect(w('A drone strike hit Kharkiv overnight.').weapons).toEqual([{ kind: 'drone' }]);
  });
});

describe('en weapons: "shot down"', () => {
  it('is no one shot: "30 were shot down" injures no one', () => {
    const text = "Russia fired 51 missiles at Ukraine overnight, of which 30 were shot down, Ukraine's air force said.";
    const [e, ...rest] = locations(text, 'en', '2026-12-06').map((l) => l.event);
    expect(rest).toEqual([]);
    expect([e!.subEventType, e!.weapons, e!.injured]).toEqual(['Disrupted weapons use', [{ kind: 'missile', count: { value: 51, qualifier: 'exact' } }], undefined]);
  });

  it('reads a model written after the weapon with no quotes, whose name holds the weapon word ("Iskander-M")', () => {
    const { weapons, evidence } = w('Russia struck Kyiv overnight with four missiles of the Iskander-M type.');
    expect(weapons).toEqual([{ kind: 'missile', model: 'Iskander', count: { value: 4, qualifier: 'exact' } }]);
    expect(evidence).toEqual(['four missiles of the Iskander-M']);
  });
});
