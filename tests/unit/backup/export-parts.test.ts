/**
 * Exports fetched in parts: the parts add up to the file written in one piece, each part stays
 * within its byte limit, the cursor between parts survives a trip through a message, and changes
 * made between two parts never write a record twice or break the file.
 */
import { describe, expect, it } from 'vitest';
import { clippingsToCsv } from '../../../lib/backup/export-csv.ts';
import { ExportCursorSchema, type ExportCursor } from '../../../lib/backup/export-cursor.ts';
import { beginExport, exportFile, exportPart } from '../../../lib/backup/export-file.ts';
import { backupToText, exportJson } from '../../../lib/backup/export-json.ts';
import { exportPieces, type ExportPiece } from '../../../lib/backup/export-pieces.ts';
import { clippingsToMarkdown } from '../../../lib/backup/export-markdown.ts';
import { parseBackup } from '../../../lib/backup/parse.ts';
import type { ExportFormat } from '../../../lib/backup/types.ts';
import { utf8Length } from '../../../lib/backup/utf8.ts';
import { generateClippings, generateNotes, seedDatabase } from '../../../lib/store/bench-fixtures.ts';
import { ClippingStore } from '../../../lib/store/clippings.ts';
import type { AssayDb } from '../../../lib/store/db.ts';
import { LIMITS } from '../../../lib/records/limits.ts';
import { NoteStore } from '../../../lib/store/notes.ts';
import { SettingsStore } from '../../../lib/store/settings.ts';
import { freshDb } from '../store/helpers.ts';
import { largestClipping, largestNote } from './largest-records.ts';

const FORMATS: ExportFormat[] = ['json', 'markdown', 'csv'];

async function seeded(): Promise<AssayDb> {
  const { db } = await freshDb();
  await seedDatabase(db, { clippings: generateClippings(150, { seed: 5 }), notes: generateNotes(70, { seed: 5 }) });
  await new SettingsStore(db).update({ siteRules: { deny: ['example.com'] } });
  return db;
}

describe('an export in parts', () => {
  it('adds up to the file written in one piece: the JSON backup, Markdown and CSV', async () => {
    const db = await seeded();
    const newestFirst = await new ClippingStore(db).all();
    const whole: Record<ExportFormat, string> = {
      json: backupToText(await exportJson(db, 42)),
      markdown: clippingsToMarkdown(newestFirst, 42),
      csv: clippingsToCsv(newestFirst),
    };
    for (const format of FORMATS) {
      const file = await exportFile(db, format, 42, 4_000);
      expect(file.parts.length, format).toBeGreaterThan(10);
      expect(file.text, format).toBe(whole[format]);
      // Every part but those holding one record that alone is larger stays within the limit.
      for (const part of file.parts) expect(utf8Length(part)).toBeLessThanOrEqual(4_000);
    }
  });

  it('writes an empty database as a backup that imports', async () => {
    const { db } = await freshDb();
    const file = await exportFile(db, 'json', 7);
    expect(file.text).toBe(backupToText({ format: 'assay-backup', version: 2, exportedAt: 7, notes: [], clippings: [], settings: null }));
    expect(parseBackup(file.text)).toEqual({ format: 'assay-backup', version: 2, exportedAt: 7, notes: [], clippings: [], settings: null });
    expect((await exportFile(db, 'markdown', 7)).text).toBe(clippingsToMarkdown([], 7));
    expect((await exportFile(db, 'csv', 7)).text).toBe(clippingsToCsv([]));
  });

  it('starts with the file name, type and record count', async () => {
    const db = await seeded();
    const now = Date.UTC(2025, 10, 23, 12);
    expect(await beginExport(db, 'json', now)).toEqual({
      filename: 'assay-backup-2025-11-23.json',
      mime: 'application/json',
      cursor: { section: 'start', exportedAt: now },
      records: 220,
    });
    expect(await beginExport(db, 'markdown', now)).toMatchObject({ filename: 'assay-clippings-2025-11-23.md', mime: 'text/markdown;charset=utf-8', records: 150 });
    expect(await beginExport(db, 'csv', now)).toMatchObject({ filename: 'assay-clippings-2025-11-23.csv', mime: 'text/csv;charset=utf-8', records: 150 });
  });

  it('hands out cursors that pass the request check after a trip through JSON, and counts the records', async () => {
    const db = await seeded();
    for (const format of FORMATS) {
      let cursor: ExportCursor | null = (await beginExport(db, format, 1)).cursor;
      let records = 0;
      while (cursor) {
        const part = await exportPart(db, format, ExportCursorSchema.parse(JSON.parse(JSON.stringify(cursor))), 3_000);
        records += part.records;
        cursor = part.next;
      }
      expect(records, format).toBe(format === 'json' ? 220 : 150);
    }
  });

  it('writes no record twice and stays valid when records are added, changed and deleted between parts', async () => {
    const db = await seeded();
    const clippings = new ClippingStore(db);
    const notes = new NoteStore(db);
    const [oldest] = (await clippings.all()).slice(-1);
    let cursor: ExportCursor | null = (await beginExport(db, 'json', 1)).cursor;
    const parts: string[] = [];
    let step = 0;
    while (cursor) {
      const part = await exportPart(db, 'json', cursor, 2_000);
      parts.push(part.text);
      cursor = part.next;
      step += 1;
      if (step === 3) await notes.add({ id: `zz-new-note`, entityId: 'mineral:gallium', text: 'Written during the export' });
      if (step === 5) await clippings.delete(oldest!.id);
      if (step === 8) await clippings.save({ id: 'new-clipping', quote: 'Saved during the export', prefix: '', suffix: '', url: 'https://example.com/x', title: '', entities: [], note: '', tags: [] });
      if (step === 9) await clippings.update((await clippings.all())[0]!.id, { note: 'edited during the export' });
    }
    const backup = parseBackup(parts.join(''));
    expect(new Set(backup.clippings.map((c) => c.id)).size).toBe(backup.clippings.length);
    // Added after the notes were passed (ids sort "zz" last) or before: either way, at most once.
    expect(backup.notes.filter((n) => n.id === 'zz-new-note').length).toBeLessThanOrEqual(1);
    expect(backup.clippings.map((c) => c.id)).toContain('new-clipping');
  });

  it('fits the largest record Assay can store in one part, in every format, with room to spare', async () => {
    const { db } = await freshDb();
    await new ClippingStore(db).putMany([largestClipping(1)]);
    await new NoteStore(db).putMany([largestNote(1)]);
    const sizes: Record<string, number> = {};
    for (const format of FORMATS) {
      const file = await exportFile(db, format, 1, 1);
      // With a limit of one byte, every piece is a part of its own: the largest is one record.
      sizes[format] = Math.max(...file.parts.map(utf8Length));
    }
    expect(sizes.json).toBeGreaterThan(500_000);
    for (const format of FORMATS) expect(sizes[format], format).toBeLessThan(LIMITS.backupPartBytes / 8);
  });
});

describe('where a part ends', () => {
  /** The first three pieces of the Markdown export of the seeded database, with their sizes. */
  async function firstPieces(db: AssayDb): Promise<{ pieces: ExportPiece[]; sizes: number[] }> {
    const pieces: ExportPiece[] = [];
    for await (const piece of exportPieces(db, 'markdown', { section: 'start', exportedAt: 1 })) {
      pieces.push(piece);
      if (pieces.length === 3) break;
    }
    return { pieces, sizes: pieces.map((piece) => utf8Length(piece.text)) };
  }

  it.each([
    ['two pieces fill it exactly: both go in', 0, 2],
    ['one byte short of two pieces: the second waits', -1, 1],
    ['one byte to spare: still no room for a third', 1, 2],
  ])('%s', async (_name, slack, count) => {
    const db = await seeded();
    const { pieces, sizes } = await firstPieces(db);
    const part = await exportPart(db, 'markdown', { section: 'start', exportedAt: 1 }, sizes[0]! + sizes[1]! + slack);
    expect(part.text).toBe(pieces.slice(0, count).map((piece) => piece.text).join(''));
    expect(part.next).toEqual(pieces[count - 1]!.next);
    expect(part.records).toBe(count - 1);
  });
});
