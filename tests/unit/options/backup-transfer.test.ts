/**
 * The options page's side of exports and imports in parts, against the real request handler and
 * stores, every message passed through JSON: an export in many parts joins into the file, and an
 * imported file sent in many parts lands whole, even when the background restarts on the way.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { PickedFile } from '../../../components/options/backup-file.ts';
import { fetchExport, sendBackupFile } from '../../../components/options/backup-transfer.ts';
import { beginExport, exportFile, exportPart } from '../../../lib/backup/export-file.ts';
import type { ExportCursor } from '../../../lib/backup/export-cursor.ts';
import type { ExportFormat } from '../../../lib/backup/types.ts';
import { createStoreHandlers } from '../../../lib/background/handlers.ts';
import { createClient } from '../../../lib/messaging/client.ts';
import { ok } from '../../../lib/messaging/result.ts';
import { createRequestHandler } from '../../../lib/messaging/server.ts';
import { generateClippings, generateNotes, seedDatabase } from '../../../lib/store/bench-fixtures.ts';
import { openAssayDb, type AssayDb } from '../../../lib/store/db.ts';

const ORIGIN = 'chrome-extension://assay-id/';

async function seeded(): Promise<AssayDb> {
  const db = await openAssayDb(new IDBFactory(), 'assay');
  await seedDatabase(db, { clippings: generateClippings(120, { seed: 4 }), notes: generateNotes(30, { seed: 4 }) });
  return db;
}

function pickedFile(text: string): PickedFile {
  const blob = new Blob([text]);
  return { name: 'backup.json', size: blob.size, slice: (start, end) => blob.slice(start, end) };
}

describe('fetching an export', () => {
  it('joins the parts, however many, into the file', async () => {
    const db = await seeded();
    let parts = 0;
    // The background's answers, with parts of at most 2,000 bytes.
    const client = createClient(async (message) => {
      const { name, payload } = JSON.parse(JSON.stringify(message)) as { name: string; payload: { format: ExportFormat; cursor: ExportCursor } };
      if (name === 'backup.exportBegin') return ok(await beginExport(db, payload.format, 77));
      parts += 1;
      return JSON.parse(JSON.stringify(ok(await exportPart(db, payload.format, payload.cursor, 2_000))));
    });
    const progress: number[] = [];
    const result = await fetchExport(client, 'json', (done, total) => progress.push(done / total));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.filename).toMatch(/^assay-backup-1970-01-01\.json$/);
    expect(result.value.blob.type).toBe('application/json');
    expect(await result.value.blob.text()).toBe((await exportFile(db, 'json', 77)).text);
    expect(parts).toBeGreaterThan(20);
    expect(progress.at(-1)).toBe(1);
  });
});

describe('sending a backup file', () => {
  /** A background whose service worker can be restarted, losing its import sessions. */
  function background(db: AssayDb) {
    let handle = createRequestHandler(createStoreHandlers(db), { ownId: 'assay-id', extensionOrigin: ORIGIN });
    const names: string[] = [];
    let restartBefore: string | null = null;
    const client = createClient(
      async (message) => {
        const wire = JSON.parse(JSON.stringify(message)) as { name: string };
        if (wire.name === restartBefore) {
          restartBefore = null;
          handle = createRequestHandler(createStoreHandlers(db), { ownId: 'assay-id', extensionOrigin: ORIGIN });
        }
        names.push(wire.name);
        return JSON.parse(JSON.stringify(await handle(wire, { id: 'assay-id', url: `${ORIGIN}options.html` })));
      },
      { attempts: 1 },
    );
    return { client, names, restartBefore: (name: string) => (restartBefore = name) };
  }

  it('previews and then imports a file sent in many parts', async () => {
    const { text } = await exportFile(await seeded(), 'json', 5);
    const db = await openAssayDb(new IDBFactory(), 'assay');
    const { client, names } = background(db);
    const read: number[] = [];
    const preview = await sendBackupFile(client, pickedFile(text), false, { partBytes: 1_500, onProgress: (progress) => read.push(progress.clippings) });
    expect(preview).toEqual({ ok: true, value: expect.objectContaining({ clippings: { add: 120, update: 0, unchanged: 0 } }) });
    expect(await db.count('clippings')).toBe(0);
    expect(names.filter((name) => name === 'backup.importPart').length).toBeGreaterThan(20);
    expect(read.at(-1)).toBe(120);

    const applied = await sendBackupFile(client, pickedFile(text), true, { partBytes: 1_500 });
    expect(applied).toEqual({ ok: true, value: expect.objectContaining({ notes: { add: 30, update: 0, unchanged: 0 } }) });
    expect(await db.count('clippings')).toBe(120);
  });

  it('sends the file again when the background restarted and lost it', async () => {
    const { text } = await exportFile(await seeded(), 'json', 5);
    const db = await openAssayDb(new IDBFactory(), 'assay');
    const { client, names, restartBefore } = background(db);
    restartBefore('backup.importEnd');
    const applied = await sendBackupFile(client, pickedFile(text), true, { partBytes: 4_000 });
    expect(applied).toMatchObject({ ok: true, value: { clippings: { add: 120 } } });
    expect(names.filter((name) => name === 'backup.importEnd')).toHaveLength(2);
    expect(await db.count('clippings')).toBe(120);
  });

  it('stops at the first bad part with the background’s message, and writes nothing', async () => {
    const { text } = await exportFile(await seeded(), 'json', 5);
    const db = await openAssayDb(new IDBFactory(), 'assay');
    const { client, names } = background(db);
    const outcome = await sendBackupFile(client, pickedFile(text.replace('"mineral:', '"planet:')), true, { partBytes: 1_500 });
    expect(outcome).toEqual({ ok: false, code: 'invalid-backup', message: expect.stringMatching(/must be an entity id/) });
    expect(names).not.toContain('backup.importEnd');
    expect(names.at(-1)).toBe('backup.importCancel');
    expect(await db.count('clippings')).toBe(0);
  });
});
