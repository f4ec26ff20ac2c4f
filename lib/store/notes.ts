/**
 * The user's notes on entities: listed, added, edited, deleted (with undo) from any popover.
 */
import { AssayError } from '../messaging/result.ts';
import { systemClock, type Clock } from './clock.ts';
import type { AssayDb } from './db.ts';
import { runRequests, writeTransaction } from './transaction.ts';
import type { Note } from './types.ts';

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

  /** Replaces a note's text. Throws `not-found` if the note was deleted meanwhile. */
  async update(id: string, text: string): Promise<Note> {
    return writeTransaction(this.db, ['notes'], async (tx) => {
      const existing = await tx.objectStore('notes').get(id);
      if (!existing) throw new AssayError('not-found', 'That note no longer exists; it may have been deleted.');
      if (existing.text === text) return existing;
      const note: Note = { ...existing, text, updatedAt: Math.max(this.now(), existing.updatedAt) };
      await tx.objectStore('notes').put(note);
      return note;
    });
  }

  /** Deletes a note and returns it (so the UI can offer undo), or null if it was not there. */
  async delete(id: string): Promise<Note | null> {
    return writeTransaction(this.db, ['notes'], async (tx) => {
      const existing = await tx.objectStore('notes').get(id);
      if (!existing) return null;
      await tx.objectStore('notes').delete(id);
      return existing;
    });
  }

  /** Puts a deleted note back exactly as it was (undo). */
  async restore(note: Note): Promise<Note> {
    await writeTransaction(this.db, ['notes'], async (tx) => {
      await tx.objectStore('notes').put(note);
    });
    return note;
  }

  /** Stores many notes as they are, in one transaction (fixtures and benchmarks). */
  async putMany(notes: readonly Note[]): Promise<void> {
    await writeTransaction(this.db, ['notes'], async (tx) => {
      const store = tx.objectStore('notes');
      await runRequests(notes.map((note) => () => store.put(note)));
    });
  }
}
