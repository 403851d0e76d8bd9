/**
 * What a text says of a weapon besides its kind: its type, written inside the weapon's phrase
 * ("attack drones", "балістичні ракети", "missili da crociera"), and its model, inside the
 * phrase or next to it ("Shahed drones", "ракетами «Іскандер-М»", "дронами типу «Шахед»",
 * "missili Kalibr"). Lexicon categories `weapon_type` and `weapon_model`, keyed `kind:value`
 * ("missile:ballistic", "drone:Shahed"): a detail applies only to a weapon of its kind, so in
 * "drones and Iskander missiles" the drones have no model.
 */
import type { Span } from '../../model/extraction.js';
import type { Cue } from './cues.js';
import { keyCode, keyLabel } from './cues.js';

export interface WeaponDetails {
  readonly type?: string;
  readonly model?: string;
  /** The words of the details outside the weapon's own phrase, for its evidence span. */
  readonly start: number;
  readonly end: number;
}

/**
 * Between a weapon and its model: quote marks, a hyphen, and at most two words ("типу «",
 * "of the", "di tipo").
 */
const MODEL_GAP = /^[\s«»"“”„'‘’-]*(?:[\p{L}]+[\s«»"“”„'‘’-]+){0,2}$/u;

/** The type and model of the weapon of cue `weapon`, of kind `kind`, from the sentence's `details` cues. */
export function weaponDetails(norm: string, weapon: Span, kind: string, details: readonly Cue[]): WeaponDetails {
  let type: string | undefined;
  let model: string | undefined;
  let [start, end] = [weapon.start, weapon.end];
  for (const d of details) {
    if (keyCode(d.key) !== kind) continue;
    const value = keyLabel(d.key);
    const within = d.start >= weapon.start && d.end <= weapon.end;
    if (d.category === 'weapon_type') {
      // 'ballistic' of "ballistic missiles"; not 'strike' of "a drone strike"
      if (within) type ??= value;
      continue;
    }
    if (model !== undefined) continue;
    if (within) model = value;
    // "ракетами Іскандер-М": the weapon word "Іскандер" inside the model's longer name
    else if (d.start >= weapon.start && d.start < weapon.end) [model, end] = [value, Math.max(end, d.end)];
    // "Shahed drones", "Iskander-M missiles"
    else if (d.end <= weapon.start && MODEL_GAP.test(norm.slice(d.end, weapon.start))) [model, start] = [value, Math.min(start, d.start)];
    // "дронами типу «Шахед»", "missili Kalibr"
    else if (d.start >= weapon.end && MODEL_GAP.test(norm.slice(weapon.end, d.start))) [model, end] = [value, Math.max(end, d.end)];
  }
  return { ...(type ? { type } : {}), ...(model ? { model } : {}), start, end };
}
