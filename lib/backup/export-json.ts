/**
 * The complete backup: every note, clipping and the settings, read in one transaction so the
 * file is a consistent snapshot even while the user keeps saving.
 */
import { fromClippingRecord } from '../store/clipping-record.ts';
import type { AssayDb } from '../store/db.ts';
import { oldestFirst } from '../store/notes.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format.ts';

/** Everything in the database as a backup object (oldest records first). */
export async function exportJson(db: AssayDb, exportedAt: number = Date.now()): Promise<Backup> {
  const tx = db.transaction(['notes', 'clippings', 'settings'], 'readonly');
  const [notes, clippings, settings] = await Promise.all([
    tx.objectStore('notes').getAll(),
    tx.objectStore('clippings').index('createdAt').getAll(),
    tx.objectStore('settings').get('settings'),
  ]);
  notes.sort(oldestFirst);
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
