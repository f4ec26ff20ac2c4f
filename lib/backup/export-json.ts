/**
 * The complete backup as one object, read in one transaction: what the parts of an exported file
 * (`export-pieces.ts`) add up to, in the same order (notes by id, clippings oldest first). Tests
 * compare against it, and take it as a snapshot of a database.
 */
import { fromClippingRecord } from '../store/clipping-record.ts';
import type { AssayDb } from '../store/db.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format.ts';

/** Everything in the database as a backup object. */
export async function exportJson(db: AssayDb, exportedAt: number = Date.now()): Promise<Backup> {
  const tx = db.transaction(['notes', 'clippings', 'settings'], 'readonly');
  const [notes, clippings, settings] = await Promise.all([
    tx.objectStore('notes').getAll(),
    tx.objectStore('clippings').index('createdAt').getAll(),
    tx.objectStore('settings').get('settings'),
  ]);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    notes,
    clippings: clippings.map(fromClippingRecord),
    settings: settings ?? null,
  };
}

/** The backup as the text of a `.json` file. */
export function backupToText(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}
