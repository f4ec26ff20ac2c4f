/**
 * How light a computed CSS colour is, and which tint a mention needs because of it. Browsers
 * serialize a computed colour in the syntax it was written in when that is a CSS Color 4 space
 * (`oklch(…)` from a site built with Tailwind 4 stays `oklch(…)`), so each space's lightness is
 * read, not only `rgb()`.
 */

export type Tone = 'light' | 'dark';

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?%?`;
const COLOUR = new RegExp(String.raw`^\s*(rgba?|color|oklab|oklch|lab|lch)\(\s*(?:(srgb|srgb-linear|display-p3)\s+)?(${NUMBER}|none)[\s,]+(${NUMBER}|none)[\s,]+(${NUMBER}|none)\s*(?:[,/]\s*(${NUMBER}|none))?\s*\)\s*$`, 'i');

/** A number, a percentage of `whole`, or 0 for `none`. */
function read(value: string, whole: number): number {
  if (value === 'none') return 0;
  return value.endsWith('%') ? (Number.parseFloat(value) / 100) * whole : Number(value);
}

function linear(channel: number): number {
  const c = Math.min(Math.max(channel, 0), 1);
  // Stryker disable next-line EqualityOperator: the sRGB curve's two pieces meet at 0.04045.
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/**
 * Relative luminance (0 black to 1 white) of a computed colour, or undefined when it is mostly
 * transparent or in a form not read here. For the Lab-like spaces it is the lightness's Y, which
 * ignores hue: close enough to tell light text from dark.
 */
export function luminance(colour: string): number | undefined {
  const m = COLOUR.exec(colour);
  if (!m) return undefined;
  const [, fn, space, a, b, c, alphaText] = m;
  const alpha = alphaText === undefined ? 1 : read(alphaText, 1);
  if (alpha < 0.5) return undefined;
  switch (fn.toLowerCase()) {
    case 'rgb':
    case 'rgba': {
      const [r, g, bl] = [a, b, c].map((v) => read(v, 255) / 255);
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(bl);
    }
    case 'color': {
      // color() names its space; without one it is not a colour a browser would compute.
      if (space === undefined) return undefined;
      const [r, g, bl] = [a, b, c].map((v) => read(v, 1));
      const lin = space.toLowerCase() === 'srgb-linear' ? (v: number) => Math.min(Math.max(v, 0), 1) : linear;
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
    }
    case 'oklab':
    case 'oklch':
      return Math.min(Math.max(read(a, 1), 0), 1) ** 3;
    default: {
      // lab() and lch(): CIE lightness 0–100.
      const l = Math.min(Math.max(read(a, 100), 0), 100);
      // Stryker disable next-line EqualityOperator: the two formulas meet at 8, so either side may take it.
      return l > 8 ? ((l + 16) / 116) ** 3 : l / 903.3;
    }
  }
}

/**
 * The tint a mention needs from its own text colour: light text sits on a dark ground (a black
 * navigation bar on a white page), dark text on a light one (a white card on a dark page).
 * Undefined for mid-grey or faint text, which says too little; the page's tone decides then.
 */
export function toneForText(colour: string): Tone | undefined {
  const l = luminance(colour);
  if (l === undefined) return undefined;
  if (l >= 0.5) return 'dark';
  if (l <= 0.2) return 'light';
  return undefined;
}
