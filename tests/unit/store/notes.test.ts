import { beforeEach, describe, expect, it } from 'vitest';
import { AssayError } from '../../../lib/messaging/result.ts';
import type { AssayDb } from '../../../lib/store/db.ts';
import { NoteStore, oldestFirst } from '../../../lib/store/notes.ts';
import type { Note } from '../../../lib/records/types.ts';
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

  it('lists by time written, not by id, with ties in id order; and all of them the same way', async () => {
    await notes.add({ id: 'z', entityId: 'mineral:tungsten', text: 'oldest, last id' });
    await notes.add({ id: 'q', entityId: 'country:CN', text: 'as old, other entity' });
    clock.advance();
    await notes.add({ id: 'm', entityId: 'mineral:tungsten', text: 'newer' });
    await notes.add({ id: 'b', entityId: 'mineral:tungsten', text: 'as new' });
    await notes.add({ id: 'x', entityId: 'country:CN', text: 'as new, other entity' });
    expect((await notes.listByEntity('mineral:tungsten')).map((note) => note.id)).toEqual(['z', 'b', 'm']);
    expect((await notes.all()).map((note) => note.id)).toEqual(['q', 'z', 'b', 'm', 'x']);
  });

  it('orders two notes by creation time, then by id, and a note level with itself', () => {
    const note = (id: string, createdAt: number): Note => ({ id, entityId: 'mineral:tungsten', text: id, createdAt, updatedAt: createdAt });
    const early = note('b', 100);
    expect(oldestFirst(early, note('a', 200))).toBeLessThan(0);
    expect(oldestFirst(note('a', 200), early)).toBeGreaterThan(0);
    expect(oldestFirst(note('a', 100), note('b', 100))).toBeLessThan(0);
    expect(oldestFirst(note('b', 100), note('a', 100))).toBeGreaterThan(0);
    expect(oldestFirst(early, { ...early })).toBe(0);
  });

  it('refuses to update a note that does not exist', async () => {
    await expect(notes.update('missing', 'x')).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('no longer exists') });
    await expect(notes.update('missing', 'x')).rejects.toBeInstanceOf(AssayError);
  });

  it('deletes into the trash and restores exactly the note the delete removed, times included', async () => {
    const note = await notes.add({ id: 'n1', entityId: 'mineral:tungsten', text: '<b>not bold</b>' });
    clock.advance(60_000);
    const deleted = await notes.delete('n1');
    expect(deleted).toEqual(note);
    expect(await notes.get('n1')).toBeUndefined();
    // A delete sent again because its first answer was lost still answers the note, so undo works.
    clock.advance(60_000);
    expect(await notes.delete('n1')).toEqual(note);
    expect(await notes.delete('never-there')).toBeNull();

    clock.advance(60_000);
    expect(await notes.restore('n1')).toEqual(note);
    expect(await notes.get('n1')).toEqual(note);
    // Undone twice (two windows): the second finds it back and changes nothing.
    clock.advance(60_000);
    expect(await notes.restore('n1')).toEqual(note);
  });

  it('restores what the delete removed, not a copy an undo button held', async () => {
    await notes.add({ id: 'n1', entityId: 'mineral:tungsten', text: 'first' });
    clock.advance();
    // Another tab edits the note, then this tab's panel (holding "first") deletes it.
    const edited = await notes.update('n1', 'edited in another tab');
    clock.advance();
    await notes.delete('n1');
    clock.advance();
    expect(await notes.restore('n1')).toEqual(edited);
  });

  it('lists recently deleted notes of an entity, newest first, and forgets them after a week', async () => {
    await notes.add({ id: 'a', entityId: 'mineral:tungsten', text: 'a' });
    await notes.add({ id: 'b', entityId: 'mineral:tungsten', text: 'b' });
    await notes.add({ id: 'c', entityId: 'country:CN', text: 'c' });
    await notes.delete('a');
    clock.advance();
    await notes.delete('b');
    await notes.delete('c');
    expect((await notes.recentlyDeleted('mineral:tungsten', 60_000)).map((n) => n.id)).toEqual(['b', 'a']);
    // Six days on, a deletion can still be undone; once restored it is no longer listed as deleted.
    clock.advance(6 * 24 * 3600_000);
    expect((await notes.restore('b')).text).toBe('b');
    expect((await notes.recentlyDeleted('mineral:tungsten', 7 * 24 * 3600_000)).map((n) => n.id)).toEqual(['a']);
    clock.advance(24 * 3600_000 + 1);
    await notes.add({ id: 'd', entityId: 'mineral:tungsten', text: 'd' });
    await notes.delete('d'); // each delete also empties the week-old trash
    await expect(notes.restore('a')).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('kept for a week') });
    expect((await notes.restore('d')).text).toBe('d');
  });

  it('refuses an edit based on an older version, and never gives two writes one version', async () => {
    const note = await notes.add({ id: 'n1', entityId: 'mineral:tungsten', text: 'v1' });
    // Two edits in the same millisecond still get different versions.
    const second = await notes.update('n1', 'v2', note.updatedAt);
    expect(second.updatedAt).toBeGreaterThan(note.updatedAt);
    await expect(notes.update('n1', 'v3 from a stale panel', note.updatedAt)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('changed in another window'),
    });
    expect((await notes.get('n1'))?.text).toBe('v2');
    expect((await notes.update('n1', 'v3', second.updatedAt)).text).toBe('v3');
  });
});
