/**
 * The settings a new user gets, and how a partial change is merged in. Kept apart from the
 * settings store so the content script can use them without pulling in the store or zod.
 */
import type { SettingsPatch } from './schemas.ts';
import type { Settings } from './types.ts';

/** What a new user gets. Colours are highlight backgrounds, readable under black or white text. */
export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  types: { mineral: true, country: true, deal: true },
  colours: {
    mineral: { light: '#fde68a', dark: '#92400e' },
    country: { light: '#bfdbfe', dark: '#1e40af' },
    deal: { light: '#bbf7d0', dark: '#166534' },
  },
  siteRules: { mode: 'all-except', deny: [], allow: [] },
  hoverDelayMs: 400,
};

/**
 * `base` with `patch` applied, each group merged field by field. Also fills settings stored by
 * an older version with the defaults of fields added since (`mergeSettings(DEFAULT_SETTINGS, stored)`).
 */
export function mergeSettings(base: Settings, patch: SettingsPatch): Settings {
  return {
    enabled: patch.enabled ?? base.enabled,
    types: { ...base.types, ...patch.types },
    colours: {
      mineral: { ...base.colours.mineral, ...patch.colours?.mineral },
      country: { ...base.colours.country, ...patch.colours?.country },
      deal: { ...base.colours.deal, ...patch.colours?.deal },
    },
    siteRules: { ...base.siteRules, ...patch.siteRules },
    hoverDelayMs: patch.hoverDelayMs ?? base.hoverDelayMs,
  };
}
