/**
 * The JSON backup file: everything the user made, in one document that Assay can read back.
 * `version` changes only when the file's shape changes; a reader refuses versions newer than it
 * knows, since it cannot tell what it would drop.
 */
import { z } from '../zod.ts';
import { SettingsRecordSchema, TimestampSchema } from '../records/schemas.ts';
import type { Clipping, Note, SettingsRecord } from '../records/types.ts';

/** The `format` field that marks a JSON file as an Assay backup. */
export const BACKUP_FORMAT = 'assay-backup';
/**
 * The backup file version this code writes and the newest it reads. 2: highlight colours are
 * palette hues (version 1 held hex colours; it is still read, see backup-assembler.ts).
 */
export const BACKUP_VERSION = 2;

/** A complete backup, as written to and read from the `.json` file. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  notes: Note[];
  clippings: Clipping[];
  /** Null when the user never changed a setting. */
  settings: SettingsRecord | null;
}

/**
 * The validation of everything in a backup file but its records: the reader hands the notes and
 * clippings on one at a time, each checked against its own schema as it arrives, so here those
 * arrays are only required to be arrays.
 */
export const BackupEnvelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: TimestampSchema,
  notes: z.array(z.never()),
  clippings: z.array(z.never()),
  settings: SettingsRecordSchema.nullable(),
});
