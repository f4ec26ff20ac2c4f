/**
 * An entity's name as a chip or a menu shows it: in Chinese on a Chinese screen where the name is
 * known, in English otherwise (marked as English, so it is read as English); deal phrases the
 * dataset does not know (the id `deal`) named in the reader's language.
 */
import { LANG_TAG } from '../../lib/i18n/language.ts';
import type { Translator } from '../../lib/i18n/translator.ts';

export interface ShownName {
  text: string;
  /** The `lang` of the name. */
  lang: string;
}

export function entityName(t: Translator, entity: { id: string; label: string; labelZh?: string }): ShownName {
  if (entity.id === 'deal') return { text: t('common_deals_in_text'), lang: LANG_TAG[t.lang] };
  if (t.lang === 'zh' && entity.labelZh) return { text: entity.labelZh, lang: LANG_TAG.zh };
  return { text: entity.label, lang: LANG_TAG.en };
}
