/**
 * Where a Markdown or CSV export resumes: only a cursor of its own kind (the start, or a place
 * among the clippings) continues it; a cursor of the JSON backup's sections ends it at once
 * instead of writing the clippings again from the newest.
 */
import { describe, expect, it } from 'vitest';
import type { ExportCursor } from '../../../lib/backup/export-cursor.ts';
import { exportPieces } from '../../../lib/backup/export-pieces.ts';
import { generateClippings, seedDatabase } from '../../../lib/store/bench-fixtures.ts';
import { freshDb } from '../store/helpers.ts';

async function texts(pieces: AsyncGenerator<{ text: string }>): Promise<string[]> {
  const out: string[] = [];
  for await (const piece of pieces) out.push(piece.text);
  return out;
}

describe('exportPieces', () => {
  it('ends a Markdown or CSV export given a cursor of another section, and resumes one given its own', async () => {
    const { db } = await freshDb();
    await seedDatabase(db, { clippings: generateClippings(5, { seed: 3 }), notes: [] });
    for (const format of ['markdown', 'csv'] as const) {
      for (const cursor of [{ section: 'notes', after: null }, { section: 'settings' }] as ExportCursor[]) {
        expect(await texts(exportPieces(db, format, cursor)), `${format} ${cursor.section}`).toEqual([]);
      }
      expect(await texts(exportPieces(db, format, { section: 'clippings', after: null })), format).toHaveLength(5);
      expect(await texts(exportPieces(db, format, { section: 'start', exportedAt: 1 })), format).toHaveLength(6);
    }
  });
});
