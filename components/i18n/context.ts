/**
 * The reader's language for Preact components: every page (and the popover) puts its translator
 * in this context, and components take their words from it (`useT`). Outside any provider the
 * translator has no catalog and shows each message's key, so a screen that forgot its provider,
 * or a test that did, shows it at once.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { LANG_TAG } from '../../lib/i18n/language.ts';
import { createTranslator, type MessageKey, type Translator } from '../../lib/i18n/translator.ts';

export const I18nContext = createContext<Translator>(createTranslator('en', {}));

/** The translator of the nearest provider. */
export function useT<K extends MessageKey = MessageKey>(): Translator<K> {
  return useContext(I18nContext) as unknown as Translator<K>;
}

/** The `lang` attribute for text in the translator's language. */
export function langTag(t: Pick<Translator, 'lang'>): string {
  return LANG_TAG[t.lang];
}
