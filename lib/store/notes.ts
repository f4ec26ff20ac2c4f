/**
 * The user's notes on entities: listed, added, edited, deleted (with undo) from any popover.
 */
import { AssayError } from '../messaging/result.ts';
import { systemClock, type Clock } from './clock.ts';
import type { AssayDb } from './db.ts';
import { runRequests, writeTransaction } from './transaction.ts';
import { dropFromTrash, fromTrash, putInTrash, trashKey } from './trash.ts';
import type { Note } from '../records/types.ts';

/** What a caller supplies to add a note; the store adds the timestamps. */
export interface NoteInput {
  id: string;
  entityId: string;
  text: string;
}

/** Order of notes in lists and exports: as written, ties broken by id so the order is stable. */
export function oldestFirst(a: Note, b: Note): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Reads and writes notes; every write is one strict-durability transaction. */
export class NoteStore {
  constructor(
    private readonly db: AssayDb,
    private readonly now: Clock = systemClock,
  ) {}

  /** The notes on one entity, oldest first (the order they were written in). */
  async listByEntity(entityId: string): Promise<Note[]> {
    const notes = await this.db.getAllFromIndex('notes', 'entityId', entityId);
    return notes.sort(oldestFirst);
  }

  async get(id: string): Promise<Note | undefined> {
    return this.db.get('notes', id);
  }

  /** Every note, oldest first (for export). */
  async all(): Promise<Note[]> {
    return (await this.db.getAll('notes')).sort(oldestFirst);
  }

  async count(): Promise<number> {
    return this.db.count('notes');
  }

  /**
   * Adds a note. Adding an id that already exists returns the stored note unchanged: that is a
   * retry of a write whose answer was lost, not a second note.
   */
  async add(input: NoteInput): Promise<Note> {
    return writeTransaction(this.db, ['notes'], async (tx) => {
      const existing = await tx.objectStore('notes').get(input.id);
      if (existing) return existing;
      const time = this.now();
      const note: Note = { id: input.id, entityId: input.entityId, text: input.text, createdAt: time, updatedAt: time };
      await tx.objectStore('notes').put(note);
      return note;
    });
  }

  /**
   * Replaces a note's text. `baseUpdatedAt` is the `updatedAt` of the copy the writer edited: if
   * the note changed since (another tab, another window), nothing is written and a `conflict`
   * error says so, rather than one edit silently wiping out the other. Every write moves
   * `updatedAt` forward by at least 1 ms, so two edits never share a version.
   */
  async update(id: string, text: string, baseUpdatedAt?: number): Promise<Note> {
    return writeTransaction(this.db, ['notes'], async (tx) => {
      const existing = await tx.objectStore('notes').get(id);
      if (!existing) throw new AssayError('not-found', 'That note no longer exists; it may have been deleted.');
      if (existing.text === text) return existing;
      if (baseUpdatedAt !== undefined && existing.updatedAt !== baseUpdatedAt) {
        throw new AssayError('conflict', 'This note was changed in another window since you opened it. Your text is still in the box: check the current note, then save again to replace it.');
      }
      const note: Note = { ...existing, text, updatedAt: Math.max(this.now(), existing.updatedAt + 1) };
      await tx.objectStore('notes').put(note);
      return note;
    });
  }

  /**
   * Deletes a note and returns it, for undo. The note goes to the trash, so undo works from any
   * window for a week; a delete sent again after its answer was lost finds it there and returns
   * it again. Null only when there is no such note, deleted or not.
   */
  async delete(id: string): Promise<Note | null> {
    return writeTransaction(this.db, ['notes', 'trash'], async (tx) => {
      const existing = await tx.objectStore('notes').get(id);
      if (!existing) return (await fromTrash(tx, 'note', id)) ?? null;
      await tx.objectStore('notes').delete(id);
      await putInTrash(tx, 'note', existing, this.now());
      return existing;
    });
  }

  /**
   * Undo of a delete: puts back the note the delete removed, exactly as it was. If the note is
   * already back (undone in another window) it is returned as it is now.
   */
  async restore(id: string): Promise<Note> {
    return writeTransaction(this.db, ['notes', 'trash'], async (tx) => {
      const live = await tx.objectStore('notes').get(id);
      if (live) return live;
      const deleted = await fromTrash(tx, 'note', id);
      if (!deleted) throw new AssayError('not-found', 'That note can no longer be restored: deleted notes are kept for a week.');
      await tx.objectStore('notes').put(deleted);
      await dropFromTrash(tx, 'note', id);
      return deleted;
    });
  }

  /** A note as it was deleted, while it is in the trash. */
  async deleted(id: string): Promise<Note | undefined> {
    const entry = await this.db.get('trash', trashKey('note', id));
    return entry?.kind === 'note' ? entry.record : undefined;
  }

  /** Notes on one entity deleted in the last `withinMs`, newest first, for the panel's undo. */
  async recentlyDeleted(entityId: string, withinMs: number): Promise<Note[]> {
    const since = this.now() - withinMs;
    const entries = await this.db.getAllFromIndex('trash', 'deletedAt', IDBKeyRange.lowerBound(since));
    return entries
      .filter((entry) => entry.kind === 'note' && entry.record.entityId === entityId)
      .sort((a, b) => b.deletedAt - a.deletedAt)
      .map((entry) => entry.record as Note);
  }

  /** Stores many notes as they are, in one transaction (fixtures and benchmarks). */
  async putMany(notes: readonly Note[]): Promise<void> {
    await writeTransaction(this.db, ['notes'], async (tx) => {
      const store = tx.objectStore('notes');
      await runRequests(notes.map((note) => () => store.put(note)));
    });
  }
}
