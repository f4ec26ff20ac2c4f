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
import { LanguageRoot } from '../../components/i18n/LanguageRoot.tsx';
import { pageLanguage } from '../notes/ui-language.ts';
import '../../components/ui/tokens.css';
import '../../components/options/options.css';

const client = createClient((message) => browser.runtime.sendMessage(message));

render(
  <LanguageRoot source={pageLanguage(client)} title={(t) => t('options_page_title')}>
    <OptionsPage
      client={client}
      version={browser.runtime.getManifest().version}
      requestPersistence={() => requestPersistence()}
      saveFile={saveFile}
      iconUrl={browser.runtime.getURL('/icon/icon.svg')}
      browserLanguage={browser.i18n.getUILanguage()}
    />
  </LanguageRoot>,
  document.getElementById('app')!,
);
