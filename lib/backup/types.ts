/** What the backup functions return. */
import type { ExportCursor } from './export-cursor.ts';

export type ExportFormat = 'json' | 'markdown' | 'csv';

/** A whole export: its text, a suggested name and its MIME type. */
export interface ExportFile {
  text: string;
  filename: string;
  mime: string;
}

/** What an export starts with: the file's name and type, and the cursor of its first part. */
export interface ExportStart {
  filename: string;
  mime: string;
  cursor: ExportCursor;
  /** How many records the file will hold, as counted at the start (for progress). */
  records: number;
}

/** One part of an export's text. */
export interface ExportPart {
  text: string;
  /** Where the next part starts; null when this part ends the file. */
  next: ExportCursor | null;
  /** Records in this part. */
  records: number;
}

/** How much of an imported file the background has read so far. */
export interface ImportProgress {
  notes: number;
  clippings: number;
}

/** For one kind of record: how many an import adds, updates (newer in the file), or leaves alone. */
export interface MergeCounts {
  add: number;
  update: number;
  unchanged: number;
}

/** What an import would do (preview) or did (apply). */
export interface ImportReport {
  /** When the backup was made (epoch ms). */
  exportedAt: number;
  notes: MergeCounts;
  clippings: MergeCounts;
  /** `absent`: the backup holds no settings. `add`: none were stored here yet. */
  settings: 'absent' | 'add' | 'update' | 'unchanged';
}
