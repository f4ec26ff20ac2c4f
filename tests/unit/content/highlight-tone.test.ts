import { describe, expect, it } from 'vitest';
import { toneForText } from '../../../entrypoints/content/highlights.ts';

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
      ['color(display-p3 1 1 1)', undefined],
    ];
    for (const [colour, tone] of cases) expect(toneForText(colour), colour).toBe(tone);
  });
});
