/**
 * The database's history, one entry per version, in order. Migrations are never edited once
 * released: a new need is a new entry at the end, so every installed copy can get from whatever
 * version it has to the current one.
 */
import type { AssayDb, UpgradeTransaction } from './db.ts';
import { toClippingRecord } from './clipping-record.ts';
import { upgradeLegacyColours } from '../settings/legacy-colours.ts';
import type { Clipping, SettingsRecord } from '../records/types.ts';

/** One step of the schema's history. */
export interface Migration {
  /** The version this migration produces. */
  version: number;
  /** What it changes, for people reading the history. */
  description: string;
  migrate(db: AssayDb, tx: UpgradeTransaction): Promise<void>;
}

/** Every migration, oldest first; `MIGRATIONS[i]` produces version `i + 1`. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'notes (by entity) and clippings',
    async migrate(db) {
      const notes = db.createObjectStore('notes', { keyPath: 'id' });
      notes.createIndex('entityId', 'entityId');
      db.createObjectStore('clippings', { keyPath: 'id' });
    },
  },
  {
    version: 2,
    description: 'settings; clipping indexes for listing, filters and search; search terms back-filled',
    async migrate(db, tx) {
      db.createObjectStore('settings', { keyPath: 'key' });
      const clippings = tx.objectStore('clippings');
      clippings.createIndex('createdAt', ['createdAt', 'id']);
      clippings.createIndex('site', 'site');
      clippings.createIndex('tags', 'tags', { multiEntry: true });
      clippings.createIndex('entityIds', 'entityIds', { multiEntry: true });
      clippings.createIndex('terms', 'terms', { multiEntry: true });
      // Version-1 clippings have no derived fields yet; compute them so they can be found.
      for (let cursor = await clippings.openCursor(); cursor; cursor = await cursor.continue()) {
        await cursor.update(toClippingRecord(cursor.value as Clipping));
      }
    },
  },
  {
    version: 3,
    description: 'trash (deleted notes and clippings kept for undo); notes-panel grants; highlight colours as palette hues',
    async migrate(db, tx) {
      const trash = db.createObjectStore('trash', { keyPath: 'key' });
      trash.createIndex('deletedAt', 'deletedAt');
      const grants = db.createObjectStore('grants', { keyPath: 'token' });
      grants.createIndex('expiresAt', 'expiresAt');
      const settings = tx.objectStore('settings');
      const stored = (await settings.get('settings')) as SettingsRecord | undefined;
      if (stored) await settings.put({ ...stored, value: upgradeLegacyColours(stored.value) as SettingsRecord['value'] });
    },
  },
];
