import { describe, expect, it } from 'vitest';
import { hexToRgb, oklab, type Triple } from '../../../lib/highlight/oklab.ts';

describe('reading a hex colour', () => {
  it('reads the long and short forms, with or without #, in any case, alpha ignored', () => {
    const cases: [string, Triple][] = [
      ['#fde68a', [253, 230, 138]],
      ['FDE68A', [253, 230, 138]],
      ['#abc', [170, 187, 204]],
      ['#abcd', [170, 187, 204]],
      ['#aabbcc80', [170, 187, 204]],
      ['#000', [0, 0, 0]],
    ];
    for (const [hex, rgb] of cases) expect(hexToRgb(hex), hex).toEqual(rgb);
  });

  it('refuses what is not a colour, rather than reading part of it', () => {
    for (const bad of ['', '#', 'not a colour', '#ab', '#abcde', '#aabbccd', '#aabbccddee', '#abz', '#aabbcg', 'x#aabbcc', 'aa#bbcc', '##aabbcc', '#aabbcc ', 'red']) {
      expect(hexToRgb(bad), bad).toBeUndefined();
    }
  });
});

describe('OKLab', () => {
  it('gives the published values for the sRGB primaries, white and black', () => {
    // Reference values as CSS Color 4 tools print them (e.g. coloraide, dencode.com: red is oklab(62.8% 0.2249 0.1258)).
    const cases: [string, Triple][] = [
      ['#ff0000', [0.62796, 0.22486, 0.12585]],
      ['#008000', [0.51975, -0.1403, 0.10768]],
      ['#00ff00', [0.86644, -0.2339, 0.1795]],
      ['#0000ff', [0.45201, -0.03246, -0.31153]],
      ['#ffffff', [1, 0, 0]],
      ['#000000', [0, 0, 0]],
    ];
    for (const [hex, [l, a, b]] of cases) {
      const lab = oklab(hexToRgb(hex)!);
      expect(lab[0], `${hex} L`).toBeCloseTo(l, 4);
      expect(lab[1], `${hex} a`).toBeCloseTo(a, 4);
      expect(lab[2], `${hex} b`).toBeCloseTo(b, 4);
    }
  });

  it('puts a grey on the neutral axis with L the cube root of its linear light, on both sides of the sRGB curve\'s linear toe', () => {
    // sRGB: a byte value v/255 at or below 0.04045 is linear light v/255/12.92 (bytes 0–10), above it ((v/255 + 0.055)/1.055)^2.4.
    const cases: [number, number][] = [
      [5, 5 / 255 / 12.92],
      [10, 10 / 255 / 12.92],
      [11, ((11 / 255 + 0.055) / 1.055) ** 2.4],
      [128, 0.2158605],
    ];
    for (const [byte, light] of cases) {
      const [l, a, b] = oklab([byte, byte, byte]);
      expect(l, `grey ${byte}`).toBeCloseTo(Math.cbrt(light), 6);
      expect(a, `grey ${byte}`).toBeCloseTo(0, 6);
      expect(b, `grey ${byte}`).toBeCloseTo(0, 6);
    }
  });
});
