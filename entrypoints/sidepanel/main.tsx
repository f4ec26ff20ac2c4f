/**
 * The side panel's entry (Chromium's side panel and Firefox's sidebar load the same page): it
 * follows the active tab of its own window. Opened as an ordinary tab with `?tab=<id>` (the e2e
 * tests, as for the popup), it starts on that tab and never takes itself for the page.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { saveFile } from '../../components/options/download.ts';
import { SidePanel } from '../../components/sidepanel/SidePanel.tsx';
import type { SidePanelEnv } from '../../components/sidepanel/env.ts';
import { createClient, createTabClient } from '../../lib/messaging/client.ts';
import { readPageEvent } from '../../lib/messaging/events.ts';
import { onNotesChanged } from '../notes/notes-events.ts';
import { tabIdFromQuery } from '../popup/tab-query.ts';
import { pageLanguage } from '../notes/ui-language.ts';
import { LanguageRoot } from '../../components/i18n/LanguageRoot.tsx';
import '../../components/ui/tokens.css';
import '../../components/popup/popup.css';
import '../../components/popover/popover.css';
import '../../components/notes/notes.css';
import '../../components/dossier/dossier.css';
import '../../components/sidepanel/sidepanel.css';

const client = createClient((message) => browser.runtime.sendMessage(message));
const windowId = browser.windows.getCurrent().then((w) => w.id, () => undefined);
const ownTab = browser.tabs.getCurrent().then((t) => t?.id, () => undefined);
let startTab = tabIdFromQuery(location.search);

const env: SidePanelEnv = {
  client,
  tab: (tabId) => createTabClient((message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 })),
  async activeTab() {
    if (startTab !== undefined) return startTab;
    const [tab] = await browser.tabs.query({ active: true, windowId: await windowId });
    return tab?.id ?? null;
  },
  onTabEvent(callback) {
    const activated = async ({ tabId, windowId: where }: { tabId: number; windowId: number }) => {
      if (where !== (await windowId) || tabId === (await ownTab)) return;
      performance.mark('assay-panel:activated', { detail: { tabId } });
      startTab = undefined;
      callback({ kind: 'activated', tabId });
    };
    const updated = (tabId: number, change: { status?: string }) => {
      if (change.status === 'complete') callback({ kind: 'updated', tabId });
    };
    // The content script counted the page's mentions again (the page changed, or loaded).
    const changed = (message: unknown, sender: { id?: string; tab?: unknown }) => {
      if (sender.id !== browser.runtime.id || sender.tab !== undefined) return;
      const event = readPageEvent(message);
      if (event) callback({ kind: 'updated', tabId: event.tabId });
    };
    browser.tabs.onActivated.addListener(activated);
    browser.tabs.onUpdated.addListener(updated);
    browser.runtime.onMessage.addListener(changed);
    return () => {
      browser.tabs.onActivated.removeListener(activated);
      browser.tabs.onUpdated.removeListener(updated);
      browser.runtime.onMessage.removeListener(changed);
    };
  },
  openUrl: (url) => browser.tabs.create({ url }),
  onNotesChanged,
  saveFile,
};

render(
  <LanguageRoot source={pageLanguage(client)} title={(t) => t('panel_title')}>
    <SidePanel env={env} />
  </LanguageRoot>,
  document.getElementById('app')!,
);
