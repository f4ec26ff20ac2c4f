/**
 * Turns whatever a handler threw into a failure that can cross the message boundary, with a
 * message that tells the user what happened and what to do.
 */
import { AssayError, fail, type Result } from './result.ts';

/** What the user reads when the disk is full: what happened and what to do. */
export const QUOTA_MESSAGE =
  "The browser's storage for Assay is full, so nothing was saved. Free some disk space, or export " +
  'a backup and delete old clippings, then try again.';

/** Names of the DOMExceptions IndexedDB raises. */
const STORAGE_ERROR_NAMES = new Set([
  'AbortError',
  'ConstraintError',
  'DataCloneError',
  'DataError',
  'InvalidAccessError',
  'InvalidStateError',
  'NotFoundError',
  'ReadOnlyError',
  'TransactionInactiveError',
  'UnknownError',
  'VersionError',
]);

function nameOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string'
    ? (error as { name: string }).name
    : undefined;
}

function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}

/** True for the error a write gets when the origin is out of quota, in any browser. */
export function isQuotaError(error: unknown): boolean {
  const name = nameOf(error);
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** The failure to answer with for a thrown error. Never includes a stack. */
export function failureFromError(error: unknown): Result<never> {
  if (error instanceof AssayError) return fail(error.code, error.message);
  if (isQuotaError(error)) return fail('quota-exceeded', QUOTA_MESSAGE);
  const name = nameOf(error);
  if (name !== undefined && STORAGE_ERROR_NAMES.has(name)) {
    return fail(
      'storage-error',
      `Assay could not read or write its database (${name}: ${messageOf(error)}). Nothing was changed; try again.`,
    );
  }
  return fail('internal', `Something went wrong inside Assay: ${messageOf(error)}`);
}
