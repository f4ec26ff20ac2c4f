/**
 * What went wrong, for the reader. The background and the stores say it in English, with the
 * detail that lets a reader act (which field, which file, what the browser said). In English that
 * message is shown as it is; in another language the error's code says what happened in that
 * language, and the English detail follows where it tells more than the code.
 */
import type { ErrorCode } from '../../lib/messaging/result.ts';
import type { PlainKey, Translator } from '../../lib/i18n/translator.ts';

/** Codes of the messaging layer, and the options page's unreadable file. */
export type ShownErrorCode = ErrorCode | 'unreadable';

const SUMMARY: Record<ShownErrorCode, PlainKey> = {
  'invalid-request': 'error_invalid_request',
  'unknown-request': 'error_unknown_request',
  forbidden: 'error_forbidden',
  'not-found': 'error_not_found',
  conflict: 'error_conflict',
  'quota-exceeded': 'error_quota_exceeded',
  'storage-error': 'error_storage_error',
  'database-blocked': 'error_database_blocked',
  'invalid-backup': 'error_invalid_backup',
  unavailable: 'error_unavailable',
  internal: 'error_internal',
  unreadable: 'error_unreadable',
};

/** Codes whose message holds a detail the code does not (which field, which record, what failed). */
const DETAILED = new Set<ShownErrorCode>(['invalid-request', 'invalid-backup', 'storage-error', 'internal', 'unreadable']);

export function errorText(t: Translator, error: { code: string; message: string }): string {
  if (t.lang === 'en') return error.message;
  const key = SUMMARY[error.code as ShownErrorCode];
  if (!key) return error.message;
  return DETAILED.has(error.code as ShownErrorCode) ? t('error_with_detail', { summary: t(key), detail: error.message }) : t(key);
}
