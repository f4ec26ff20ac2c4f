/**
 * The MV3 service worker may be stopped at any moment. A save it was in the middle of must be
 * retried by the popup's client and stored exactly once; a save it had acknowledged must still
 * be there when it starts again. The worker is stopped the way Chromium stops idle workers,
 * through the DevTools protocol (`ServiceWorker.stopAllWorkers`), not by reloading the extension.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { currentWorker, openPopup, openRead, saveDraft, selectPhrase, statusText, storedClippings } from './popup-helpers.ts';

interface WorkerWatch {
  session: CDPSession;
  /** Every running status the extension's worker went through, in order. */
  statuses: string[];
  stop(): Promise<void>;
}

/** Watches the extension's service worker from an extension page, and stops it on demand. */
async function watchWorker(h: Harness, page: Page): Promise<WorkerWatch> {
  const session = await h.context.newCDPSession(page);
  const statuses: string[] = [];
  session.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions) {
      if (version.scriptURL.startsWith(`chrome-extension://${h.extensionId}/`)) statuses.push(version.runningStatus);
    }
  });
  await session.send('ServiceWorker.enable');
  return {
    session,
    statuses,
    async stop() {
      const from = statuses.length;
      await session.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => statuses.slice(from), { timeout: 10_000 }).toContain('stopped');
    },
  };
}

describe('clippings when the service worker is stopped', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('retries a save that the stopped worker had not finished, and stores it exactly once', async () => {
    const phrase = 'Samarium heads that list.';
    const page = await openRead(h, 'sample/index.html');
    await selectPhrase(page, phrase);
    const popup = await openPopup(h, page);
    await popup.locator('.draft').waitFor();
    const worker = await watchWorker(h, popup);

    // Hold the clippings store in the worker, so that the save waits in the store's queue: it
    // has arrived and is being handled, but cannot commit before the worker is stopped. The
    // worker also counts the write transactions it opens on the store, to tell when it has.
    await currentWorker(h).evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const opening = indexedDB.open('assay');
          opening.onerror = () => reject(opening.error);
          opening.onsuccess = () => {
            const store = opening.result.transaction('clippings', 'readwrite').objectStore('clippings');
            const keepBusy = () => {
              store.count().onsuccess = keepBusy;
            };
            keepBusy();
            const scope = self as unknown as { clippingWrites: number };
            scope.clippingWrites = 0;
            const open = IDBDatabase.prototype.transaction;
            IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
              if (args[1] === 'readwrite' && Array.from(typeof args[0] === 'string' ? [args[0]] : args[0]).includes('clippings')) scope.clippingWrites++;
              return open.apply(this, args);
            } as IDBDatabase['transaction'];
            resolve();
          };
        }),
    );
    await popup.getByRole('button', { name: 'Save clipping' }).click();
    await expect.poll(() => currentWorker(h).evaluate(() => (self as unknown as { clippingWrites: number }).clippingWrites)).toBe(1);
    expect(await popup.locator('.draft button[type="submit"]').textContent()).toBe('Saving…');
    const stoppedAt = Date.now();
    await worker.stop();

    // The client's retry wakes a new worker, which stores the clipping.
    await expect.poll(() => statusText(popup), { timeout: 20_000 }).toContain('Saved');
    const from = worker.statuses.lastIndexOf('stopped');
    expect(worker.statuses.slice(from)).toEqual(expect.arrayContaining(['starting', 'running']));
    const stored = (await storedClippings(popup)).filter((c) => c.quote === phrase);
    expect(stored).toHaveLength(1);
    // It was written after the stop, so by a retry: the first attempt died with the worker.
    expect(stored[0].createdAt).toBeGreaterThanOrEqual(stoppedAt);
    expect(await popup.locator('.clip-quote').first().textContent()).toBe(phrase);
    h.assertClean();
  });

  it('keeps a write the worker acknowledged before it was stopped', async () => {
    const phrase = 'The squeeze has been building for more than two years.';
    const page = await openRead(h, 'sample/index.html');
    await selectPhrase(page, phrase);
    const popup = await openPopup(h, page);
    await saveDraft(popup, { note: 'Acknowledged, then the worker stopped.', tags: 'durability' });
    const worker = await watchWorker(h, popup);
    await worker.stop();

    // A new worker (started by this request, or already by the popup's own) reads it from disk.
    const [stored] = (await storedClippings(popup)).filter((c) => c.quote === phrase);
    await expect.poll(() => worker.statuses.slice(worker.statuses.lastIndexOf('stopped'))).toContain('running');
    expect(stored).toMatchObject({ note: 'Acknowledged, then the worker stopped.', tags: ['durability'] });
    await popup.close();

    // And a popup opened afterwards lists it first.
    const later = await openPopup(h, page);
    await expect.poll(() => later.locator('.clip-quote').first().textContent()).toBe(phrase);
    h.assertClean();
  });
});
