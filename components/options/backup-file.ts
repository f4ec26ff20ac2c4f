/**
 * Reading the backup file the user picked a slice at a time, as text in parts no larger than a
 * backup part: a file of any size is never held whole, and each part can travel in one message.
 */
import { splitUtf8 } from '../../lib/backup/utf8.ts';
import { LIMITS } from '../../lib/records/limits.ts';

/** What a user-picked file offers (a `File`, or a stand-in in tests). */
export interface PickedFile {
  name: string;
  size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

/** Why a file could not be read, in words for the user. */
export class FileReadError extends Error {}

/**
 * The file's text in parts of at most `maxBytes` UTF-8 bytes (at least one part, empty for an
 * empty file). Bytes are decoded as a stream, so a character cut between two slices is whole in
 * the text; bytes that are not UTF-8 become U+FFFD, as `File.text()` would make them.
 */
export async function* readFileParts(file: PickedFile, maxBytes: number = LIMITS.backupPartBytes): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let sent = false;
  for (let start = 0; start < file.size; start += maxBytes) {
    const end = Math.min(file.size, start + maxBytes);
    let bytes: ArrayBuffer;
    try {
      bytes = await file.slice(start, end).arrayBuffer();
    } catch (error) {
      throw new FileReadError(
        `“${file.name}” could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was imported.`,
      );
    }
    const text = decoder.decode(bytes, { stream: end < file.size });
    // Undecodable bytes grow (1 byte becomes the 3 of U+FFFD), so a slice can exceed a part.
    for (const part of splitUtf8(text, maxBytes)) {
      if (part === '') continue;
      sent = true;
      yield part;
    }
  }
  if (!sent) yield '';
}
