/**
 * Writes that are all or nothing, and acknowledged only once they are on disk.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { AssayDb, AssaySchema } from './db.ts';
import { noteWrite } from './time-order.ts';

/** A read-write transaction over some of the stores. */
export type WriteTransaction<Names extends StoreNames<AssaySchema>[]> = IDBPTransaction<AssaySchema, Names, 'readwrite'>;

/**
 * Runs `work` in one read-write transaction with strict durability and resolves only after the
 * transaction has committed (`tx.done`), so a resolved write survives the service worker being
 * stopped the next moment. If `work` throws, or a request fails (a full disk gives
 * `QuotaExceededError`), the transaction is aborted: none of its writes happen, and the original
 * error is rethrown.
 */
export async function writeTransaction<Names extends StoreNames<AssaySchema>[], T>(
  db: AssayDb,
  storeNames: Names,
  work: (tx: WriteTransaction<Names>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(storeNames, 'readwrite', { durability: 'strict' });
  const touchesClippings = (storeNames as string[]).includes('clippings');
  // Observed here so an abort never surfaces as an unhandled rejection. The clippings' cached
  // time order is dropped when the transaction ends, committed or not.
  const done = tx.done.then(
    () => ({ committed: true as const }),
    (error: unknown) => ({ committed: false as const, error }),
  );
  if (touchesClippings) void done.then(() => noteWrite(db));
  let result: T;
  try {
    result = await work(tx);
  } catch (error) {
    // Without this, writes made before the failure would still commit when the transaction
    // runs out of requests.
    try {
      tx.abort();
    } catch {
      // The failed request already aborted it.
    }
    await done;
    throw error;
  }
  const outcome = await done;
  if (!outcome.committed) throw outcome.error;
  return result;
}

/**
 * Starts every request at once (IndexedDB queues them in order) and waits for all of them. If
 * starting one throws (a full disk can make `put` throw at once), the requests already started
 * are observed before rethrowing, so the abort that follows does not also surface as unhandled
 * rejections.
 */
export async function runRequests(starters: Iterable<() => Promise<unknown>>): Promise<void> {
  const pending: Promise<unknown>[] = [];
  try {
    for (const start of starters) pending.push(start());
  } catch (error) {
    for (const request of pending) request.catch(() => {});
    throw error;
  }
  await Promise.all(pending);
}
