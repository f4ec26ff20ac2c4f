/**
 * The languages Assay speaks, and which one a reader gets. Adding a language: a catalog
 * (`public/_locales/<code>/messages.json`), its code here, and its half of the card labels and
 * the dataset's prose (see the README's "Languages").
 */

/** A language Assay has a catalog for: `en` for `_locales/en`, `zh` for `_locales/zh_CN` (Simplified Chinese). */
export type Lang = 'en' | 'zh';

export const LANGS: readonly Lang[] = ['en', 'zh'];

/** The reader's choice in the options: follow the browser, or one language. */
export type LanguagePreference = 'auto' | Lang;

/** Whose language a card speaks: the reader's (Assay's) or the page's, where Assay speaks it. */
export type CardLanguage = 'assay' | 'page';

/** A language's name in itself, for the language menu. */
export const NATIVE_NAME: Record<Lang, string> = { en: 'English', zh: '简体中文' };

/** The BCP 47 tag a language's text is marked with (`lang` attributes) and formatted in (`Intl`). */
export const LANG_TAG: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

/**
 * The language Assay speaks for a BCP 47 tag (`zh-TW`, `en-GB`, `zh-Hant-HK`…), or undefined when
 * it has none. Every Chinese tag gets Simplified Chinese: the one Chinese Assay has, and readable
 * to far more readers of traditional characters than English would be.
 */
export function langOfTag(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' ? 'zh' : primary === 'en' ? 'en' : undefined;
}

/** The language the reader gets: the choice, or for `auto` the browser's UI language (English when Assay does not speak it). */
export function resolveLanguage(preference: LanguagePreference | undefined, browserLanguage: string): Lang {
  if (preference === 'en' || preference === 'zh') return preference;
  return langOfTag(browserLanguage) ?? 'en';
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh';
}
