/**
 * The highlight colours a reader can choose from, and the names the highlights are registered
 * under. The colours are a fixed palette rather than any hex value because their style sheet is
 * declared in the manifest: the browser injects it as an extension sheet that page scripts cannot
 * list or read (an adopted or inserted sheet is in `document.adoptedStyleSheets` or
 * `document.styleSheets`, where the page would see the reader's own colours). A sheet fixed at
 * build time can only hold colours fixed at build time.
 *
 * Shared by the content script, the options page, the settings schema and the build (which
 * writes the sheet, see `highlightStylesheet`), so there is one list of colours everywhere.
 */
import type { EntityType } from '../model.ts';
import { hexToRgb, oklab } from './oklab.ts';

/** Each hue: the tint used on light pages and the one used on dark pages. */
export const PALETTE = {
  amber: { light: '#fde68a', dark: '#92400e' },
  yellow: { light: '#fef08a', dark: '#854d0e' },
  orange: { light: '#fed7aa', dark: '#9a3412' },
  rose: { light: '#fecdd3', dark: '#9f1239' },
  violet: { light: '#ddd6fe', dark: '#5b21b6' },
  blue: { light: '#bfdbfe', dark: '#1e40af' },
  teal: { light: '#99f6e4', dark: '#115e59' },
  green: { light: '#bbf7d0', dark: '#166534' },
  grey: { light: '#e5e7eb', dark: '#4b5563' },
} as const satisfies Record<string, { light: string; dark: string }>;

export type Hue = keyof typeof PALETTE;
export const HUES = Object.keys(PALETTE) as Hue[];

export function isHue(value: unknown): value is Hue {
  return typeof value === 'string' && Object.hasOwn(PALETTE, value);
}

/** The tint of `hue` on a light or a dark page. */
export function tintOf(hue: Hue, dark: boolean): string {
  return PALETTE[hue][dark ? 'dark' : 'light'];
}

const SLOT: Record<EntityType, string> = { mineral: 'm', country: 'c', deal: 'd' };
const TYPES = Object.keys(SLOT) as EntityType[];

/**
 * The highlight registry name for one type in one hue on a light or dark page. Page scripts can
 * list `CSS.highlights`, so the names say nothing about Assay; the type letter keeps two types
 * that share a hue in highlights of their own.
 */
export function highlightName(type: EntityType, hue: Hue, dark: boolean): string {
  return `hl-${SLOT[type]}-${hue}-${dark ? 'd' : 'l'}`;
}

/** The registry name of the mention the reader is on. */
export function currentHighlightName(dark: boolean): string {
  return `hl-now-${dark ? 'd' : 'l'}`;
}

/**
 * The palette hue closest to a hex colour chosen before the palette existed (settings stored by
 * Assay 0.1, and backups it wrote), compared with the tints for the same kind of page. Hue and
 * colourfulness count twice as much as lightness: a reader who chose a pale violet wants violet.
 */
export function nearestHue(hex: string, dark: boolean, fallback: Hue): Hue {
  const rgbWanted = hexToRgb(hex);
  if (!rgbWanted) return fallback;
  const wanted = oklab(rgbWanted);
  let best = fallback;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const hue of HUES) {
    const [l, a, b] = oklab(hexToRgb(tintOf(hue, dark))!);
    const distance = (l - wanted[0]) ** 2 + 4 * ((a - wanted[1]) ** 2 + (b - wanted[2]) ** 2);
    // Stryker disable next-line EqualityOperator: equivalent: no colour is exactly as near to two tints (all 2^24 checked, light and dark), so <= would never let a later hue win a tie
    if (distance < bestDistance) {
      best = hue;
      bestDistance = distance;
    }
  }
  return best;
}

/** The declaration block of one highlight: a tint behind the page's own text and an underline. */
function highlightRule(tint: string, dark: boolean): string {
  return [
    `background-color: color-mix(in srgb, ${tint} ${dark ? 55 : 70}%, transparent)`,
    `text-decoration: underline 2px color-mix(in srgb, ${tint} 85%, ${dark ? 'white' : 'black'})`,
    'text-underline-offset: 3px',
  ].join('; ');
}

/**
 * The whole highlight style sheet: every type in every hue for light and dark pages, and the
 * current mention. The build writes it to the content script's manifest CSS
 * (`npm run build:styles`; a unit test checks the file is up to date).
 */
export function highlightStylesheet(): string {
  const rules: string[] = [];
  for (const dark of [false, true]) {
    for (const hue of HUES) {
      const selectors = TYPES.map((type) => `::highlight(${highlightName(type, hue, dark)})`).join(',\n');
      rules.push(`${selectors} {\n  ${highlightRule(tintOf(hue, dark), dark)};\n}`);
    }
    rules.push(`::highlight(${currentHighlightName(dark)}) {\n  background-color: ${dark ? '#facc15' : '#fde047'}; color: #111827; text-decoration: underline 3px #b45309;\n}`);
  }
  return `${rules.join('\n\n')}\n`;
}
