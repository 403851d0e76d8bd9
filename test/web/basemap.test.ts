import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without type declarations
import { simplifyLine, unwrapRing } from '../../scripts/build-web-basemap.mjs';

describe('basemap preparation', () => {
  it('keeps the corners of a line and drops points within the tolerance', () => {
    const line = [[0, 0], [1, 0.01], [2, 0], [3, 5], [4, 0], [5, 0.02], [6, 0]];
    expect(simplifyLine(line, 0.1)).toEqual([[0, 0], [2, 0], [3, 5], [4, 0], [6, 0]]);
  });

  it('shifts a ring that jumps across the antimeridian so that it stays continuous', () => {
    expect(unwrapRing([[179, 65], [-179.5, 66], [-178, 64], [179.5, 63], [179, 65]])).toEqual([
      [179, 65], [180.5, 66], [182, 64], [179.5, 63], [179, 65],
    ]);
  });
});
