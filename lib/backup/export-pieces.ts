/**
 * The text of each export as a sequence of pieces (a header, one piece per record, the end),
 * each with the cursor that resumes the export after it. Records are read in small batches, each
 * in its own short transaction, so an export of any size never holds more than a batch of records
 * and never keeps a transaction open while the options page fetches the next part.
 *
 * Keys only grow along a section, so no record is written twice; a record saved or deleted while
 * the export runs is in it or not depending on whether the export had passed its place, and an
 * edit lands if the record was not written yet. Importing merges by id, so either is sound.
 */
import { fromClippingRecord } from '../store/clipping-record.ts';
import type { AssayDb } from '../store/db.ts';
import type { Clipping, Note } from '../records/types.ts';
import { csvClippingRow, csvHeader } from './export-csv.ts';
import type { ExportCursor } from './export-cursor.ts';
import { clippingSection, MARKDOWN_SEPARATOR, markdownHeader } from './export-markdown.ts';
import { BACKUP_FORMAT, BACKUP_VERSION } from './format.ts';
import type { ExportFormat } from './types.ts';

/** Some text of an export, and where the export stands once it is written. */
export interface ExportPiece {
  text: string;
  /** Null after the last piece. */
  next: ExportCursor | null;
  /** Records this piece holds (for progress). */
  records: number;
}

type ClippingKey = [number, string];

/** Records read per transaction, at most; the first read of a part takes a few, to learn their size. */
const BATCH = 64;
const FIRST_BATCH = 8;
/**
 * About how much text a batch should make: a part holds only a few of the largest records, and
 * the rest of a batch would be read again for the next part.
 */
const BATCH_CHARS = 1_000_000;

function readNotes(db: AssayDb, after: string | null, count: number): Promise<Note[]> {
  return db.getAll('notes', after === null ? null : IDBKeyRange.lowerBound(after, true), count);
}

async function readOldest(db: AssayDb, after: ClippingKey | null, count: number): Promise<Clipping[]> {
  const records = await db.getAllFromIndex('clippings', 'createdAt', after === null ? null : IDBKeyRange.lowerBound(after, true), count);
  return records.map(fromClippingRecord);
}

async function readNewest(db: AssayDb, after: ClippingKey | null, count: number): Promise<Clipping[]> {
  const tx = db.transaction('clippings', 'readonly');
  const clippings: Clipping[] = [];
  let cursor = await tx.store.index('createdAt').openCursor(after === null ? null : IDBKeyRange.upperBound(after, true), 'prev');
  while (cursor && clippings.length < count) {
    clippings.push(fromClippingRecord(cursor.value));
    // Stryker disable next-line ConditionalExpression,EqualityOperator: one more step of a finished cursor reads a record it then drops; what is exported is the same.
    if (clippings.length < count) cursor = await cursor.continue();
  }
  return clippings;
}

function clippingKey(clipping: Clipping): ClippingKey {
  return [clipping.createdAt, clipping.id];
}

/**
 * One piece per record from `after` on, with `text(record, first)`; answers the last record's
 * key (null if the section has none at all), for the piece that closes the section.
 */
async function* recordPieces<R, K>(
  read: (after: K | null, count: number) => Promise<R[]>,
  keyOf: (record: R) => K,
  after: K | null,
  text: (record: R, first: boolean) => string,
  cursorAt: (after: K) => ExportCursor,
): AsyncGenerator<ExportPiece, K | null> {
  let last = after;
  let count = FIRST_BATCH;
  for (;;) {
    const batch = await read(last, count);
    let chars = 0;
    for (const record of batch) {
      const first = last === null;
      last = keyOf(record);
      const piece = text(record, first);
      // Stryker disable next-line AssignmentOperator: only sizes the next read (see below).
      chars += piece.length;
      yield { text: piece, next: cursorAt(last), records: 1 };
    }
    if (batch.length < count) return last;
    // How many records the next read fetches: a memory bound, not what is written, so its mutants
    // are left to the export rows of `npm run bench -- --only storage`, not to tests of call counts.
    // Stryker disable next-line MethodExpression,ArithmeticOperator: batch size only.
    count = Math.max(4, Math.min(BATCH, Math.floor(BATCH_CHARS / Math.max(1, chars / batch.length))));
  }
}

/** A value as `JSON.stringify(value, null, 2)` writes it `depth` levels down. */
function indented(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

function arrayItem(value: unknown, first: boolean): string {
  return `${first ? '[\n' : ',\n'}    ${indented(value, 2)}`;
}

function arrayEnd(empty: boolean): string {
  return empty ? '[]' : '\n  ]';
}

/**
 * The JSON backup: the same text `JSON.stringify(backup, null, 2)` gives, written a record at a
 * time. Notes in id order, clippings oldest first.
 */
async function* jsonPieces(db: AssayDb, from: ExportCursor): AsyncGenerator<ExportPiece> {
  let cursor = from;
  if (cursor.section === 'start') {
    const header = `{\n  "format": "${BACKUP_FORMAT}",\n  "version": ${BACKUP_VERSION},\n  "exportedAt": ${cursor.exportedAt},\n  "notes": `;
    cursor = { section: 'notes', after: null };
    yield { text: header, next: cursor, records: 0 };
  }
  if (cursor.section === 'notes') {
    const last = yield* recordPieces((after, count) => readNotes(db, after, count), (note) => note.id, cursor.after, arrayItem, (after) => ({ section: 'notes', after }));
    cursor = { section: 'clippings', after: null };
    yield { text: `${arrayEnd(last === null)},\n  "clippings": `, next: cursor, records: 0 };
  }
  if (cursor.section === 'clippings') {
    const last = yield* recordPieces((after, count) => readOldest(db, after, count), clippingKey, cursor.after, arrayItem, (after) => ({ section: 'clippings', after }));
    cursor = { section: 'settings' };
    yield { text: `${arrayEnd(last === null)},\n  "settings": `, next: cursor, records: 0 };
  }
  const settings = (await db.get('settings', 'settings')) ?? null;
  yield { text: `${indented(settings, 1)}\n}\n`, next: null, records: 0 };
}

/** Markdown and CSV: a header, then a piece per clipping, newest first. */
async function* clippingPieces(
  db: AssayDb,
  from: ExportCursor,
  header: (count: number, exportedAt: number) => string,
  text: (clipping: Clipping) => string,
): AsyncGenerator<ExportPiece> {
  const after: ClippingKey | null = from.section === 'clippings' ? from.after : null;
  if (from.section === 'start') {
    yield { text: header(await db.count('clippings'), from.exportedAt), next: { section: 'clippings', after: null }, records: 0 };
  } else if (from.section !== 'clippings') {
    return;
  }
  yield* recordPieces((key, count) => readNewest(db, key, count), clippingKey, after, text, (key) => ({ section: 'clippings', after: key }));
}

/** The pieces of the export in `format` from `cursor` on. */
export function exportPieces(db: AssayDb, format: ExportFormat, cursor: ExportCursor): AsyncGenerator<ExportPiece> {
  switch (format) {
    case 'json':
      return jsonPieces(db, cursor);
    case 'markdown':
      return clippingPieces(db, cursor, markdownHeader, (clipping) => MARKDOWN_SEPARATOR + clippingSection(clipping));
    case 'csv':
      return clippingPieces(db, cursor, () => csvHeader(), csvClippingRow);
  }
}
