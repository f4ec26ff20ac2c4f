/**
 * Exports and imports between the options page and the background, a part at a time: an export
 * is fetched in parts and joined into one Blob for the download; an imported file is read in
 * parts and sent in parts, and the background previews or imports it once it has all of it.
 */
import type { ExportCursor } from '../../lib/backup/export-cursor.ts';
import type { ExportFormat, ExportPart, ImportProgress, ImportReport } from '../../lib/backup/types.ts';
import type { Result } from '../../lib/messaging/result.ts';
import { newId } from '../../lib/messaging/ids.ts';
import type { Client } from '../../lib/messaging/client.ts';
import type { Protocol } from '../../lib/messaging/protocol.ts';
import { FileReadError, readFileParts, type PickedFile } from './backup-file.ts';

/** A file to hand to the browser's download. */
export interface DownloadFile {
  blob: Blob;
  filename: string;
}

/** Either what was asked for, or why not: a code, and a message for the user (see components/i18n/errors.ts). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

/** The whole export in `format`; `onProgress` hears how many records are in so far, of how many. */
export async function fetchExport(
  client: Client<Protocol>,
  format: ExportFormat,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<Outcome<DownloadFile>> {
  const start = await client.request('backup.exportBegin', { format });
  if (!start.ok) return { ok: false, ...start.error };
  const { filename, mime, records: total } = start.value;
  // Each part becomes a Blob at once, so its string can be collected; the browser may keep a
  // large Blob on disk.
  const parts: Blob[] = [];
  let done = 0;
  for (let cursor: ExportCursor | null = start.value.cursor; cursor; ) {
    const part: Result<ExportPart> = await client.request('backup.exportPart', { format, cursor });
    if (!part.ok) return { ok: false, ...part.error };
    parts.push(new Blob([part.value.text]));
    done += part.value.records;
    onProgress(done, total);
    cursor = part.value.next;
  }
  return { ok: true, value: { blob: new Blob(parts, { type: mime }), filename } };
}

/** A large import takes a while to check and write; the default 10 s would cut it off. */
const END_TIMEOUT_MS = 300_000;

/** How a file is sent. */
export interface SendOptions {
  /** Hears how many records the background has read so far. */
  onProgress?: (read: ImportProgress) => void;
  /** The size of each part (tests use small ones). */
  partBytes?: number;
}

async function sendOnce(
  client: Client<Protocol>,
  file: PickedFile,
  apply: boolean,
  { onProgress = () => {}, partBytes }: SendOptions,
): Promise<{ ok: true; report: ImportReport } | { ok: false; code: string; message: string }> {
  const session = newId();
  let parts = 0;
  try {
    for await (const text of readFileParts(file, partBytes)) {
      const answer = await client.request('backup.importPart', { session, index: parts, text });
      if (!answer.ok) {
        void client.request('backup.importCancel', { session });
        return { ok: false, code: answer.error.code, message: answer.error.message };
      }
      parts += 1;
      onProgress(answer.value);
    }
  } catch (error) {
    void client.request('backup.importCancel', { session });
    if (error instanceof FileReadError) return { ok: false, code: 'unreadable', message: error.message };
    throw error;
  }
  const end = await client.request('backup.importEnd', { session, parts, apply }, { timeoutMs: END_TIMEOUT_MS });
  void client.request('backup.importCancel', { session });
  return end.ok ? { ok: true, report: end.value } : { ok: false, code: end.error.code, message: end.error.message };
}

/**
 * Sends `file` to the background and answers what importing it would change (`apply` false) or
 * what the import changed (`apply` true). If the background lost the file on the way (its
 * service worker was restarted), the file is sent once more.
 */
export async function sendBackupFile(
  client: Client<Protocol>,
  file: PickedFile,
  apply: boolean,
  options: SendOptions = {},
): Promise<Outcome<ImportReport>> {
  let outcome = await sendOnce(client, file, apply, options);
  if (!outcome.ok && outcome.code === 'not-found') outcome = await sendOnce(client, file, apply, options);
  return outcome.ok ? { ok: true, value: outcome.report } : { ok: false, code: outcome.code, message: outcome.message };
}
