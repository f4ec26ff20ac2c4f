/**
 * Every clipping id in time order, kept between queries, so a search can put any set of matching
 * ids in order without reading their records: it reads only the records of the page it shows.
 *
 * Loading it is one `getAllKeys` on the time index (ids only). It belongs to one connection and
 * is dropped whenever a write transaction touches the clippings (see `noteWrite`), or when the
 * newest clipping is not the one it knows (a save made through another connection). A clipping
 * deleted through another connection is simply not found when its record is read.
 */
import type { IDBPTransaction } from 'idb';
import type { AssayDb, AssaySchema } from './db.ts';

type ReadTx = IDBPTransaction<AssaySchema, ['clippings'], 'readonly'>;

export interface TimeOrder {
  /** Ids, oldest first (the `createdAt` index's order, ties broken by id). */
  readonly ids: readonly string[];
  /** Each id's position in `ids`. */
  readonly rank: ReadonlyMap<string, number>;
}

interface Cached extends TimeOrder {
  generation: number;
}

const generations = new WeakMap<AssayDb, number>();
const cache = new WeakMap<AssayDb, Cached>();

/** Called by every write transaction over the clippings store, whether it commits or not. */
export function noteWrite(db: AssayDb): void {
  generations.set(db, (generations.get(db) ?? 0) + 1);
  cache.delete(db);
}

/** The time order as `tx` sees the store, from the cache when nothing has been written since. */
export async function timeOrder(db: AssayDb, tx: ReadTx): Promise<TimeOrder> {
  const generation = generations.get(db) ?? 0;
  const cached = cache.get(db);
  if (cached && cached.generation === generation) {
    const newest = await tx.store.index('createdAt').openKeyCursor(null, 'prev');
    if ((newest?.primaryKey ?? undefined) === cached.ids[cached.ids.length - 1]) return cached;
  }
  const ids = await tx.store.index('createdAt').getAllKeys();
  const rank = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) rank.set(ids[i], i);
  const order: Cached = { ids, rank, generation };
  // A write that finished while this was loading has made it stale already.
  // Stryker disable next-line ConditionalExpression: kept or not, a stale order's generation stops the next read from using it; this only spares warmTimeOrder a stale entry
  if ((generations.get(db) ?? 0) === generation) cache.set(db, order);
  return order;
}

/** Loads the time order ahead of the first search (after the popup's plain listing, say). */
export function warmTimeOrder(db: AssayDb): void {
  // Stryker disable next-line ConditionalExpression: performance only; without it a kept order costs one cursor request to confirm
  if (cache.has(db)) return;
  timeOrder(db, db.transaction('clippings', 'readonly')).catch(() => {});
}
