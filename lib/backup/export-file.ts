/**
 * The three exports, fetched in parts: `beginExport` names the file, then each `exportPart`
 * answers up to `LIMITS.backupPartBytes` of its text and the cursor for the next part, until the
 * cursor is null. The options page joins the parts into one download, so an export can be larger
 * than a browser message (or a JavaScript string) can be.
 */
import type { AssayDb } from '../store/db.ts';
import { LIMITS } from '../records/limits.ts';
import type { ExportCursor } from './export-cursor.ts';
import { exportPieces } from './export-pieces.ts';
import type { ExportFile, ExportFormat, ExportPart, ExportStart } from './types.ts';
import { utf8Length } from './utf8.ts';

const FILES: Record<ExportFormat, { prefix: string; extension: string; mime: string }> = {
  json: { prefix: 'assay-backup', extension: 'json', mime: 'application/json' },
  markdown: { prefix: 'assay-clippings', extension: 'md', mime: 'text/markdown;charset=utf-8' },
  csv: { prefix: 'assay-clippings', extension: 'csv', mime: 'text/csv;charset=utf-8' },
};

function stamp(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The file's name and type, the cursor of its first part, and how many records it will hold. */
export async function beginExport(db: AssayDb, format: ExportFormat, now: number = Date.now()): Promise<ExportStart> {
  const { prefix, extension, mime } = FILES[format];
  const clippings = await db.count('clippings');
  return {
    filename: `${prefix}-${stamp(now)}.${extension}`,
    mime,
    cursor: { section: 'start', exportedAt: now },
    records: format === 'json' ? clippings + (await db.count('notes')) : clippings,
  };
}

/**
 * The export's text from `cursor` on, as much as fits in `maxBytes` (UTF-8) but at least one
 * piece, and the cursor to go on from (null when this part ends the file).
 */
export async function exportPart(
  db: AssayDb,
  format: ExportFormat,
  cursor: ExportCursor,
  maxBytes: number = LIMITS.backupPartBytes,
): Promise<ExportPart> {
  const texts: string[] = [];
  let bytes = 0;
  let records = 0;
  let next: ExportCursor | null = cursor;
  for await (const piece of exportPieces(db, format, cursor)) {
    const size = utf8Length(piece.text);
    if (bytes > 0 && bytes + size > maxBytes) return { text: texts.join(''), next, records };
    texts.push(piece.text);
    bytes += size;
    records += piece.records;
    next = piece.next;
  }
  return { text: texts.join(''), next: null, records };
}

/** The whole export as one text, part after part (for tests and scripts; pages fetch parts). */
export async function exportFile(
  db: AssayDb,
  format: ExportFormat,
  now: number = Date.now(),
  maxBytes: number = LIMITS.backupPartBytes,
): Promise<ExportFile & { parts: string[] }> {
  const { filename, mime, cursor } = await beginExport(db, format, now);
  const parts: string[] = [];
  for (let next: ExportCursor | null = cursor; next; ) {
    const part = await exportPart(db, format, next, maxBytes);
    parts.push(part.text);
    next = part.next;
  }
  return { text: parts.join(''), filename, mime, parts };
}
