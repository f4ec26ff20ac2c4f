/**
 * Highlight colours in the options page: the hues' names and the preview style.
 */
import type { CSSProperties } from 'preact';
import type { Hue } from '../../lib/highlight/palette.ts';
import type { PlainKey } from '../../lib/i18n/translator.ts';

/** The messages that name the palette's hues. */
export const HUE_LABELS: Record<Hue, PlainKey> = {
  amber: 'options_hue_amber',
  yellow: 'options_hue_yellow',
  orange: 'options_hue_orange',
  rose: 'options_hue_rose',
  violet: 'options_hue_violet',
  blue: 'options_hue_blue',
  teal: 'options_hue_teal',
  green: 'options_hue_green',
  grey: 'options_hue_grey',
};

/**
 * A highlight as the content script paints it on a page (see lib/highlight/palette.ts):
 * a tint of the colour behind the page's own text, and an underline in the colour, darkened on
 * light pages and lightened on dark ones so it stays visible.
 */
export function highlightStyle(hex: string, dark: boolean): CSSProperties {
  return {
    backgroundColor: `color-mix(in srgb, ${hex} ${dark ? 55 : 70}%, transparent)`,
    textDecoration: `underline 2px color-mix(in srgb, ${hex} 85%, ${dark ? 'white' : 'black'})`,
    textUnderlineOffset: '3px',
  };
}
