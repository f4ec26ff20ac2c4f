import { describe, expect, it } from 'vitest';
import { requestPersistence } from '../../../lib/store/persist.ts';

describe('requestPersistence', () => {
  it('reports storage that is already persistent without asking again', async () => {
    let asked = false;
    const outcome = await requestPersistence({
      persisted: async () => true,
      persist: async () => {
        asked = true;
        return true;
      },
    });
    expect(outcome).toEqual({ status: 'already-persisted', persisted: true });
    expect(asked).toBe(false);
  });

  it('asks and reports the answer', async () => {
    expect(await requestPersistence({ persisted: async () => false, persist: async () => true })).toEqual({
      status: 'granted',
      persisted: true,
    });
    expect(await requestPersistence({ persisted: async () => false, persist: async () => false })).toEqual({
      status: 'denied',
      persisted: false,
    });
  });

  it('says so where persist() does not exist (service workers, node)', async () => {
    expect(await requestPersistence({ persisted: async () => false })).toEqual({ status: 'unsupported', persisted: false });
    expect(await requestPersistence(undefined)).toEqual({ status: 'unsupported', persisted: null });
  });

  it('never throws', async () => {
    const outcome = await requestPersistence({
      persisted: async () => false,
      persist: async () => {
        throw new Error('denied by policy');
      },
    });
    expect(outcome).toEqual({ status: 'error', persisted: null, message: 'denied by policy' });
  });
});
