import { beforeEach, describe, expect, it } from 'vitest';
import { ClippingStore } from '../../../lib/store/clippings.ts';
import type { AssayDb } from '../../../lib/store/db.ts';
import { clippingInput, fakeClock, freshDb } from './helpers.ts';

describe('ClippingStore', () => {
  let db: AssayDb;
  let clock: ReturnType<typeof fakeClock>;
  let clippings: ClippingStore;

  beforeEach(async () => {
    ({ db } = await freshDb());
    clock = fakeClock();
    clippings = new ClippingStore(db, clock.now);
  });

  it('saves with a normalised URL, the site, tidy tags and timestamps', async () => {
    const input = clippingInput({
      url: 'https://WWW.Example.com/article?utm_source=x&id=1#frag',
      tags: [' #Cobalt ', 'cobalt', 'supply  chain', ''],
    });
    const saved = await clippings.save(input);
    expect(saved).toEqual({
      ...input,
      url: 'https://www.example.com/article?id=1',
      site: 'example.com',
      tags: ['Cobalt', 'supply chain'],
      createdAt: clock.now(),
      updatedAt: clock.now(),
    });
    expect(await clippings.get(input.id)).toEqual(saved);
  });

  it('stores no URL longer than the limit, measured after normalising', async () => {
    const grows = `https://example.com/${'é'.repeat(700)}`;
    await expect(clippings.save(clippingInput({ id: 'long', url: grows }))).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringContaining('too long to save'),
    });
    expect(await clippings.get('long')).toBeUndefined();
    const fits = `https://example.com/${'é'.repeat(679)}`;
    const saved = await clippings.save(clippingInput({ id: 'fits', url: `${fits}?utm_source=${'x'.repeat(5_000)}` }));
    expect(saved.url).toHaveLength(20 + 679 * 6);
    expect(saved.url.length).toBeLessThanOrEqual(4_096);
  });

  it('never hands out the derived index fields', async () => {
    const saved = await clippings.save(clippingInput());
    expect(Object.keys(saved)).not.toContain('terms');
    expect(Object.keys((await clippings.get(saved.id))!)).not.toContain('entityIds');
    expect(Object.keys((await clippings.list()).items[0])).not.toContain('terms');
  });

  it('treats saving an existing id as a retry', async () => {
    const input = clippingInput();
    const first = await clippings.save(input);
    clock.advance();
    expect(await clippings.save({ ...input, note: 'changed' })).toEqual(first);
    expect(await clippings.count()).toBe(1);
  });

  it('updates note and tags, keeping the rest', async () => {
    const saved = await clippings.save(clippingInput({ tags: ['a'] }));
    clock.advance(2000);
    const updated = await clippings.update(saved.id, { note: 'Mine', tags: ['b', '#c'] });
    expect(updated).toEqual({ ...saved, note: 'Mine', tags: ['b', 'c'], updatedAt: saved.createdAt + 2000 });
    expect(await clippings.update(saved.id, { note: 'Only note' })).toMatchObject({ note: 'Only note', tags: ['b', 'c'] });
    await expect(clippings.update('nope', { note: 'x' })).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('no longer exists') });
  });

  it('refuses an edit based on an older version, and never gives two writes one version', async () => {
    const saved = await clippings.save(clippingInput());
    // Both edits land in the same millisecond as the save.
    const first = await clippings.update(saved.id, { note: 'one' }, saved.updatedAt);
    expect(first.updatedAt).toBe(saved.updatedAt + 1);
    await expect(clippings.update(saved.id, { note: 'from a stale form' }, saved.updatedAt)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('changed in another window'),
    });
    expect((await clippings.get(saved.id))?.note).toBe('one');
    const second = await clippings.update(saved.id, { note: 'two' }, first.updatedAt);
    expect(second.updatedAt).toBe(first.updatedAt + 1);
    // Without a version to compare, the edit goes through.
    expect((await clippings.update(saved.id, { note: 'three' })).note).toBe('three');
  });

  it('finds a clipping by each of its tags and entity names, not only the first', async () => {
    const saved = await clippings.save(
      clippingInput({
        quote: 'Output fell in the second quarter.',
        tags: ['smelters', 'outlook'],
        entities: [
          { id: 'country:CD', type: 'country', label: 'Congo' },
          { id: 'mineral:cobalt', type: 'mineral', label: 'cobalt' },
        ],
      }),
    );
    for (const text of ['smelters', 'outlook', 'congo', 'cobalt']) {
      expect((await clippings.list({ text })).items.map((c) => c.id), text).toEqual([saved.id]);
    }
  });

  it('finds a clipping by its new note and tags after an update, not by the old ones', async () => {
    const saved = await clippings.save(clippingInput({ note: 'alpha', tags: ['beta'] }));
    await clippings.update(saved.id, { note: 'gamma', tags: ['delta'] });
    expect((await clippings.list({ text: 'gamma delta' })).items).toHaveLength(1);
    expect((await clippings.list({ text: 'alpha' })).items).toHaveLength(0);
    expect((await clippings.list({ tag: 'beta' })).items).toHaveLength(0);
    expect((await clippings.list({ tag: 'delta' })).items).toHaveLength(1);
  });

  it('deletes into the trash, and restores it unchanged (times included) and searchable', async () => {
    const saved = await clippings.save(clippingInput({ quote: 'Gallium exports halted', tags: ['controls'] }));
    clock.advance(60_000);
    const deleted = await clippings.delete(saved.id);
    expect(deleted).toEqual(saved);
    expect(await clippings.get(saved.id)).toBeUndefined();
    expect((await clippings.list({ text: 'gallium' })).items).toEqual([]);
    // A repeated delete (the first answer was lost) still answers the clipping, for undo.
    expect(await clippings.delete(saved.id)).toEqual(saved);
    expect(await clippings.delete('never-there')).toBeNull();

    clock.advance(60_000);
    expect(await clippings.restore(saved.id)).toEqual(saved);
    expect(await clippings.get(saved.id)).toEqual(saved);
    expect((await clippings.list({ text: 'gallium' })).items).toEqual([saved]);
    expect((await clippings.list({ tag: 'controls' })).items).toEqual([saved]);
  });

  it('lists facets: entities, tags and sites with counts, most used first', async () => {
    await clippings.save(clippingInput({ url: 'https://www.reuters.com/a', tags: ['prices', 'china'] }));
    await clippings.save(clippingInput({ url: 'https://reuters.com/b', tags: ['prices'] }));
    await clippings.save(
      clippingInput({
        url: 'https://ft.com/c',
        entities: [{ id: 'mineral:gallium', type: 'mineral', label: 'gallium' }],
      }),
    );
    expect(await clippings.facets()).toEqual({
      entities: [
        { id: 'country:CN', type: 'country', label: 'China', count: 2 },
        { id: 'mineral:tungsten', type: 'mineral', label: 'tungsten', count: 2 },
        { id: 'mineral:gallium', type: 'mineral', label: 'gallium', count: 1 },
      ],
      tags: [
        { tag: 'prices', count: 2 },
        { tag: 'china', count: 1 },
      ],
      sites: [
        { site: 'reuters.com', count: 2 },
        { site: 'ft.com', count: 1 },
      ],
    });
  });

  it('offers no empty site in the facets (a stored URL that gave no host)', async () => {
    const saved = await clippings.save(clippingInput({ url: 'https://ft.com/a' }));
    await clippings.putMany([{ ...saved, id: 'no-host', site: '' }]);
    expect((await clippings.facets()).sites).toEqual([{ site: 'ft.com', count: 1 }]);
  });

  it('refuses to restore what is not in the trash, saying why', async () => {
    await expect(clippings.restore('never-deleted')).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('kept for a week') });
  });

  it('has empty facets when there are no clippings', async () => {
    expect(await clippings.facets()).toEqual({ entities: [], tags: [], sites: [] });
  });
});
