/**
 * Opening the database when something holds it up: an older connection that never closes blocks
 * the upgrade (fake-indexeddb, like browsers, makes the upgrade wait for it), and an open that
 * never answers. Requests fail with a clear error instead of hanging, and work again once the
 * obstacle is gone.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { DATABASE_BLOCKED_MESSAGE, lazyDb } from '../../../lib/background/db-connection.ts';
import { createStoreHandlers } from '../../../lib/background/handlers.ts';
import { createRequestHandler } from '../../../lib/messaging/server.ts';
import { envelope } from '../../../lib/messaging/envelope.ts';
import { DB_VERSION, openAssayDb, type AssayDb } from '../../../lib/store/db.ts';

const OWN_ID = 'assay-id';
const ORIGIN = 'chrome-extension://assay-id/';

/** A connection at version 1 that, like an old copy of the code, ignores requests to close. */
async function holdOldVersion(factory: IDBFactory): Promise<IDBDatabase> {
  (await openAssayDb(factory, 'assay', { version: 1 })).close();
  return new Promise((resolve, reject) => {
    const request = factory.open('assay', 1);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('opening the database', () => {
  it('fails with database-blocked while an old connection blocks the upgrade, and opens once it closes', async () => {
    expect(DB_VERSION).toBeGreaterThan(1);
    const factory = new IDBFactory();
    const old = await holdOldVersion(factory);
    const opened: AssayDb[] = [];
    const blocked = vi.fn();
    const getDb = lazyDb(
      async (onClosed, onBlocked) => {
        const db = await openAssayDb(factory, 'assay', {
          onClosed,
          onBlocked: () => {
            blocked();
            onBlocked();
          },
        });
        opened.push(db);
        return db;
      },
      { blockedMs: 50, timeoutMs: 5_000 },
    );
    const handle = createRequestHandler(createStoreHandlers(getDb), { ownId: OWN_ID, extensionOrigin: ORIGIN });

    const started = Date.now();
    const answer = await handle(envelope('storage.info', {}), { id: OWN_ID, url: `${ORIGIN}options.html` });
    expect(answer).toEqual({ ok: false, error: { code: 'database-blocked', message: DATABASE_BLOCKED_MESSAGE } });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(blocked).toHaveBeenCalled();

    old.close();
    // The first open now completes after it was given up: that connection is closed at once, and
    // the next request opens the database afresh.
    await vi.waitFor(() => expect(opened).toHaveLength(1));
    expect(() => opened[0]!.transaction('notes')).toThrow(/closed|InvalidState/i);
    expect(await handle(envelope('storage.info', {}), { id: OWN_ID, url: `${ORIGIN}options.html` })).toMatchObject({
      ok: true,
      value: { notes: 0, clippings: 0 },
    });
    expect(opened).toHaveLength(2);
    expect(opened[1]!.version).toBe(DB_VERSION);
  });

  it('closes a connection that opens after its request was given up', async () => {
    let finish: (db: AssayDb) => void = () => {};
    const late = { close: vi.fn() } as unknown as AssayDb;
    const getDb = lazyDb(
      (_onClosed, onBlocked) => {
        onBlocked();
        return new Promise<AssayDb>((resolve) => {
          finish = resolve;
        });
      },
      { blockedMs: 10 },
    );
    await expect(getDb()).rejects.toMatchObject({ code: 'database-blocked' });
    finish(late);
    await vi.waitFor(() => expect(late.close).toHaveBeenCalledTimes(1));
  });

  it('gives up on an open that never answers, and tries again on the next request', async () => {
    let attempts = 0;
    const getDb = lazyDb(
      () => {
        attempts += 1;
        return attempts === 1 ? new Promise<AssayDb>(() => {}) : openAssayDb(new IDBFactory(), 'assay');
      },
      { timeoutMs: 50 },
    );
    await expect(getDb()).rejects.toMatchObject({ code: 'storage-error', message: expect.stringContaining('did not open within') });
    expect((await getDb()).version).toBe(DB_VERSION);
    expect(attempts).toBe(2);
  });

  it('says how long it waited, in seconds, with the default deadline', async () => {
    vi.useFakeTimers();
    try {
      const getDb = lazyDb(() => new Promise<AssayDb>(() => {}));
      const failed = expect(getDb()).rejects.toEqual(
        expect.objectContaining({
          code: 'storage-error',
          message: "Assay's database did not open within 20 seconds. Nothing was changed; try again, or restart the browser.",
        }),
      );
      await vi.advanceTimersByTimeAsync(19_999);
      await vi.advanceTimersByTimeAsync(1);
      await failed;
    } finally {
      vi.useRealTimers();
    }
  });

  it('opens again after the browser closed the connection, and a late close of an old one drops nothing', async () => {
    const closers: (() => void)[] = [];
    let opens = 0;
    const getDb = lazyDb(async (onClosed) => {
      opens += 1;
      closers.push(onClosed);
      return { version: opens } as unknown as AssayDb;
    });
    expect((await getDb()).version).toBe(1);
    expect((await getDb()).version).toBe(1);
    closers[0]!();
    expect((await getDb()).version).toBe(2);
    // The first connection's close again (a stale event): the second stays in use.
    closers[0]!();
    expect((await getDb()).version).toBe(2);
    expect(opens).toBe(2);
  });
});
