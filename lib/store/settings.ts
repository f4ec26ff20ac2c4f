/**
 * The user's settings: one row, read by every content script (through the background) and
 * changed only from the extension's own pages.
 */
import { systemClock, type Clock } from './clock.ts';
import type { AssayDb } from './db.ts';
import { SettingsSchema, type SettingsPatch } from '../records/schemas.ts';
import { writeTransaction } from './transaction.ts';
import { DEFAULT_SETTINGS, mergeSettings } from '../settings/defaults.ts';
import type { Settings, SettingsRecord } from '../records/types.ts';

const SETTINGS_KEY = 'settings';

export { DEFAULT_SETTINGS, mergeSettings } from '../settings/defaults.ts';

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
