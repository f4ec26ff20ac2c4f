import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClippingStore } from '../../../lib/store/clippings.ts';
import { openAssayDb, type AssayDb } from '../../../lib/store/db.ts';
import { NoteStore } from '../../../lib/store/notes.ts';
import { noteWrite, timeOrder, warmTimeOrder } from '../../../lib/store/time-order.ts';
import type { IDBFactory } from 'fake-indexeddb';
import { clippingInput, fakeClock, freshDb } from './helpers.ts';

describe('the cached time order of clippings', () => {
  let db: AssayDb;
  let factory: IDBFactory;
  let store: ClippingStore;
  let clock: ReturnType<typeof fakeClock>;
  /** How often the ids of the time index were read. */
  let idReads: () => number;

  beforeEach(async () => {
    ({ db, factory } = await freshDb());
    clock = fakeClock();
    store = new ClippingStore(db, clock.now);
    const getAllKeys = vi.spyOn(IDBIndex.prototype, 'getAllKeys');
    idReads = () => getAllKeys.mock.contexts.filter((index) => (index as IDBIndex).name === 'createdAt').length;
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  const read = () => db.transaction('clippings', 'readonly');
  const saveAt = async (id: string, at: number) => {
    const now = clock.now();
    clock.advance(at - now);
    return store.save(clippingInput({ id }));
  };

  it('lists every id oldest first, ties by id, each with its position', async () => {
    await saveAt('c', 2_000);
    await saveAt('a', 1_000);
    await saveAt('b', 2_000);
    await saveAt('d', 500);
    const order = await timeOrder(db, read());
    expect(order.ids).toEqual(['d', 'a', 'b', 'c']);
    expect(order.rank).toEqual(new Map([['d', 0], ['a', 1], ['b', 2], ['c', 3]]));
  });

  it('is read once and kept until a write through this connection', async () => {
    await saveAt('a', 1_000);
    await saveAt('b', 2_000);
    const first = await timeOrder(db, read());
    expect(await timeOrder(db, read())).toBe(first);
    // Writes that leave the clippings alone leave it too.
    await new NoteStore(db, clock.now).add({ id: 'n1', entityId: 'mineral:tungsten', text: 'a note' });
    expect(await timeOrder(db, read())).toBe(first);

    // An edit does not change the order, but any write over the clippings drops what was kept.
    await store.update('a', { note: 'edited' });
    const afterEdit = await timeOrder(db, read());
    expect(afterEdit).not.toBe(first);
    expect(afterEdit.ids).toEqual(['a', 'b']);
    expect(await timeOrder(db, read())).toBe(afterEdit);

    noteWrite(db);
    expect(await timeOrder(db, read())).not.toBe(afterEdit);
  });

  it('reads again when the newest clipping is not the one it knows (a save through another connection)', async () => {
    await saveAt('a', 1_000);
    const first = await timeOrder(db, read());
    const other = new ClippingStore(await openAssayDb(factory, 'assay-test'), () => 5_000);
    await other.save(clippingInput({ id: 'z' }));
    const next = await timeOrder(db, read());
    expect(next).not.toBe(first);
    expect(next.ids).toEqual(['a', 'z']);
  });

  it('is made ready by a plain listing, for the search that follows', async () => {
    await saveAt('a', 1_000);
    await saveAt('b', 2_000);
    await store.list({});
    await vi.waitFor(() => expect(idReads()).toBe(1));
    expect((await store.list({ text: 'tungsten' })).items.map((c) => c.id)).toEqual(['b', 'a']);
    expect(idReads()).toBe(1);
    // Warming again reads nothing more while the order is kept.
    warmTimeOrder(db);
    expect((await store.list({ text: 'china' })).items).toHaveLength(2);
    expect(idReads()).toBe(1);
  });
});
