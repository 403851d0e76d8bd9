import { describe, expect, it } from 'vitest';
import { weaponsOf } from '../../pipeline/weapons-helpers.js';

// Published on Friday 5 December 2026.
const w = (text: string) => weaponsOf(text, 'it', '2026-12-05');

describe('it weapons: kind, type, model and count', () => {
  it('reads the model after the weapon and the type inside its phrase', () => {
    const { weapons, evidence } = w('Nella notte la Russia ha lanciato su Kharkiv sei missili balistici Iskander e 40 droni d’attacco Shahed.');
    expect(weapons).toEqual([
      { kind: 'missile', type: 'ballistic', model: 'Iskander', count: { value: 6, qualifier: 'exact' } },
      { kind: 'drone', type: 'attack', model: 'Shahed', count: { value: 40, qualifier: 'exact' } },
    ]);
    expect(evidence).toEqual(['sei missili balistici Iskander', '40 droni d’attacco Shahed']);
  });

  it('reads a cruise missile by "da crociera" and its model', () => {
    expect(w('Nella notte la Russia ha colpito Kiev con missili da crociera Kalibr.').weapons).toEqual([{ kind: 'missile', type: 'cruise', model: 'Kalibr' }]);
  });

  it('reads a model written after the weapon with no quotes, whose name holds the weapon word ("Iskander-M")', () => {
    const { weapons, evidence } = w('Nella notte la Russia ha colpito Kiev con quattro missili Iskander-M.');
    expect(weapons).toEqual([{ kind: 'missile', model: 'Iskander', count: { value: 4, qualifier: 'exact' } }]);
    expect(evidence).toEqual(['quattro missili Iskander-M']);
  });
});
