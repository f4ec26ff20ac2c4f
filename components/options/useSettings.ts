/**
 * The settings as the options page holds them. Changes show at once (so a switch never snaps
 * back while its request is on the way) and are then replaced by what the background stored;
 * a refused change rolls back to the last stored settings and says why. An answer that a later
 * change has overtaken is not shown: a reload asked for before a change, or the answer to the
 * first of two quick arrow-key steps, would put the control back under the user's hands, and the
 * next step would then be taken from the old value.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../../lib/messaging/client.ts';
import type { Protocol } from '../../lib/messaging/protocol.ts';
import type { SettingsPatch } from '../../lib/records/schemas.ts';
import { mergeSettings } from '../../lib/settings/defaults.ts';
import type { Settings } from '../../lib/records/types.ts';
import type { Reporter } from './status.tsx';
import { useT } from '../i18n/context.ts';
import { errorText } from '../i18n/errors.ts';

/** Changing settings, for the sections that show them once they are loaded. */
export interface SettingsControls {
  settings: Settings;
  /** Shows `patch` without saving it (a colour picker being dragged). */
  preview(patch: SettingsPatch): void;
  /** Saves `patch`; true when the background stored it. */
  update(patch: SettingsPatch): Promise<boolean>;
}

/** The settings as loaded (or why they could not be), with the ways to change them. */
export interface SettingsState extends Omit<SettingsControls, 'settings'> {
  /** Null until the first answer. */
  settings: Settings | null;
  /** Why the settings could not be read, when they could not. */
  loadError: string | null;
  /** Reads the stored settings again (after an import, or when the tab comes back into view). */
  reload(): Promise<void>;
}

export function useSettings(client: Client<Protocol>, reporter: Reporter): SettingsState {
  const t = useT();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // What the background last said it stored: the state to return to when a change is refused.
  const stored = useRef<Settings | null>(null);
  // Counts the changes asked for, so an answer can tell whether a later one has been made since.
  const changes = useRef(0);

  const accept = useCallback((value: Settings) => {
    stored.current = value;
    setSettings(value);
  }, []);

  const reload = useCallback(async () => {
    const asked = changes.current;
    // `{}` rather than nothing: see OptionsPage.tsx on payloads left undefined.
    const result = await client.request('settings.get', {});
    if (result.ok) {
      setLoadError(null);
      if (asked === changes.current) accept(result.value);
    } else {
      setLoadError(errorText(t, result.error));
      reporter.error(errorText(t, result.error));
    }
  }, [client, reporter, accept]);

  const preview = useCallback((patch: SettingsPatch) => {
    setSettings((current) => (current ? mergeSettings(current, patch) : current));
  }, []);

  const update = useCallback(
    async (patch: SettingsPatch) => {
      preview(patch);
      const change = ++changes.current;
      const result = await client.request('settings.update', patch);
      const latest = change === changes.current;
      if (result.ok) {
        if (latest) accept(result.value);
        else stored.current = result.value;
        return true;
      }
      if (latest) setSettings(stored.current);
      reporter.error(errorText(t, result.error));
      return false;
    },
    [client, reporter, preview, accept],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  return { settings, loadError, reload, preview, update };
}
