/**
 * An answer from the content script, sorted for display: a tab without Assay (a browser page,
 * the Web Store, a page opened before Assay was installed) is not an error to show in red, it is
 * a page Assay cannot read.
 */
import type { Result } from '../../lib/messaging/result.ts';

export type TabAnswer<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'unavailable' }
  | { status: 'error'; message: string };

export function tabAnswer<T>(result: Result<T>): TabAnswer<T> {
  if (result.ok) return { status: 'ready', value: result.value };
  if (result.error.code === 'unavailable') return { status: 'unavailable' };
  return { status: 'error', message: result.error.message };
}
