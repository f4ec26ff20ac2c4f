/**
 * What the popup knows about its tab: the page summary from Assay's content script, and whether
 * Assay is on for the page's site, with the switch that changes it.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TabSummary } from '../../lib/messaging/tab-protocol.ts';
import { isSiteEnabled, withSiteEnabled } from '../../lib/settings/site-rules.ts';
import type { Settings } from '../../lib/records/types.ts';
import { siteOf } from '../../lib/records/url.ts';
import type { PopupEnv } from './env.ts';
import { tabAnswer, type TabAnswer } from './tab-answer.ts';
import type { Reporter } from './useStatus.ts';
import { useT } from '../i18n/context.ts';
import { errorText } from '../i18n/errors.ts';

export interface PageSummaryState {
  summary: TabAnswer<TabSummary>;
  /** The page's site as site lists name it ('' until the summary is in). */
  site: string;
  /** Whether Assay runs on this site; null until known. */
  siteOn: boolean | null;
  /** True while a switch change is on its way. */
  switching: boolean;
  setSiteOn(on: boolean): Promise<void>;
}

/**
 * After the switch changes, the content script re-reads the page (or clears it); the summary is
 * asked again at these delays so the counts catch up with it.
 */
const REFRESH_AFTER_SWITCH_MS = [250, 900, 2_000];

export function usePageSummary(env: PopupEnv, reporter: Reporter): PageSummaryState {
  const [summary, setSummary] = useState<TabAnswer<TabSummary>>({ status: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [switching, setSwitching] = useState(false);
  const refreshTimers = useRef<ReturnType<typeof setTimeout>[]>([]);
  const t = useT();

  const loadSummary = useCallback(async () => {
    const answer = tabAnswer(await env.tab.request('tab.summary', {}), t);
    // A failed refresh keeps the summary already shown rather than blanking it.
    setSummary((current) => (answer.status === 'ready' || current.status !== 'ready' ? answer : current));
  }, [env]);

  useEffect(() => {
    void loadSummary();
    void env.client.request('settings.get', {}).then((r) => {
      if (r.ok) setSettings(r.value);
      else reporter.error(errorText(t, r.error));
    });
    return () => refreshTimers.current.forEach(clearTimeout);
  }, [env, loadSummary, reporter]);

  const site = summary.status === 'ready' ? siteOf(summary.value.url) : '';
  const siteOn = settings && site ? isSiteEnabled(settings, site) : summary.status === 'ready' ? summary.value.enabled : null;

  const setSiteOn = useCallback(
    async (on: boolean) => {
      if (!site) return;
      setSwitching(true);
      // Read the settings again first: the options page may have changed the lists since the
      // popup opened, and the switch must not write back an old copy of them.
      const current = await env.client.request('settings.get', {});
      if (!current.ok) {
        setSwitching(false);
        reporter.error(errorText(t, current.error));
        return;
      }
      const siteRules = withSiteEnabled(current.value.siteRules, site, on);
      // Switching a site on means the user wants Assay here, even if it was off everywhere.
      const patch = on && !current.value.enabled ? { siteRules, enabled: true } : { siteRules };
      const updated = await env.client.request('settings.update', patch);
      setSwitching(false);
      if (!updated.ok) {
        setSettings(current.value);
        reporter.error(errorText(t, updated.error));
        return;
      }
      setSettings(updated.value);
      reporter.info(on ? t('popup_site_now_on', { site }) : t('popup_site_now_off', { site }));
      refreshTimers.current.forEach(clearTimeout);
      refreshTimers.current = REFRESH_AFTER_SWITCH_MS.map((ms) => setTimeout(() => void loadSummary(), ms));
    },
    [env, site, reporter, loadSummary, t],
  );

  return { summary, site, siteOn, switching, setSiteOn };
}
