/**
 * The three exports as files ready to download.
 */
import { ClippingStore } from '../store/clippings.ts';
import type { AssayDb } from '../store/db.ts';
import { clippingsToCsv } from './export-csv.ts';
import { backupToText, exportJson } from './export-json.ts';
import { clippingsToMarkdown } from './export-markdown.ts';
import type { ExportFile, ExportFormat } from './types.ts';

function stamp(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The full JSON backup as a file. */
export async function exportJsonFile(db: AssayDb, now: number = Date.now()): Promise<ExportFile> {
  return {
    text: backupToText(await exportJson(db, now)),
    filename: `assay-backup-${stamp(now)}.json`,
    mime: 'application/json',
  };
}

/** All clippings, newest first, as one Markdown file. */
export async function exportMarkdown(db: AssayDb, now: number = Date.now()): Promise<ExportFile> {
  return {
    text: clippingsToMarkdown(await new ClippingStore(db).all(), now),
    filename: `assay-clippings-${stamp(now)}.md`,
    mime: 'text/markdown;charset=utf-8',
  };
}

/** All clippings, newest first, as a CSV file. */
export async function exportCsv(db: AssayDb, now: number = Date.now()): Promise<ExportFile> {
  return {
    text: clippingsToCsv(await new ClippingStore(db).all()),
    filename: `assay-clippings-${stamp(now)}.csv`,
    mime: 'text/csv;charset=utf-8',
  };
}

/** The export in `format`. */
export function exportFile(db: AssayDb, format: ExportFormat, now: number = Date.now()): Promise<ExportFile> {
  switch (format) {
    case 'json':
      return exportJsonFile(db, now);
    case 'markdown':
      return exportMarkdown(db, now);
    case 'csv':
      return exportCsv(db, now);
  }
}
