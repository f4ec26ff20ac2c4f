/**
 * The options page's entry: wires the page to the browser (the background client, the manifest's
 * version, persistent storage, downloads) and renders it.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsPage } from '../../components/options/OptionsPage.tsx';
import { saveFile } from '../../components/options/download.ts';
import { createClient } from '../../lib/messaging/client.ts';
import { requestPersistence } from '../../lib/store/persist.ts';
import '../../components/ui/tokens.css';
import '../../components/options/options.css';

const client = createClient((message) => browser.runtime.sendMessage(message));

render(
  <OptionsPage
    client={client}
    version={browser.runtime.getManifest().version}
    requestPersistence={() => requestPersistence()}
    saveFile={saveFile}
    iconUrl={browser.runtime.getURL('/icon/icon.svg')}
  />,
  document.getElementById('app')!,
);
