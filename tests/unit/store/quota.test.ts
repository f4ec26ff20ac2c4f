import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyImport } from '../../../lib/backup/import.ts';
import { exportJson, backupToText } from '../../../lib/backup/export-json.ts';
import { ClippingStore } from '../../../lib/store/clippings.ts';
import { NoteStore } from '../../../lib/store/notes.ts';
import { SettingsStore } from '../../../lib/store/settings.ts';
import { writeTransaction } from '../../../lib/store/transaction.ts';
import { clippingInput, failPutWithQuota, fakeClock, freshDb } from './helpers.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a full disk', () => {
  it('fails a clipping save with QuotaExceededError and stores nothing', async () => {
    const { db } = await freshDb();
    const clippings = new ClippingStore(db);
    failPutWithQuota();
    await expect(clippings.save(clippingInput())).rejects.toMatchObject({ name: 'QuotaExceededError' });
    vi.restoreAllMocks();
    expect(await clippings.count()).toBe(0);
  });

  it('fails a note update and leaves the old text', async () => {
    const { db } = await freshDb();
    const notes = new NoteStore(db);
    const note = await notes.add({ id: 'n1', entityId: 'mineral:tungsten', text: 'Before' });
    failPutWithQuota();
    await expect(notes.update('n1', 'After')).rejects.toMatchObject({ name: 'QuotaExceededError' });
    vi.restoreAllMocks();
    expect(await notes.get('n1')).toEqual(note);
  });

  it('fails an import part-way through and writes none of it', async () => {
    const source = (await freshDb()).db;
    const clock = fakeClock();
    for (let i = 0; i < 5; i++) {
      await new ClippingStore(source, clock.now).save(clippingInput({ id: `c${i}` }));
      await new NoteStore(source, clock.now).add({ id: `n${i}`, entityId: 'mineral:tungsten', text: `note ${i}` });
    }
    await new SettingsStore(source, clock.now).update({ hoverDelayMs: 900 });
    const text = backupToText(await exportJson(source));

    const { db } = await freshDb();
    await new NoteStore(db).add({ id: 'existing', entityId: 'country:CN', text: 'Mine' });
    const before = await exportJson(db, 0);

    failPutWithQuota(4);
    await expect(applyImport(db, text)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    vi.restoreAllMocks();
    expect(await exportJson(db, 0)).toEqual(before);
  });
});

describe('writeTransaction', () => {
  it('does not acknowledge a write whose transaction did not commit', async () => {
    const { db } = await freshDb();
    const write = writeTransaction(db, ['notes'], async (tx) => {
      await tx.objectStore('notes').put({ id: 'n1', entityId: 'mineral:tungsten', text: 'x', createdAt: 1, updatedAt: 1 });
      tx.abort();
      return 'acknowledged';
    });
    await expect(write).rejects.toMatchObject({ name: 'AbortError' });
    expect(await db.count('notes')).toBe(0);
  });

  it('rolls back earlier writes when the work throws after them', async () => {
    const { db } = await freshDb();
    const write = writeTransaction(db, ['notes'], async (tx) => {
      await tx.objectStore('notes').put({ id: 'n1', entityId: 'mineral:tungsten', text: 'x', createdAt: 1, updatedAt: 1 });
      throw new Error('bug after the first write');
    });
    await expect(write).rejects.toThrow('bug after the first write');
    expect(await db.count('notes')).toBe(0);
  });

  it('opens its transaction with strict durability', async () => {
    const { db } = await freshDb();
    let durability: string | undefined;
    await writeTransaction(db, ['notes'], async (tx) => {
      durability = tx.durability;
    });
    expect(durability).toBe('strict');
  });
});
