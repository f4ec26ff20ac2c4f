/**
 * An answer from the content script, sorted for display: a tab without Assay (a browser page,
 * the Web Store, a page opened before Assay was installed) is not an error to show in red, it is
 * a page Assay cannot read.
 */
import type { Result } from '../../lib/messaging/result.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { errorText } from '../i18n/errors.ts';

export type TabAnswer<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'unavailable' }
  | { status: 'error'; message: string };

/** `t`: the reader's translator, for the message of an error. */
export function tabAnswer<T>(result: Result<T>, t?: Translator): TabAnswer<T> {
  if (result.ok) return { status: 'ready', value: result.value };
  if (result.error.code === 'unavailable') return { status: 'unavailable' };
  return { status: 'error', message: t ? errorText(t, result.error) : result.error.message };
}
