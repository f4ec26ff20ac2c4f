import { describe, expect, it } from 'vitest';
import { upgradeLegacyColours } from '../../../lib/settings/legacy-colours.ts';

describe('settings with the hex colours of Assay 0.1', () => {
  it('get the nearest hue for each hex colour, and the default hue for a hex colour that cannot be read', () => {
    const old = {
      hoverDelayMs: 650,
      colours: { mineral: { light: '#fde68a', dark: '#nothex' }, country: { light: 'violet', dark: '#12' }, deal: { light: '#ddd', dark: '#555', extra: 1 }, other: 'kept' },
    };
    expect(upgradeLegacyColours(old)).toEqual({
      hoverDelayMs: 650,
      colours: { mineral: { light: 'amber', dark: 'amber' }, country: { light: 'violet', dark: 'blue' }, deal: { light: 'grey', dark: 'grey', extra: 1 }, other: 'kept' },
    });
  });

  it('keep what is no hex colour as it was, for the settings schema to judge', () => {
    const pairs = { mineral: { light: 'purple', dark: 7 }, country: null, deal: ['#fde68a', '#92400e'] };
    expect(upgradeLegacyColours({ colours: pairs })).toEqual({ colours: pairs });
  });

  it('are returned untouched when they, or their colours, are not an object', () => {
    for (const value of [null, undefined, 42, '', 'settings', [], [{ colours: {} }], { colours: null }, { colours: 'amber' }, { colours: [] }, { colours: 3 }]) {
      expect(upgradeLegacyColours(value), JSON.stringify(value)).toBe(value);
    }
  });
});
