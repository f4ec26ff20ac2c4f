/**
 * The toolbar popup's entry: connects the popup to the background and to the tab it is about,
 * and renders it. The tab is looked up while the popup renders; requests to it wait for the id.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup.tsx';
import type { PopupEnv } from '../../components/popup/env.ts';
import { firstPageRequest } from '../../components/popup/useClippings.ts';
import { createClient, createTabClient } from '../../lib/messaging/client.ts';
import { requestPersistence } from '../../lib/store/persist.ts';
import { hasSidePanel, openSidePanel } from '../background/side-panel.ts';
import { targetTabId } from './target-tab.ts';
import { LanguageRoot } from '../../components/i18n/LanguageRoot.tsx';
import { pageLanguage } from '../notes/ui-language.ts';
import '../../components/ui/tokens.css';
import '../../components/popup/popup.css';

const tabId = targetTabId();
// Known long before any click: the side panel must be opened without awaiting anything.
let popupWindow: number | undefined;
void browser.windows.getCurrent().then((w) => (popupWindow = w.id), () => undefined);
const client = createClient((message) => browser.runtime.sendMessage(message));
// First thing: the list is what the popup is waited for, and the background can look it up
// while the popup is being drawn.
const firstPage = firstPageRequest(client);

const env: PopupEnv = {
  client,
  firstPage,
  tab: createTabClient(async (message) => {
    const id = await tabId;
    if (id === null) throw new Error('there is no active tab');
    return browser.tabs.sendMessage(id, message, { frameId: 0 });
  }),
  openUrl: (url) => browser.tabs.create({ url }),
  openOptions: () => browser.runtime.openOptionsPage(),
  // Called straight from the click: the browser opens a side panel only within the reader's gesture.
  openSidePanel: hasSidePanel() ? () => openSidePanel(popupWindow) : undefined,
  openDossier: (entityId) => browser.tabs.create({ url: browser.runtime.getURL(`/dossier.html#${encodeURIComponent(entityId)}`) }),
  close: () => window.close(),
  requestPersistence: () => requestPersistence(),
};

render(
  <LanguageRoot source={pageLanguage(client)}>
    <Popup env={env} iconUrl={browser.runtime.getURL('/icon/icon.svg')} />
  </LanguageRoot>,
  document.getElementById('app')!,
);
