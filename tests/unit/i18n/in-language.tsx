/** Renders a component the way a page does: inside a provider with the reader's translator. */
import type { ComponentChildren } from 'preact';
import { I18nContext } from '../../../components/i18n/context.ts';
import { translatorFor } from '../../../lib/i18n/catalogs.ts';
import type { Lang } from '../../../lib/i18n/language.ts';

export function InLanguage({ lang = 'en', children }: { lang?: Lang; children: ComponentChildren }) {
  return <I18nContext.Provider value={translatorFor(lang)}>{children}</I18nContext.Provider>;
}
