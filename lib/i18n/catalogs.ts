/**
 * Both catalogs, for the extension's own pages and the background. The content script does not
 * import this (it would carry every message of both languages on every web page): it asks the
 * background for the popover's few messages (`popover.strings`).
 */
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import type { Lang } from './language.ts';
import type { Catalog } from './message-format.ts';
import { POPOVER_PREFIX } from './popover.ts';
import { createTranslator, type Translator } from './translator.ts';

export const CATALOGS: Record<Lang, Catalog> = { en, zh };

/** The folder of a language's catalog under `_locales`. */
export const LOCALE_DIR: Record<Lang, string> = { en: 'en', zh: 'zh_CN' };

const translators = new Map<Lang, Translator>();

/** The translator for `lang`, English filling any gap (made once per language). */
export function translatorFor(lang: Lang): Translator {
  let t = translators.get(lang);
  // Stryker disable next-line ConditionalExpression: performance only: a translator made anew over the same catalogs says the same
  if (!t) {
    // English over itself is no gap filled, only a second look that finds the same.
    t = createTranslator(lang, CATALOGS[lang], CATALOGS.en);
    translators.set(lang, t);
  }
  return t;
}

/** The messages the popover shows (`popover_…`), in `lang`, for the content script. */
export function popoverCatalog(lang: Lang): Catalog {
  return Object.fromEntries(Object.entries(CATALOGS[lang]).filter(([key]) => key.startsWith(POPOVER_PREFIX)));
}
