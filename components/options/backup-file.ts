/**
 * Reading the backup file the user picked, after refusing one too large to be a backup: a file
 * of hundreds of megabytes would freeze the page while it is read, and the background would
 * refuse it anyway.
 */
import { LIMITS } from '../../lib/store/limits.ts';
import { formatBytes } from './format.ts';

export type BackupFileText = { ok: true; text: string } | { ok: false; message: string };

/** What a user-picked file offers (a `File`, or a stand-in in tests). */
export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

/**
 * The file's text, or why it was not read. The limit counts characters and `size` counts bytes;
 * a backup is JSON, mostly ASCII, where the two are nearly the same.
 */
export async function readBackupFile(file: PickedFile): Promise<BackupFileText> {
  if (file.size > LIMITS.backupChars) {
    const limit = formatBytes(LIMITS.backupChars);
    // Rounded, a size just over the limit would read as the limit itself.
    const size = formatBytes(file.size) === limit ? `just over ${limit}` : formatBytes(file.size);
    return {
      ok: false,
      message: `“${file.name}” is ${size}; Assay reads backups up to ${limit}. It is not a backup Assay made, so nothing was imported.`,
    };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return { ok: false, message: `“${file.name}” could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was imported.` };
  }
}
