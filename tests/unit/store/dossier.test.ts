import { beforeEach, describe, expect, it } from 'vitest';
import { ClippingStore } from '../../../lib/store/clippings.ts';
import type { AssayDb } from '../../../lib/store/db.ts';
import { DossierStore } from '../../../lib/store/dossier.ts';
import { NoteStore } from '../../../lib/store/notes.ts';
import type { Clipping, ClippingEntity } from '../../../lib/records/types.ts';
import { fakeClock, freshDb } from './helpers.ts';

const HOUR = 3600_000;

const tungsten: ClippingEntity = { id: 'mineral:tungsten', type: 'mineral', label: 'tungsten' };
const china: ClippingEntity = { id: 'country:CN', type: 'country', label: 'China' };
const vietnam: ClippingEntity = { id: 'country:VN', type: 'country', label: 'Vietnam' };
const austria: ClippingEntity = { id: 'country:AT', type: 'country', label: 'Austria' };
const antimony: ClippingEntity = { id: 'mineral:antimony', type: 'mineral', label: 'antimony' };
const cobalt: ClippingEntity = { id: 'mineral:cobalt', type: 'mineral', label: 'cobalt' };

/** A stored clipping with the given time and entities; the rest is filler. */
function clipping(id: string, createdAt: number, entities: ClippingEntity[], quote = `Quote of ${id}.`): Clipping {
  return {
    id,
    quote,
    prefix: '',
    suffix: '',
    url: `https://news.example.com/${id}`,
    title: `Title ${id}`,
    site: 'news.example.com',
    createdAt,
    updatedAt: createdAt,
    entities,
    note: '',
    tags: [],
  };
}

describe('DossierStore', () => {
  let db: AssayDb;
  let clock: ReturnType<typeof fakeClock>;
  let dossier: DossierStore;
  let clippings: ClippingStore;
  let notes: NoteStore;

  beforeEach(async () => {
    ({ db } = await freshDb());
    clock = fakeClock();
    dossier = new DossierStore(db, clock.now);
    clippings = new ClippingStore(db, clock.now);
    notes = new NoteStore(db, clock.now);
  });

  /**
   * Five clippings of tungsten and one without it. Worked out by hand: newest first is t5, t3, t2,
   * t1b, t1 (t2 and t3 share a time, and the later id comes first, as the index orders them).
   */
  const fixture = () => [
    clipping('t1', 1_000, [tungsten, china, vietnam]),
    clipping('t1b', 1_500, [antimony, tungsten]),
    clipping('t2', 2_000, [tungsten, china]),
    clipping('t3', 2_000, [cobalt, tungsten, vietnam]),
    clipping('other', 3_000, [china, cobalt, austria]),
    clipping('t5', 4_000, [austria, tungsten]),
  ];

  describe('view', () => {
    it('shows the newest page of the entity’s clippings, the total, and where the next page starts', async () => {
      await clippings.putMany(fixture());
      const view = await dossier.view('mineral:tungsten', 2);
      expect(view.entityId).toBe('mineral:tungsten');
      expect(view.clippings.map((c) => c.id)).toEqual(['t5', 't3']);
      expect(view.total).toBe(5);
      expect(view.next).toEqual({ createdAt: 2_000, id: 't3' });

      // The dossier's "show more" goes on from `next`: the tie at 2,000 neither skips nor repeats.
      const second = await clippings.list({ entityId: 'mineral:tungsten', before: view.next!, limit: 2 });
      expect(second.items.map((c) => c.id)).toEqual(['t2', 't1b']);
      const third = await clippings.list({ entityId: 'mineral:tungsten', before: second.next!, limit: 2 });
      expect(third.items.map((c) => c.id)).toEqual(['t1']);
      expect(third.next).toBeNull();
    });

    it('has no next page when one page holds every clipping, and counts only the entity’s', async () => {
      await clippings.putMany(fixture());
      const all = await dossier.view('mineral:tungsten', 5);
      expect(all.clippings.map((c) => c.id)).toEqual(['t5', 't3', 't2', 't1b', 't1']);
      expect(all.next).toBeNull();

      const cobaltView = await dossier.view('mineral:cobalt', 10);
      expect(cobaltView.clippings.map((c) => c.id)).toEqual(['other', 't3']);
      expect(cobaltView.total).toBe(2);
      expect(await dossier.countClippings('country:AT')).toBe(2);
    });

    it('gives the clippings as they were saved, without the fields derived for the indexes', async () => {
      const stored = fixture();
      await clippings.putMany(stored);
      const view = await dossier.view('mineral:antimony', 10);
      expect(view.clippings).toEqual([stored[1]]);
    });

    it('is empty for an entity nothing mentions', async () => {
      await clippings.putMany(fixture());
      expect(await dossier.view('mineral:lithium', 10)).toEqual({ entityId: 'mineral:lithium', notes: [], deleted: [], clippings: [], next: null, total: 0 });
    });

    it('lists the entity’s notes oldest first, ties by id, and its notes deleted in the last day, newest first', async () => {
      await notes.add({ id: 'n-b', entityId: 'mineral:tungsten', text: 'second, same moment' });
      await notes.add({ id: 'n-a', entityId: 'mineral:tungsten', text: 'first, same moment' });
      await notes.add({ id: 'n-cobalt', entityId: 'mineral:cobalt', text: 'not this entity' });
      clock.advance(HOUR);
      await notes.add({ id: 'n-later', entityId: 'mineral:tungsten', text: 'an hour on' });
      await notes.add({ id: 'gone-old', entityId: 'mineral:tungsten', text: 'deleted a day and a bit ago' });
      await notes.add({ id: 'gone-1', entityId: 'mineral:tungsten', text: 'deleted 23 hours ago' });
      await notes.add({ id: 'gone-2', entityId: 'mineral:tungsten', text: 'deleted 2 hours ago' });
      await notes.add({ id: 'gone-cobalt', entityId: 'mineral:cobalt', text: 'deleted, other entity' });
      await notes.delete('gone-old');
      clock.advance(HOUR);
      await notes.delete('gone-1');
      await notes.delete('gone-cobalt');
      clock.advance(21 * HOUR);
      await notes.delete('gone-2');
      clock.advance(2 * HOUR + 1);

      const view = await dossier.view('mineral:tungsten', 10);
      expect(view.notes.map((n) => n.id)).toEqual(['n-a', 'n-b', 'n-later']);
      expect(view.deleted.map((n) => n.id)).toEqual(['gone-2', 'gone-1']);
      expect(view.deleted[0]).toMatchObject({ text: 'deleted 2 hours ago', entityId: 'mineral:tungsten' });
    });
  });

  describe('glance', () => {
    it('gives the newest few clippings in a few words each, and the total', async () => {
      const exactly90 = 'x'.repeat(90);
      const longer = `${'word '.repeat(18)}and more`; // a space is the 90th character
      await clippings.putMany([
        clipping('old', 1_000, [tungsten], 'Short quote.'),
        clipping('edge', 2_000, [tungsten], exactly90),
        clipping('long', 3_000, [tungsten], longer),
        clipping('elsewhere', 4_000, [china], 'Not about tungsten.'),
      ]);
      const glance = await dossier.glance('mineral:tungsten', 2);
      expect(glance.total).toBe(3);
      expect(glance.newest).toEqual([
        { id: 'long', site: 'news.example.com', title: 'Title long', createdAt: 3_000, start: `${'word '.repeat(17)}word…` },
        { id: 'edge', site: 'news.example.com', title: 'Title edge', createdAt: 2_000, start: exactly90 },
      ]);
    });
  });

  describe('coClipped', () => {
    it('ranks the entities clipped with it by how many clippings they share, ties by name', async () => {
      await clippings.putMany(fixture());
      // Shared with tungsten: China in t1 and t2, Vietnam in t1 and t3, antimony in t1b, cobalt
      // in t3, Austria in t5; the clipping without tungsten counts for nothing.
      const related = await dossier.coClipped('mineral:tungsten', 10);
      expect(related.clippings).toBe(5);
      expect(related.entities).toEqual([
        { ...china, count: 2 },
        { ...vietnam, count: 2 },
        // Alphabetical as a reader sorts, whatever the case: antimony before Austria.
        { ...antimony, count: 1 },
        { ...austria, count: 1 },
        { ...cobalt, count: 1 },
      ]);
    });

    it('keeps the first few only', async () => {
      await clippings.putMany(fixture());
      const related = await dossier.coClipped('mineral:tungsten', 3);
      expect(related.entities.map((e) => e.id)).toEqual(['country:CN', 'country:VN', 'mineral:antimony']);
      expect(related.clippings).toBe(5);
    });

    it('counts clippings, not mentions: an entity listed twice in one clipping counts once', async () => {
      // The schema does not forbid repeats (an imported backup may have them); the filter menus
      // count clippings per entity, and so does this.
      await clippings.putMany([clipping('twice', 1_000, [tungsten, china, { ...china }]), clipping('once', 2_000, [tungsten, china])]);
      expect(await dossier.coClipped('mineral:tungsten', 10)).toEqual({ entities: [{ ...china, count: 2 }], clippings: 2 });
      expect((await clippings.facets()).entities.find((e) => e.id === china.id)?.count).toBe(2);
    });

    it('finds nothing for an entity clipped alone, or never', async () => {
      await clippings.putMany([clipping('alone', 1_000, [tungsten])]);
      expect(await dossier.coClipped('mineral:tungsten', 10)).toEqual({ entities: [], clippings: 1 });
      expect(await dossier.coClipped('mineral:lithium', 10)).toEqual({ entities: [], clippings: 0 });
    });
  });
});
