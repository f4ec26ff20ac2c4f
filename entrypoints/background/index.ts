/**
 * The background service worker: the one owner of the user's data (IndexedDB in the extension's
 * origin) and of the dataset's facts. Everything arrives through the typed protocol, validated at
 * the door; this file only wires the handlers to the browser.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createStoreHandlers } from '../../lib/background/handlers.ts';
import { lazyDb } from '../../lib/background/db-connection.ts';
import { createBrowserHandlers } from './browser-handlers.ts';
import { isAssayMessage } from '../../lib/messaging/envelope.ts';
import { createRequestHandler } from '../../lib/messaging/server.ts';
import { openAssayDb } from '../../lib/store/db.ts';
import { notesChanged, settingsChanged } from '../../lib/messaging/events.ts';
import { resolveLanguage } from '../../lib/i18n/language.ts';
import { SettingsStore } from '../../lib/store/settings.ts';
import { GrantStore } from '../../lib/store/grants.ts';
import { entityLabel } from './browser-handlers.ts';
import { openSidePanel } from './side-panel.ts';
import { announce, broadcastSettingsChanged, relayCommand } from './tabs.ts';

/** The extension pages web pages can frame: they must present a grant (see lib/store/grants.ts). */
const FRAMED_PAGES = ['/notes.html'];

export default defineBackground(() => {
  // A stopped worker must not lose an error silently: it goes to the console, where the e2e
  // harness (and a developer) sees it.
  self.addEventListener('unhandledrejection', (event) => console.error('[assay] unhandled rejection in the background:', event.reason));

  const getDb = lazyDb((onClosed, onBlocked) => openAssayDb(indexedDB, 'assay', { onClosed, onBlocked }));
  const browserLanguage = () => browser.i18n.getUILanguage();
  /** The language the reader reads Assay in, from the settings (`auto`: the browser's). */
  const readerLanguage = async () => resolveLanguage((await new SettingsStore(await getDb()).get()).language, browserLanguage());
  const handle = createRequestHandler(
    {
      ...createStoreHandlers(getDb, {
        estimate: () => navigator.storage.estimate(),
        persisted: () => navigator.storage.persisted(),
        onSettingsChanged: (settings) => {
          void broadcastSettingsChanged();
          void announce(settingsChanged(resolveLanguage(settings.language, browserLanguage())));
        },
        onNotesChanged: (entityId) => void announce(notesChanged(entityId)),
        labelOf: entityLabel,
        browserLanguage,
      }),
      ...createBrowserHandlers({ readerLanguage }),
    },
    {
      ownId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      framedPages: FRAMED_PAGES,
      onError: (error, name) => console.warn(`[assay] ${name} failed:`, error),
    },
  );
  // Registered synchronously, so a request that wakes the worker is not missed.
  browser.runtime.onMessage.addListener((message, sender) => (isAssayMessage(message) ? handle(message, sender) : undefined));
  browser.commands?.onCommand.addListener((command, tab) => {
    // The side panel opens in the command's own task: the browser allows it only there.
    if (command === 'open-side-panel') void openSidePanel(tab?.windowId).catch((error: unknown) => console.warn('[assay] the side panel did not open:', error));
    else void relayCommand(command);
  });
  // A closed tab's notes grants end with it.
  browser.tabs.onRemoved.addListener((tabId) => void getDb().then((db) => new GrantStore(db).endTab(tabId)).catch(() => {}));
});
