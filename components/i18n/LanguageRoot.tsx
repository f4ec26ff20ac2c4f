/**
 * The root of an extension page's language: draws the page in the reader's language, switches it
 * the moment the reader chooses another (the options page, anywhere), and keeps the document's
 * `lang` and title in step. Where the language comes from is the page's business (`source`), so
 * the same root runs in the browser and in tests.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { translatorFor } from '../../lib/i18n/catalogs.ts';
import { LANG_TAG, type Lang } from '../../lib/i18n/language.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { I18nContext } from './context.ts';

export interface LanguageSource {
  /** The language to draw first in, at once: the last one this device knew, else the browser's. */
  initial(): Lang;
  /** Calls back with the reader's language from the settings, and again whenever it changes; returns the unsubscribe. */
  follow(onLanguage: (lang: Lang) => void): () => void;
}

interface Props {
  source: LanguageSource;
  /** The document's title in the language, when the page has one of its own. */
  title?: (t: Translator) => string;
  children: ComponentChildren;
}

export function LanguageRoot({ source, title, children }: Props) {
  const [lang, setLang] = useState<Lang>(() => source.initial());
  useEffect(() => source.follow(setLang), [source]);
  const t = translatorFor(lang);
  // Before the first paint: the page's HTML says `en`, and a screen reader (or a test) reading the
  // Chinese page a frame later must not hear it as English.
  useLayoutEffect(() => {
    document.documentElement.lang = LANG_TAG[lang];
    if (title) document.title = title(t);
  });
  return <I18nContext.Provider value={t}>{children}</I18nContext.Provider>;
}
