/**
 * Highlight colours in the options page: what a colour picker can show, and the preview style.
 */
import type { CSSProperties } from 'preact';

/**
 * The `#rrggbb` form an `<input type="color">` needs. Settings may hold any CSS hex form the
 * schema allows (`#abc`, `#abcd`, `#rrggbbaa`); the short forms are expanded and alpha dropped.
 */
export function toPickerHex(hex: string): string {
  const digits = hex.replace(/^#/, '').toLowerCase();
  if (digits.length === 3 || digits.length === 4) {
    return `#${[...digits.slice(0, 3)].map((d) => d + d).join('')}`;
  }
  return `#${digits.slice(0, 6)}`;
}

/**
 * A highlight as the content script paints it on a page (see entrypoints/content/highlights.ts):
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
