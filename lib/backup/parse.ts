/**
 * Reading a backup file the user picked, which may be anything: another program's JSON, a file
 * cut short while copying, one made by a newer Assay, or one crafted to do harm. Everything is
 * checked before anything is written, and each failure says in plain words what is wrong.
 */
import { describeIssues } from '../messaging/issues.ts';
import { AssayError } from '../messaging/result.ts';
import { LIMITS } from '../store/limits.ts';
import type { Clipping } from '../store/types.ts';
import { storedWebUrl } from '../store/url.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema, type Backup } from './format.ts';

/** Keys that could reach an object's prototype if some later code copied them blindly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function invalid(message: string): AssayError {
  return new AssayError('invalid-backup', message);
}

function megabytes(chars: number): string {
  return `${Math.ceil(chars / (1024 * 1024))} MB`;
}

/**
 * Whether a JSON syntax error is the text stopping early: engines say so in words ("Unexpected
 * end of JSON input", "end of data") or report the error at the very end of the text.
 */
function endsEarly(text: string, message: string): boolean {
  if (/end of (JSON )?(input|data)|unterminated/i.test(message)) return true;
  const position = /at position (\d+)/.exec(message);
  return position !== null && Number(position[1]) >= text.trimEnd().length;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw invalid(`The file contains a field named "${key}", which Assay never writes. It was not imported.`);
      return value;
    });
  } catch (error) {
    if (error instanceof AssayError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (endsEarly(text, message)) {
      throw invalid('The file is incomplete: it ends in the middle of the data, as if it was cut short while copying. Nothing was imported.');
    }
    if (error instanceof RangeError) throw invalid('The file is nested too deeply to be an Assay backup.');
    throw invalid(`The file is not valid JSON (${message}), so it is not an Assay backup.`);
  }
}

function checkHeader(data: unknown): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw invalid('This file is not an Assay backup (it does not hold a backup object).');
  }
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) {
    throw invalid(`This file is not an Assay backup (its format is ${JSON.stringify(format) ?? 'missing'}, not "${BACKUP_FORMAT}").`);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw invalid('This backup has no valid version number, so Assay cannot tell how to read it.');
  }
  if (version > BACKUP_VERSION) {
    throw invalid(
      `This backup was made by a newer version of Assay (backup version ${version}; this Assay reads up to ${BACKUP_VERSION}). Update Assay, then import it again.`,
    );
  }
}

function findDuplicate(ids: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

/**
 * The clipping with its URL as Assay stores it (normalised, as a save does), or an error when
 * that form is longer than the limit: nothing longer may be stored, or later backups would fail.
 */
function withStoredUrl(clipping: Clipping, index: number): Clipping {
  const url = storedWebUrl(clipping.url, LIMITS.urlChars);
  if (url === null) {
    throw invalid(
      `The backup holds data Assay cannot accept: clippings[${index}].url is too long once tidied (at most ${LIMITS.urlChars} characters once tracking parameters are dropped and it is encoded). Nothing was imported.`,
    );
  }
  return url === clipping.url ? clipping : { ...clipping, url };
}

/**
 * The backup in `text`, fully validated, or an `invalid-backup` AssayError saying what is wrong.
 * Never writes anything.
 */
export function parseBackup(text: string): Backup {
  if (text.length > LIMITS.backupChars) {
    throw invalid(`The file is too large (${megabytes(text.length)}; the limit is ${megabytes(LIMITS.backupChars)}). It is not a backup Assay made.`);
  }
  if (text.trim() === '') throw invalid('The file is empty.');
  // A UTF-8 byte order mark, added by some editors, is not part of the JSON.
  const data = parseJson(text.replace(/^\uFEFF/, ''));
  checkHeader(data);
  const parsed = BackupSchema.safeParse(data);
  if (!parsed.success) {
    throw invalid(`The backup holds data Assay cannot accept: ${describeIssues(parsed.error.issues, 'the file')}. Nothing was imported.`);
  }
  const backup = { ...parsed.data, clippings: parsed.data.clippings.map(withStoredUrl) };
  const duplicateNote = findDuplicate(backup.notes.map((note) => note.id));
  const duplicateClipping = findDuplicate(backup.clippings.map((clipping) => clipping.id));
  if (duplicateNote ?? duplicateClipping) {
    throw invalid(`The backup lists the same record twice (id "${duplicateNote ?? duplicateClipping}"), so it was not made by Assay. Nothing was imported.`);
  }
  return backup;
}
