/**
 * The reader's language for an extension page: drawn first in the language this device last
 * knew (kept in the extension's own localStorage, which no web page can read), so a page opens in
 * the right language without waiting for the background; then the settings' answer, and every
 * change the background announces (lib/messaging/events.ts).
 */
import { browser } from 'wxt/browser';
import type { LanguageSource } from '../../components/i18n/LanguageRoot.tsx';
import { isLang, resolveLanguage, type Lang } from '../../lib/i18n/language.ts';
import type { Client } from '../../lib/messaging/client.ts';
import { readSettingsEvent } from '../../lib/messaging/events.ts';
import type { Protocol } from '../../lib/messaging/protocol.ts';

const REMEMBERED = 'assay.language';

function remembered(): Lang | undefined {
  try {
    const value = localStorage.getItem(REMEMBERED);
    return isLang(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Kept for the next page to open in. Not from a frame (the notes panel in a web page): its storage
 * would be partitioned under the news site, a trace of where the reader read.
 */
function remember(lang: Lang): void {
  if (window.top !== window) return;
  try {
    localStorage.setItem(REMEMBERED, lang);
  } catch {
    // Storage refused (a full disk): the next page starts from the browser's language.
  }
}

/** Listens for the background's settings announcements; returns the unsubscribe. */
export function onLanguageChanged(callback: (lang: Lang) => void): () => void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab !== undefined) return;
    const event = readSettingsEvent(message);
    if (event) {
      remember(event.language);
      callback(event.language);
    }
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * The language source of a page that may read the settings. `known`: a language the page has
 * already been told (the notes panel's session), read instead of the settings.
 */
export function pageLanguage(client: Client<Protocol> | null, known?: Lang): LanguageSource {
  const browserLanguage = () => browser.i18n.getUILanguage();
  return {
    initial: () => known ?? remembered() ?? resolveLanguage('auto', browserLanguage()),
    follow(onLanguage) {
      let live = true;
      if (client) {
        void client.request('settings.get', {}).then((r) => {
          if (!live || !r.ok) return;
          const lang = resolveLanguage(r.value.language, browserLanguage());
          remember(lang);
          onLanguage(lang);
        });
      }
      const stop = onLanguageChanged(onLanguage);
      return () => {
        live = false;
        stop();
      };
    },
  };
}
