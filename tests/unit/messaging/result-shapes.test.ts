/**
 * What the client accepts as an answer, and what a thrown error becomes: the two ends of every
 * request's failure path.
 */
import { describe, expect, it } from 'vitest';
import { failureFromError, QUOTA_MESSAGE } from '../../../lib/messaging/errors.ts';
import { AssayError, fail, isResult } from '../../../lib/messaging/result.ts';

describe('isResult', () => {
  it('takes a success with a value (any value) and a failure with a known code and a message', () => {
    expect(isResult({ ok: true, value: null })).toBe(true);
    expect(isResult({ ok: true, value: undefined })).toBe(true);
    expect(isResult(fail('not-found', 'gone'))).toBe(true);
    expect(isResult({ ok: false, error: { code: 'internal', message: '' } })).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'ok'],
    ['a success without a value', { ok: true }],
    ['no ok', { value: 1 }],
    ['ok that is not a boolean', { ok: 'false', error: { code: 'internal', message: 'x' } }],
    ['a failure without an error', { ok: false }],
    ['a failure whose error is null', { ok: false, error: null }],
    ['a failure whose error is text', { ok: false, error: 'internal' }],
    ['an unknown code', { ok: false, error: { code: 'teapot', message: 'x' } }],
    ['a code that is not text', { ok: false, error: { code: 404, message: 'x' } }],
    ['no message', { ok: false, error: { code: 'internal' } }],
    ['a message that is not text', { ok: false, error: { code: 'internal', message: { text: 'x' } } }],
  ])('turns down %s', (_, value) => {
    expect(isResult(value)).toBe(false);
  });
});

describe('failureFromError', () => {
  it("passes Assay's own errors on as they are", () => {
    // Named, so a log line says whose error it was.
    expect(new AssayError('conflict', 'Edited elsewhere.').name).toBe('AssayError');
    expect(failureFromError(new AssayError('conflict', 'Edited elsewhere.'))).toEqual(fail('conflict', 'Edited elsewhere.'));
  });

  it('says "quota-exceeded" for either browser\'s quota error, with the reader\'s message', () => {
    for (const name of ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']) {
      expect(failureFromError({ name, message: 'raw' })).toEqual(fail('quota-exceeded', QUOTA_MESSAGE));
    }
  });

  it("names a database error and its message, and anything else as Assay's own failure", () => {
    expect(failureFromError({ name: 'TransactionInactiveError', message: 'too late' })).toEqual(
      fail('storage-error', 'Assay could not read or write its database (TransactionInactiveError: too late). Nothing was changed; try again.'),
    );
    expect(failureFromError(new TypeError('x is undefined'))).toEqual(fail('internal', 'Something went wrong inside Assay: x is undefined'));
    // Not an object, or an object whose name or message is not text: described, never trusted.
    expect(failureFromError('plain text')).toEqual(fail('internal', 'Something went wrong inside Assay: plain text'));
    expect(failureFromError(null)).toEqual(fail('internal', 'Something went wrong inside Assay: null'));
    expect(failureFromError(undefined)).toEqual(fail('internal', 'Something went wrong inside Assay: undefined'));
    expect(failureFromError({ name: 42, message: 7 })).toEqual(fail('internal', 'Something went wrong inside Assay: [object Object]'));
    expect(failureFromError({ name: 'DataError', message: 7 })).toMatchObject({ ok: false, error: { code: 'storage-error', message: expect.stringContaining('(DataError: [object Object])') } });
  });
});
