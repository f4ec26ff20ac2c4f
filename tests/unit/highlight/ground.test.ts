import { describe, expect, it } from 'vitest';
import { luminance, toneForText } from '../../../lib/highlight/ground.ts';

describe('toneForText', () => {
  it('gives light text the dark tint and dark text the light one, and leaves grey or faint text to the page', () => {
    const cases: [string, 'light' | 'dark' | undefined][] = [
      ['rgb(255, 255, 255)', 'dark'],
      ['rgb(241, 245, 249)', 'dark'],
      ['rgb(188, 188, 188)', 'dark'],
      ['rgb(255 255 255 / 80%)', 'dark'],
      ['rgb(0, 0, 0)', 'light'],
      ['rgb(17, 24, 39)', 'light'],
      ['rgb(31, 41, 55)', 'light'],
      ['rgb(118, 118, 118)', 'light'],
      // Mid grey: on white or on black alike.
      ['rgb(138, 138, 138)', undefined],
      ['rgb(170, 170, 170)', undefined],
      // Mostly transparent text, or a colour this cannot read.
      ['rgba(255, 255, 255, 0.3)', undefined],
      ['rgb(255 255 255 / 40%)', undefined],
      ['transparent', undefined],
      ['color(xyz 1 1 1)', undefined],
      ['currentcolor', undefined],
      // CSS Color 4 spaces, as browsers serialize colours written in them.
      ['oklch(0.985 0.002 247.839)', 'dark'],
      ['oklch(0.21 0.034 264.665)', 'light'],
      ['oklch(0.7 0 0)', undefined],
      ['oklch(98% 0.01 250 / 0.9)', 'dark'],
      ['oklch(0.985 0.002 247.839 / 0.2)', undefined],
      ['oklab(0.15 0.01 -0.02)', 'light'],
      ['lab(96 0 0)', 'dark'],
      ['lch(12 10 250)', 'light'],
      ['color(srgb 1 1 1)', 'dark'],
      ['color(display-p3 0.1 0.1 0.12)', 'light'],
      ['color(srgb-linear 0.9 0.9 0.9)', 'dark'],
      ['rgb(none none none)', 'light'],
      ['rgba(128, 128, 128, 1)', undefined],
      ['color(1 1 1)', undefined],
      // The thresholds themselves: luminance exactly 0.5 is light text, exactly 0.2 dark text.
      ['color(srgb-linear 0.5 0.5 0.5)', 'dark'],
      ['color(srgb-linear 0.2 0.2 0.2)', 'light'],
      ['color(srgb-linear 0.21 0.21 0.21)', undefined],
      ['color(srgb-linear 0.49 0.49 0.49)', undefined],
    ];
    for (const [colour, tone] of cases) expect(toneForText(colour), colour).toBe(tone);
  });

  it('reads relative luminance in each space to within a few hundredths of the sRGB figure', () => {
    const cases: [string, number][] = [
      ['rgb(255, 255, 255)', 1],
      ['rgb(0, 0, 0)', 0],
      ['rgb(128, 128, 128)', 0.2159],
      ['rgb(100% 0% 0%)', 0.2126],
      ['rgb(0, 255, 0)', 0.7152],
      ['rgb(0, 0, 255)', 0.0722],
      ['color(srgb 0.5 0.5 0.5)', 0.214],
      ['color(srgb-linear 0.25 0.25 0.25)', 0.25],
      // Mid grey #808080 in the Lab-like spaces.
      ['oklch(0.5999 0 0)', 0.2159],
      ['oklab(59.99% 0 0)', 0.2159],
      ['lab(53.59 0 0)', 0.2159],
      ['lch(5 0 0)', 0.005535],
      ['lch(4 0 0)', 0.004428],
    ];
    for (const [colour, y] of cases) expect(luminance(colour), colour).toBeCloseTo(y, y < 0.01 ? 5 : 2);
    expect(luminance('rgba(0, 0, 0, 0.49)')).toBeUndefined();
    expect(luminance('rgba(0, 0, 0, 0.5)')).toBe(0);
  });
});
