/**
 * What every request across the extension's message boundary answers with.
 *
 * Thrown `Error`s do not survive structured cloning between the content script, the popup and
 * the background (they arrive as `{}` or not at all), so failures travel as data: an explicit
 * `{ ok: false, error }` with a code the caller can branch on and a message a user can read.
 */

/** Why a request failed. Callers branch on the code; the message is for people. */
export type ErrorCode =
  /** The payload failed validation (wrong shape, too long, bad URL...). */
  | 'invalid-request'
  /** No request of that name exists. */
  | 'unknown-request'
  /** The sender is not this extension, or this kind of sender may not make this request. */
  | 'forbidden'
  /** The record asked for does not exist. */
  | 'not-found'
  /** The record changed elsewhere since the sender read it; nothing was written. */
  | 'conflict'
  /** The browser refused the write because the storage is full; nothing was written. */
  | 'quota-exceeded'
  /** IndexedDB failed for another reason; the transaction was rolled back. */
  | 'storage-error'
  /** The database cannot be opened while another connection (an older Assay) holds it at an older version. */
  | 'database-blocked'
  /** A backup file could not be read or failed validation; nothing was written. */
  | 'invalid-backup'
  /** The other side could not be reached (service worker stopped, tab closed...). */
  | 'unavailable'
  /** A bug: something threw that nobody expected. */
  | 'internal';

/** A failure that can cross the message boundary. */
export interface ResultError {
  code: ErrorCode;
  message: string;
}

/** The answer to every request: a value, or an error as data. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ResultError };

/** A successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed result. */
export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/**
 * An error that already knows which code it maps to. Stores and the backup parser throw it, and
 * the request handler turns it into a `fail(code, message)` unchanged, so its message must be
 * fit for a user to read.
 */
export class AssayError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AssayError';
  }
}

const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'invalid-request',
  'unknown-request',
  'forbidden',
  'not-found',
  'conflict',
  'quota-exceeded',
  'storage-error',
  'database-blocked',
  'invalid-backup',
  'unavailable',
  'internal',
]);

/** True when `value` has the shape of a `Result` (used by the client on whatever came back). */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (candidate.ok === true) return 'value' in candidate;
  if (candidate.ok !== false || typeof candidate.error !== 'object' || candidate.error === null) return false;
  return (
    typeof candidate.error.code === 'string' &&
    ERROR_CODES.has(candidate.error.code) &&
    typeof candidate.error.message === 'string'
  );
}
