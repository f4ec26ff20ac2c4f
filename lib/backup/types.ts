/** What the backup functions return. */

export type ExportFormat = 'json' | 'markdown' | 'csv';

/** A file ready to hand to a download: its text, a suggested name and its MIME type. */
export interface ExportFile {
  text: string;
  filename: string;
  mime: string;
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
