/**
 * The settings a new user gets, and how a partial change is merged in. Kept apart from the
 * settings store so the content script can use them without pulling in the store or zod.
 */
import type { SettingsPatch } from '../records/schemas.ts';
import type { Settings } from '../records/types.ts';

/** What a new user gets: minerals amber, countries blue, deals green, on light and dark pages. */
export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  types: { mineral: true, country: true, deal: true },
  colours: {
    mineral: { light: 'amber', dark: 'amber' },
    country: { light: 'blue', dark: 'blue' },
    deal: { light: 'green', dark: 'green' },
  },
  siteRules: { mode: 'all-except', deny: [], allow: [] },
  hoverDelayMs: 400,
  language: 'auto',
  cardLanguage: 'assay',
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
    language: patch.language ?? base.language,
    cardLanguage: patch.cardLanguage ?? base.cardLanguage,
  };
}
