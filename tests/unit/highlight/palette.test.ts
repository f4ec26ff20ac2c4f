import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentHighlightName, highlightName, highlightStylesheet, HUES, nearestHue, PALETTE, tintOf } from '../../../lib/highlight/palette.ts';
import { HIGHLIGHT_CSS, HIGHLIGHT_CSS_HEADER } from '../../../scripts/build-styles.ts';

describe('the highlight palette', () => {
  it('has a style for every type in every hue, light and dark, in the manifest CSS the build ships', () => {
    const css = highlightStylesheet();
    for (const type of ['mineral', 'country', 'deal'] as const) {
      for (const hue of HUES) {
        for (const dark of [false, true]) expect(css).toContain(`::highlight(${highlightName(type, hue, dark)})`);
      }
    }
    expect(css).toContain(`::highlight(${currentHighlightName(false)})`);
    expect(css).toContain(`::highlight(${currentHighlightName(true)})`);
    // The committed file is what the palette writes (run `npm run build:styles` after a change).
    expect(readFileSync(HIGHLIGHT_CSS, 'utf8')).toBe(HIGHLIGHT_CSS_HEADER + css);
  });

  it('names highlights without saying whose they are, and keeps types apart', () => {
    const names = HUES.flatMap((hue) => (['mineral', 'country', 'deal'] as const).map((type) => highlightName(type, hue, false)));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name).not.toMatch(/assay/i);
      expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
    }
  });

  it('maps each tint to its own hue, and old hex colours to the nearest hue by eye', () => {
    for (const hue of HUES) {
      expect(nearestHue(PALETTE[hue].light, false, 'grey')).toBe(hue);
      expect(nearestHue(PALETTE[hue].dark, true, 'grey')).toBe(hue);
    }
    expect(nearestHue('#c4b5fd', false, 'amber')).toBe('violet');
    expect(nearestHue('#ABC', false, 'amber')).toBe('blue');
    expect(nearestHue('#ff0000', false, 'amber')).toBe('rose');
    expect(nearestHue('not a colour', false, 'amber')).toBe('amber');
    expect(tintOf('teal', true)).toBe(PALETTE.teal.dark);
  });
});
