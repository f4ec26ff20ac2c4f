/**
 * Highlight colours in the options page: the hues' names and the preview style.
 */
import type { CSSProperties } from 'preact';
import type { Hue } from '../../lib/highlight/palette.ts';

/** The palette's hues as the options page names them. */
export const HUE_LABELS: Record<Hue, string> = {
  amber: 'Amber',
  yellow: 'Yellow',
  orange: 'Orange',
  rose: 'Rose',
  violet: 'Violet',
  blue: 'Blue',
  teal: 'Teal',
  green: 'Green',
  grey: 'Grey',
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
