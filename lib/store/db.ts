/**
 * The one IndexedDB database, opened in the extension's own origin (the background) and nowhere
 * else. The factory is passed in so the same code runs on `fake-indexeddb` under vitest.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { MIGRATIONS } from './migrations.ts';
import type { ClippingRecord, NotesGrant, Note, SettingsRecord, TrashRecord } from '../records/types.ts';

/** The stores and indexes of the current version (see `migrations.ts` for how they came to be). */
export interface AssaySchema extends DBSchema {
  notes: {
    key: string;
    value: Note;
    indexes: { entityId: string };
  };
  clippings: {
    key: string;
    value: ClippingRecord;
    indexes: {
      /** `[createdAt, id]`: newest-first order with a tie-break, so paging never skips a record. */
      createdAt: [number, string];
      site: string;
      tags: string;
      entityIds: string;
      terms: string;
    };
  };
  settings: {
    key: string;
    value: SettingsRecord;
  };
  /** Deleted notes and clippings, kept for a while so that undo works from anywhere. */
  trash: {
    key: string;
    value: TrashRecord;
    indexes: { deletedAt: number };
  };
  /** One per popover's notes panel: what lets that frame, and only it, read the notes. */
  grants: {
    key: string;
    value: NotesGrant;
    indexes: { expiresAt: number };
  };
}

/** An open connection to the Assay database. */
export type AssayDb = IDBPDatabase<AssaySchema>;

/** The transaction an upgrade runs in. */
export type UpgradeTransaction = IDBPTransaction<AssaySchema, StoreNames<AssaySchema>[], 'versionchange'>;

/** The schema version this code writes: one per migration. */
export const DB_VERSION = MIGRATIONS.length;

/** The database name in the extension's origin. */
export const DEFAULT_DB_NAME = 'assay';

/** Options of `openAssayDb`. */
export interface OpenOptions {
  /** Open at an older version (tests build a version-1 database this way). */
  version?: number;
  /** Another connection holds an older version open, so the upgrade waits. */
  onBlocked?: () => void;
  /**
   * The connection is gone (the browser closed it after storage was cleared or a disk error, or
   * it was closed for another connection's upgrade): the caller should open a new one.
   */
  onClosed?: () => void;
}

/**
 * Opens (creating or upgrading as needed) the Assay database with `factory`.
 * Migrations run in order inside the upgrade transaction; if one fails the upgrade is aborted and
 * the database stays at its old version with its data intact.
 */
export function openAssayDb(
  factory: IDBFactory,
  name: string = DEFAULT_DB_NAME,
  options: OpenOptions = {},
): Promise<AssayDb> {
  const version = options.version ?? DB_VERSION;
  if (!Number.isInteger(version) || version < 1 || version > DB_VERSION) {
    return Promise.reject(new RangeError(`Assay database version must be 1..${DB_VERSION}, not ${version}`));
  }
  const request = factory.open(name, version);
  const opened = wrap(request) as Promise<AssayDb>;
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as AssayDb;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTransaction;
    // A failed upgrade is reported through `opened`; this only keeps the abort from also
    // surfacing as an unhandled rejection.
    tx.done.catch(() => {});
    void runMigrations(db, tx, event.oldVersion, version);
  });
  if (options.onBlocked) request.addEventListener('blocked', options.onBlocked);
  return opened.then((db) => {
    // A newer copy of the code (an extension update) wants to upgrade: step aside. Closing it
    // ourselves fires no 'close' event, so tell the owner here too.
    db.addEventListener('versionchange', () => {
      db.close();
      options.onClosed?.();
    });
    if (options.onClosed) db.addEventListener('close', options.onClosed);
    return db;
  });
}

async function runMigrations(db: AssayDb, tx: UpgradeTransaction, oldVersion: number, newVersion: number) {
  try {
    for (const migration of MIGRATIONS.slice(oldVersion, newVersion)) {
      await migration.migrate(db, tx);
    }
  } catch (error) {
    // A failed IDB request aborts the transaction by itself, but an exception in our own code
    // would not: without this the upgrade could commit half a migration.
    try {
      tx.abort();
    } catch {
      // Already aborted.
    }
    // Stryker disable next-line StringLiteral: the wording of a log line, read by people and by no code
    console.error('[assay] database migration failed; staying at the old version', error);
  }
}
