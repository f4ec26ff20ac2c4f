import { beforeEach, describe, expect, it } from 'vitest';
import { AssayError } from '../../../lib/messaging/result.ts';
import type { AssayDb } from '../../../lib/store/db.ts';
import { NoteStore } from '../../../lib/store/notes.ts';
import { fakeClock, freshDb } from './helpers.ts';

describe('NoteStore', () => {
  let db: AssayDb;
  let clock: ReturnType<typeof fakeClock>;
  let notes: NoteStore;

  beforeEach(async () => {
    ({ db } = await freshDb());
    clock = fakeClock();
    notes = new NoteStore(db, clock.now);
  });

  it('adds a note with timestamps and lists it by entity, oldest first', async () => {
    const first = await notes.add({ id: 'n1', entityId: 'mineral:tungsten', text: 'Check USGS 2025.' });
    clock.advance();
    await notes.add({ id: 'n2', entityId: 'mineral:tungsten', text: 'Second thought.' });
    await notes.add({ id: 'n3', entityId: 'country:CN', text: 'Other entity.' });

    expect(first).toEqual({
      id: 'n1',
      entityId: 'mineral:tungsten',
      text: 'Check USGS 2025.',
      createdAt: clock.now() - 1000,
      updatedAt: clock.now() - 1000,
    });
    expect((await notes.listByEntity('mineral:tungsten')).map((note) => note.id)).toEqual(['n1', 'n2']);
    expect((await notes.listByEntity('country:CN')).map((note) => note.id)).toEqual(['n3']);
    expect(await notes.listByEntity('mineral:cobalt')).toEqual([]);
    expect(await notes.count()).toBe(3);
  });

  it('treats adding an existing id as a retry and keeps the first note', async () => {
    const first = await notes.add({ id: 'n1', entityId: 'mineral:tungsten', text: 'Original' });
    clock.advance();
    const again = await notes.add({ id: 'n1', entityId: 'mineral:tungsten', text: 'Original' });
    expect(again).toEqual(first);
    expect(await notes.count()).toBe(1);
  });

  it('updates the text and the updatedAt time only', async () => {
    const note = await notes.add({ id: 'n1', entityId: 'mineral:tungsten', text: 'Before' });
    clock.advance(5000);
    const updated = await notes.update('n1', 'After');
    expect(updated).toEqual({ ...note, text: 'After', updatedAt: note.createdAt + 5000 });
    expect(await notes.get('n1')).toEqual(updated);
  });

  it('refuses to update a note that does not exist', async () => {
    await expect(notes.update('missing', 'x')).rejects.toMatchObject({ code: 'not-found' });
    await expect(notes.update('missing', 'x')).rejects.toBeInstanceOf(AssayError);
  });

  it('deletes, returning the note, and restores it unchanged', async () => {
    const note = await notes.add({ id: 'n1', entityId: 'mineral:tungsten', text: '<b>not bold</b>' });
    const deleted = await notes.delete('n1');
    expect(deleted).toEqual(note);
    expect(await notes.get('n1')).toBeUndefined();
    expect(await notes.delete('n1')).toBeNull();

    await notes.restore(deleted!);
    expect(await notes.get('n1')).toEqual(note);
  });
});
