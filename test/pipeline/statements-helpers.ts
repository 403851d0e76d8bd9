import type { Statement } from '../../src/model/extraction.js';

/** A statement's claims without their evidence spans (checked apart). */
export function claimsOf(s: Statement | undefined): Omit<Statement['claims'][number], 'evidence'>[] {
  return (s?.claims ?? []).map(({ evidence, ...c }) => c);
}

/**
 * The claims of the en/uk/ru statement tests, written in each language: "this week alone Russia
 * launched more than 1,200 attack drones, nearly 800 guided aerial bombs and 40 missiles".
 */
export function weekOfLaunches(period: { start: string; end: string }): ReturnType<typeof claimsOf> {
  return [
    { what: 'launched', weapon: 'drone', actor: 'Russia', count: { value: 1200, qualifier: 'more_than', min: 1200 }, period },
    { what: 'launched', weapon: 'guided_bomb', actor: 'Russia', count: { value: 800, qualifier: 'approx' }, period },
    { what: 'launched', weapon: 'missile', actor: 'Russia', count: { value: 40, qualifier: 'exact' }, period },
  ];
}
