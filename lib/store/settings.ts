/**
 * The user's settings: one row, read by every content script (through the background) and
 * changed only from the extension's own pages.
 */
import { systemClock, type Clock } from './clock.ts';
import type { AssayDb } from './db.ts';
import { SettingsSchema, type SettingsPatch } from './schemas.ts';
import { writeTransaction } from './transaction.ts';
import type { Settings, SettingsRecord } from './types.ts';

const SETTINGS_KEY = 'settings';

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

/** Reads and writes the settings row. */
export class SettingsStore {
  constructor(
    private readonly db: AssayDb,
    private readonly now: Clock = systemClock,
  ) {}

  /** The current settings, defaults filling whatever was never set. */
  async get(): Promise<Settings> {
    const record = await this.db.get('settings', SETTINGS_KEY);
    return record ? mergeSettings(DEFAULT_SETTINGS, record.value) : structuredClone(DEFAULT_SETTINGS);
  }

  /** The stored row with its change time, or undefined if the user never changed anything. */
  async getRecord(): Promise<SettingsRecord | undefined> {
    return this.db.get('settings', SETTINGS_KEY);
  }

  /** Applies `patch` and returns the settings as stored. */
  async update(patch: SettingsPatch): Promise<Settings> {
    return writeTransaction(this.db, ['settings'], async (tx) => {
      const store = tx.objectStore('settings');
      const record = await store.get(SETTINGS_KEY);
      const current = record ? mergeSettings(DEFAULT_SETTINGS, record.value) : DEFAULT_SETTINGS;
      // Validated again as a whole: a patch can only be checked field by field.
      const value = SettingsSchema.parse(mergeSettings(current, patch));
      const updatedAt = Math.max(this.now(), record?.updatedAt ?? 0);
      await store.put({ key: SETTINGS_KEY, value, updatedAt });
      return value;
    });
  }
}
