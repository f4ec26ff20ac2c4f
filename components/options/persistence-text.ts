/**
 * What the browser's answer about persistent storage means for the user.
 */
import type { PersistenceOutcome } from '../../lib/store/persist.ts';
import type { Translator } from '../../lib/i18n/translator.ts';

export interface PersistenceText {
  protectedNow: boolean;
  title: string;
  detail: string;
}

export function persistenceText(outcome: PersistenceOutcome, t: Translator): PersistenceText {
  switch (outcome.status) {
    case 'already-persisted':
      return { protectedNow: true, title: t('options_protected'), detail: t('options_protected_detail') };
    case 'granted':
      return { protectedNow: true, title: t('options_protected'), detail: t('options_protected_now_detail') };
    case 'denied':
      return { protectedNow: false, title: t('options_not_protected'), detail: t('options_not_protected_detail') };
    case 'unsupported':
      return outcome.persisted
        ? { protectedNow: true, title: t('options_protected'), detail: t('options_protected_detail') }
        : { protectedNow: false, title: t('options_protection_unknown'), detail: t('options_protection_unsupported') };
    case 'error':
      return { protectedNow: false, title: t('options_protection_unknown'), detail: t('options_protection_error', { error: outcome.message }) };
  }
}
