/**
 * Importing a backup: merged by id, so importing the same file twice changes nothing and
 * importing an older file never overwrites newer edits. A record is added when its id is new
 * here, replaced when the file's copy was updated later than ours, and left alone otherwise.
 * The whole merge is one transaction: it all lands, or (a full disk, a crash) none of it does.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { toClippingRecord } from '../store/clipping-record.ts';
import type { AssayDb, AssaySchema } from '../store/db.ts';
import { runRequests, writeTransaction } from '../store/transaction.ts';
import type { Clipping, Note } from '../records/types.ts';
import type { Backup } from './format.ts';
import { parseBackup } from './parse.ts';
import type { ImportReport, MergeCounts } from './types.ts';

type Stores = ['notes', 'clippings', 'settings'];
const STORES: Stores = ['notes', 'clippings', 'settings'];
type AnyTx = IDBPTransaction<AssaySchema, Stores, IDBTransactionMode>;

type Decision = 'add' | 'update' | 'unchanged';

interface Plan {
  report: ImportReport;
  notes: Note[];
  clippings: Clipping[];
  writeSettings: boolean;
}

function decide(existing: { updatedAt: number } | undefined, incoming: { updatedAt: number }): Decision {
  if (!existing) return 'add';
  return incoming.updatedAt > existing.updatedAt ? 'update' : 'unchanged';
}

function emptyCounts(): MergeCounts {
  return { add: 0, update: 0, unchanged: 0 };
}

async function mergeRecords<Name extends 'notes' | 'clippings', R extends { id: string; updatedAt: number }>(
  tx: AnyTx,
  storeName: Name,
  incoming: readonly R[],
): Promise<{ counts: MergeCounts; toWrite: R[] }> {
  const store = tx.objectStore(storeName as Stores[number]);
  const existing = await Promise.all(incoming.map((record) => store.get(record.id)));
  const counts = emptyCounts();
  const toWrite: R[] = [];
  incoming.forEach((record, i) => {
    const decision = decide(existing[i] as { updatedAt: number } | undefined, record);
    counts[decision] += 1;
    if (decision !== 'unchanged') toWrite.push(record);
  });
  return { counts, toWrite };
}

async function planImport(tx: AnyTx, backup: Backup): Promise<Plan> {
  const [notes, clippings, storedSettings] = await Promise.all([
    mergeRecords(tx, 'notes', backup.notes),
    mergeRecords(tx, 'clippings', backup.clippings),
    tx.objectStore('settings').get('settings'),
  ]);
  const settings = backup.settings ? decide(storedSettings, backup.settings) : 'absent';
  return {
    report: { exportedAt: backup.exportedAt, notes: notes.counts, clippings: clippings.counts, settings },
    notes: notes.toWrite,
    clippings: clippings.toWrite,
    writeSettings: settings === 'add' || settings === 'update',
  };
}

/** What importing `backup` would do, without writing. */
export async function previewBackup(db: AssayDb, backup: Backup): Promise<ImportReport> {
  const tx = db.transaction(STORES, 'readonly');
  return (await planImport(tx, backup)).report;
}

/** Merges `backup` (already validated) by id in one transaction, and reports what it did. */
export async function applyBackup(db: AssayDb, backup: Backup): Promise<ImportReport> {
  return writeTransaction(db, STORES, async (tx) => {
    const plan = await planImport(tx, backup);
    const settings = plan.writeSettings ? backup.settings : null;
    await runRequests([
      ...plan.notes.map((note) => () => tx.objectStore('notes').put(note)),
      ...plan.clippings.map((clipping) => () => tx.objectStore('clippings').put(toClippingRecord(clipping))),
      ...(settings ? [() => tx.objectStore('settings').put(settings)] : []),
    ]);
    return plan.report;
  });
}

/** What importing `text` would do, without writing. Throws `invalid-backup` for a bad file. */
export async function previewImport(db: AssayDb, text: string): Promise<ImportReport> {
  return previewBackup(db, parseBackup(text));
}

/**
 * Imports `text`, merging by id, and reports what it did. The file is validated completely
 * before the transaction opens, so a bad file (`invalid-backup`) changes nothing.
 */
export async function applyImport(db: AssayDb, text: string): Promise<ImportReport> {
  return applyBackup(db, parseBackup(text));
}
