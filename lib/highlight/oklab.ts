/**
 * Colours compared by eye: a hex colour read as sRGB and taken to OKLab (Björn Ottosson, 2020),
 * where the distance between two colours follows how different they look, which RGB distances do
 * not. The palette uses it to map colours chosen before it existed to its nearest hue.
 */

export type Triple = [number, number, number];

/**
 * One hex colour as red, green and blue, 0–255: `#abc`, `#abcd`, `#aabbcc` or `#aabbccdd` (the
 * `#` may be left out; alpha is read past and ignored). Undefined for anything else.
 */
export function hexToRgb(hex: string): Triple | undefined {
  let digits = hex.replace(/^#/, '');
  // The short forms: each digit stands for two of the same.
  if (digits.length === 3 || digits.length === 4) digits = [...digits].map((d) => d + d).join('');
  if (!/^[0-9a-f]{6}(?:[0-9a-f]{2})?$/i.test(digits)) return undefined;
  return [0, 2, 4].map((i) => Number.parseInt(digits.slice(i, i + 2), 16)) as Triple;
}

/** An sRGB byte (0–255) as linear light, 0–1 (the sRGB transfer function undone). */
function linear(byte: number): number {
  const v = byte / 255;
  // Stryker disable next-line EqualityOperator: equivalent: v is a byte over 255 and no byte gives exactly 0.04045 (10 gives 0.0392, 11 gives 0.0431)
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** An sRGB colour (0–255 each) as OKLab: lightness 0–1, then the green–red and blue–yellow axes. */
export function oklab([r, g, b]: Triple): Triple {
  const [lr, lg, lb] = [linear(r), linear(g), linear(b)];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  return [0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s, 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s, 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s];
}
