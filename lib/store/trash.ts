/**
 * Deleted notes and clippings, kept for a week so that undo works wherever the reader is: after
 * the popover or the popup closed, from another tab, or after a delete whose answer was lost and
 * was sent again. Undo puts back the record the delete removed, as it was then, so it can never
 * bring back an older copy that some window still held.
 */
import type { IDBPTransaction } from 'idb';
import type { AssaySchema } from './db.ts';
import type { Clipping, Note, TrashRecord } from '../records/types.ts';

/** How long a deleted record can still be restored. */
export const TRASH_KEEP_MS = 7 * 24 * 60 * 60 * 1000;

type Kind = TrashRecord['kind'];
type RecordOf<K extends Kind> = K extends 'note' ? Note : Clipping;
type TrashTx = IDBPTransaction<AssaySchema, ('trash' | 'notes' | 'clippings')[], 'readwrite'>;

export function trashKey(kind: Kind, id: string): string {
  return `${kind}:${id}`;
}

/** Keeps `record` in the trash, and forgets whatever was deleted more than a week ago. */
export async function putInTrash<K extends Kind>(tx: TrashTx, kind: K, record: RecordOf<K>, now: number): Promise<void> {
  const trash = tx.objectStore('trash');
  await trash.put({ key: trashKey(kind, record.id), kind, id: record.id, record, deletedAt: now } as TrashRecord);
  for (let cursor = await trash.index('deletedAt').openCursor(IDBKeyRange.upperBound(now - TRASH_KEEP_MS)); cursor; cursor = await cursor.continue()) {
    await cursor.delete();
  }
}

/** The deleted record, if it is still in the trash. */
export async function fromTrash<K extends Kind>(tx: TrashTx, kind: K, id: string): Promise<RecordOf<K> | undefined> {
  const entry = await tx.objectStore('trash').get(trashKey(kind, id));
  return entry?.kind === kind ? (entry.record as RecordOf<K>) : undefined;
}

export async function dropFromTrash(tx: TrashTx, kind: Kind, id: string): Promise<void> {
  await tx.objectStore('trash').delete(trashKey(kind, id));
}
