/**
 * Turns what `BackupReader` finds into a validated backup, a record at a time: the header first
 * (so another program's file is called that, not a list of its fields' faults), then each note
 * and clipping as it arrives, then the rest of the top-level fields at the end. The first fault
 * found ends the import with a message saying what and where; nothing is written before the end.
 */
import { describeIssues } from '../messaging/issues.ts';
import { AssayError } from '../messaging/result.ts';
import { upgradeLegacyColours } from '../settings/legacy-colours.ts';
import { LIMITS } from '../records/limits.ts';
import { ClippingSchema, NoteSchema } from '../records/schemas.ts';
import type { Clipping, Note } from '../records/types.ts';
import { storedWebUrl } from '../records/url.ts';
import type { BackupEvent, RecordSection } from './backup-reader.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupEnvelopeSchema, type Backup } from './format.ts';
import type { ImportProgress } from './types.ts';
import type { z } from 'zod';

function invalid(message: string): AssayError {
  return new AssayError('invalid-backup', message);
}

function unacceptable(issues: readonly z.core.$ZodIssue[]): AssayError {
  return invalid(`The backup holds data Assay cannot accept: ${describeIssues(issues, 'the file')}. Nothing was imported.`);
}

function checkFormat(format: unknown): void {
  if (format !== BACKUP_FORMAT) {
    throw invalid(`This file is not an Assay backup (its format is ${JSON.stringify(format) ?? 'missing'}, not "${BACKUP_FORMAT}").`);
  }
}

function checkVersion(version: unknown): void {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw invalid('This backup has no valid version number, so Assay cannot tell how to read it.');
  }
  if (version > BACKUP_VERSION) {
    throw invalid(
      `This backup was made by a newer version of Assay (backup version ${version}; this Assay reads up to ${BACKUP_VERSION}). Update Assay, then import it again.`,
    );
  }
}

/** The clipping with its URL as a save stores it (normalised, then checked against the limit). */
function withStoredUrl(clipping: Clipping, index: number): Clipping {
  const url = storedWebUrl(clipping.url, LIMITS.urlChars);
  if (url === null) {
    throw invalid(
      `The backup holds data Assay cannot accept: clippings[${index}].url is too long once tidied (at most ${LIMITS.urlChars} characters once tracking parameters are dropped and it is encoded). Nothing was imported.`,
    );
  }
  // Stryker disable next-line ConditionalExpression: a copy with the same URL is the same clipping; the test spares the copy.
  return url === clipping.url ? clipping : { ...clipping, url };
}

/**
 * Version 1 (Assay 0.1) held highlight colours as hex; they become the nearest palette hues and
 * the file is read as version 2. Everything else is left for the schema to judge.
 */
function upgradeFromVersion1(fields: Record<string, unknown>): Record<string, unknown> {
  if (fields.version !== 1) return fields;
  const settings = fields.settings as { value?: unknown } | null | undefined;
  const upgraded = settings && typeof settings === 'object' ? { ...settings, value: upgradeLegacyColours(settings.value) } : settings;
  return { ...fields, version: BACKUP_VERSION, settings: upgraded };
}

export class BackupAssembler {
  private readonly fields = new Map<string, unknown>();
  /** Records that arrived before the header was complete, checked once it is. */
  private waiting: Extract<BackupEvent, { type: 'item' }>[] = [];
  private headerChecked = false;
  private readonly notes: Note[] = [];
  private readonly clippings: Clipping[] = [];
  private readonly ids = { notes: new Set<string>(), clippings: new Set<string>() };

  /** Takes the next thing the reader found; throws an `invalid-backup` AssayError at the first fault. */
  accept(event: BackupEvent): void {
    if (event.type === 'field') {
      this.fields.set(event.key, event.value);
      if (event.key === 'format') checkFormat(event.value);
      if (!this.headerChecked && this.fields.has('format') && this.fields.has('version')) this.checkHeader();
    } else if (event.type === 'array') {
      // Validated at the end as an empty array: its items are checked one by one.
      this.fields.set(event.key, []);
    } else if (this.headerChecked) {
      this.addRecord(event.key, event.index, event.value);
    } else {
      this.waiting.push(event);
    }
  }

  /** How many records have been read so far. */
  progress(): ImportProgress {
    return { notes: this.notes.length + this.waitingIn('notes'), clippings: this.clippings.length + this.waitingIn('clippings') };
  }

  /** The whole backup, once the reader has reached the end of the file. */
  finish(): Backup {
    // Stryker disable next-line ConditionalExpression: checking the header twice finds the same; no record waits by then.
    if (!this.headerChecked) this.checkHeader();
    const envelope = BackupEnvelopeSchema.safeParse(upgradeFromVersion1(Object.fromEntries(this.fields)));
    if (!envelope.success) throw unacceptable(envelope.error.issues);
    return { ...envelope.data, notes: this.notes, clippings: this.clippings };
  }

  private waitingIn(section: RecordSection): number {
    return this.waiting.filter((event) => event.key === section).length;
  }

  private checkHeader(): void {
    checkFormat(this.fields.get('format'));
    checkVersion(this.fields.get('version'));
    this.headerChecked = true;
    for (const event of this.waiting) this.addRecord(event.key, event.index, event.value);
    this.waiting = [];
  }

  private addRecord(section: RecordSection, index: number, value: unknown): void {
    const prefix = (issues: readonly z.core.$ZodIssue[]) => issues.map((issue) => ({ ...issue, path: [section, index, ...issue.path] }));
    let id: string;
    if (section === 'notes') {
      const note = NoteSchema.safeParse(value);
      if (!note.success) throw unacceptable(prefix(note.error.issues));
      id = note.data.id;
      this.notes.push(note.data);
    } else {
      const clipping = ClippingSchema.safeParse(value);
      if (!clipping.success) throw unacceptable(prefix(clipping.error.issues));
      id = clipping.data.id;
      this.clippings.push(withStoredUrl(clipping.data, index));
    }
    if (this.ids[section].has(id)) {
      throw invalid(`The backup lists the same record twice (id "${id}"), so it was not made by Assay. Nothing was imported.`);
    }
    this.ids[section].add(id);
  }
}
