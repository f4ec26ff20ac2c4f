/**
 * Settings and backups written before the highlight palette held hex colours
 * (`{ light: '#fde68a', dark: '#92400e' }`); they are read as the nearest hues of the palette.
 * Pure data in, data out: used by the database migration and by backup import.
 */
import { isHue, nearestHue, type Hue } from '../highlight/palette.ts';
import { DEFAULT_SETTINGS } from './defaults.ts';

const TYPES = ['mineral', 'country', 'deal'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function hueFrom(value: unknown, dark: boolean, fallback: Hue): unknown {
  if (isHue(value) || typeof value !== 'string' || !value.startsWith('#')) return value;
  return nearestHue(value, dark, fallback);
}

/**
 * `settings` with every hex colour replaced by the nearest palette hue. Anything else is left as
 * it was, for the schema to judge: this only translates, it never repairs.
 */
export function upgradeLegacyColours(settings: unknown): unknown {
  if (!isObject(settings) || !isObject(settings.colours)) return settings;
  const colours: Record<string, unknown> = { ...settings.colours };
  for (const type of TYPES) {
    const pair = colours[type];
    if (!isObject(pair)) continue;
    const defaults = DEFAULT_SETTINGS.colours[type];
    colours[type] = { ...pair, light: hueFrom(pair.light, false, defaults.light), dark: hueFrom(pair.dark, true, defaults.dark) };
  }
  return { ...settings, colours };
}
