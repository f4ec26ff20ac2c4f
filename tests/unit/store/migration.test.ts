import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { ClippingStore } from '../../../lib/store/clippings.ts';
import { DB_VERSION, openAssayDb } from '../../../lib/store/db.ts';
import { MIGRATIONS } from '../../../lib/store/migrations.ts';
import { NoteStore } from '../../../lib/store/notes.ts';
import { SettingsStore, DEFAULT_SETTINGS } from '../../../lib/store/settings.ts';
import type { Clipping, Note } from '../../../lib/records/types.ts';

const v1Note: Note = { id: 'n1', entityId: 'mineral:tungsten', text: 'From version 1', createdAt: 1000, updatedAt: 2000 };

const v1Clippings: Clipping[] = [
  {
    id: 'c1',
    quote: 'Tungsten prices doubled this year.',
    prefix: '',
    suffix: '',
    url: 'https://reuters.com/a',
    title: 'Tungsten',
    site: 'reuters.com',
    createdAt: 1000,
    updatedAt: 1000,
    entities: [{ id: 'mineral:tungsten', type: 'mineral', label: 'tungsten' }],
    note: 'Ask the analyst',
    tags: ['prices'],
  },
  {
    id: 'c2',
    quote: '中国对镓实施出口管制。',
    prefix: '',
    suffix: '',
    url: 'https://caixin.com/b',
    title: '镓',
    site: 'caixin.com',
    createdAt: 2000,
    updatedAt: 2000,
    entities: [{ id: 'country:CN', type: 'country', label: '中国' }],
    note: '',
    tags: [],
  },
];

describe('database migrations', () => {
  it('has one migration per version, in order', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(DB_VERSION).toBe(3);
  });

  it('creates the current schema on a fresh install', async () => {
    const db = await openAssayDb(new IDBFactory(), 'fresh');
    expect(db.version).toBe(DB_VERSION);
    expect(Array.from(db.objectStoreNames).sort()).toEqual(['clippings', 'grants', 'notes', 'settings', 'trash']);
    const tx = db.transaction(['clippings', 'notes', 'trash', 'grants', 'settings']);
    const shape = (name: 'clippings' | 'notes' | 'trash' | 'grants' | 'settings') => {
      const store = tx.objectStore(name);
      const indexes = Array.from(store.indexNames, (index) => {
        const { keyPath, multiEntry } = store.index(index as never) as unknown as IDBIndex;
        return [index, multiEntry ? { keyPath, multiEntry } : { keyPath }];
      });
      return { keyPath: store.keyPath, indexes: Object.fromEntries(indexes) };
    };
    expect(shape('clippings')).toEqual({
      keyPath: 'id',
      indexes: {
        createdAt: { keyPath: ['createdAt', 'id'] },
        entityIds: { keyPath: 'entityIds', multiEntry: true },
        site: { keyPath: 'site' },
        tags: { keyPath: 'tags', multiEntry: true },
        terms: { keyPath: 'terms', multiEntry: true },
      },
    });
    expect(shape('notes')).toEqual({ keyPath: 'id', indexes: { entityId: { keyPath: 'entityId' } } });
    expect(shape('trash')).toEqual({ keyPath: 'key', indexes: { deletedAt: { keyPath: 'deletedAt' } } });
    expect(shape('grants')).toEqual({ keyPath: 'token', indexes: { expiresAt: { keyPath: 'expiresAt' } } });
    expect(shape('settings')).toEqual({ keyPath: 'key', indexes: {} });
    db.close();
  });

  it('upgrades a version-1 database with data in it, keeping everything and making it searchable', async () => {
    const factory = new IDBFactory();
    const v1 = await openAssayDb(factory, 'assay', { version: 1 });
    expect(v1.version).toBe(1);
    expect(Array.from(v1.objectStoreNames).sort()).toEqual(['clippings', 'notes']);
    const tx = v1.transaction(['notes', 'clippings'], 'readwrite');
    await tx.objectStore('notes').put(v1Note);
    // Version 1 stored clippings as they are, without derived search fields.
    for (const clipping of v1Clippings) await tx.objectStore('clippings').put(clipping as never);
    await tx.done;
    v1.close();

    const db = await openAssayDb(factory, 'assay');
    expect(db.version).toBe(3);
    const notes = new NoteStore(db);
    const clippings = new ClippingStore(db);
    expect(await notes.listByEntity('mineral:tungsten')).toEqual([v1Note]);
    expect(await clippings.get('c1')).toEqual(v1Clippings[0]);
    expect((await clippings.list()).items).toEqual([v1Clippings[1], v1Clippings[0]]);
    expect((await clippings.list({ text: 'doubled' })).items.map((c) => c.id)).toEqual(['c1']);
    expect((await clippings.list({ text: 'analyst' })).items.map((c) => c.id)).toEqual(['c1']);
    expect((await clippings.list({ text: '出口' })).items.map((c) => c.id)).toEqual(['c2']);
    expect((await clippings.list({ tag: 'prices' })).items.map((c) => c.id)).toEqual(['c1']);
    expect((await clippings.list({ entityId: 'country:CN' })).items.map((c) => c.id)).toEqual(['c2']);
    expect((await clippings.list({ site: 'caixin.com' })).items.map((c) => c.id)).toEqual(['c2']);
    expect(await new SettingsStore(db).get()).toEqual(DEFAULT_SETTINGS);
    db.close();
  });

  it('turns the hex colours of version-2 settings into the nearest palette hues, keeping the rest', async () => {
    const factory = new IDBFactory();
    const v2 = await openAssayDb(factory, 'assay', { version: 2 });
    const old = {
      ...DEFAULT_SETTINGS,
      hoverDelayMs: 650,
      siteRules: { mode: 'all-except', deny: ['example.com'], allow: [] },
      // The 0.1 defaults for minerals, a custom violet, and a short-form grey.
      colours: { mineral: { light: '#fde68a', dark: '#92400e' }, country: { light: '#c4b5fd', dark: '#6d28d9' }, deal: { light: '#ddd', dark: '#555' } },
    };
    await v2.put('settings', { key: 'settings', value: old as never, updatedAt: 5 });
    v2.close();

    const db = await openAssayDb(factory, 'assay');
    expect(await db.get('settings', 'settings')).toEqual({
      key: 'settings',
      updatedAt: 5,
      value: { ...old, colours: { mineral: { light: 'amber', dark: 'amber' }, country: { light: 'violet', dark: 'violet' }, deal: { light: 'grey', dark: 'grey' } } },
    });
    db.close();
  });

  it('leaves the old version intact when a migration fails', async () => {
    const factory = new IDBFactory();
    const v1 = await openAssayDb(factory, 'assay', { version: 1 });
    await v1.put('notes', v1Note);
    // A record the back-fill cannot handle (no quote) makes migration 2 throw part-way.
    await v1.put('clippings', { id: 'broken' } as never);
    v1.close();

    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await expect(openAssayDb(factory, 'assay')).rejects.toBeTruthy();
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);

    const again = await openAssayDb(factory, 'assay', { version: 1 });
    expect(again.version).toBe(1);
    expect(Array.from(again.objectStoreNames).sort()).toEqual(['clippings', 'notes']);
    expect(await again.get('notes', 'n1')).toEqual(v1Note);
    again.close();
  });

  it('refuses versions it does not know, without creating anything', async () => {
    const factory = new IDBFactory();
    // IndexedDB itself would round 1.5 down and open version 1, and throw at once for 0.
    for (const version of [DB_VERSION + 1, 0, -1, 1.5, Number.NaN]) {
      const opening = openAssayDb(factory, 'x', { version });
      await expect(opening).rejects.toThrow(RangeError);
      await expect(opening).rejects.toThrow(`version must be 1..${DB_VERSION}, not ${version}`);
    }
    expect(await factory.databases()).toEqual([]);
  });

  it('steps aside when a newer copy of the code upgrades, and tells its owner the connection is gone', async () => {
    const factory = new IDBFactory();
    const onClosed = vi.fn();
    const old = await openAssayDb(factory, 'assay', { version: 1, onClosed });
    const onBlocked = vi.fn();
    const opening = openAssayDb(factory, 'assay', { onBlocked });
    // Were the old connection to hold on, the upgrade would wait for ever.
    await vi.waitFor(() => expect(onClosed).toHaveBeenCalledTimes(1));
    const db = await opening;
    expect(db.version).toBe(DB_VERSION);
    expect(onBlocked).not.toHaveBeenCalled();
    expect(() => old.transaction('notes')).toThrow();
    db.close();
  });
});
