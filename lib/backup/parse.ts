/**
 * Reading a backup file the user picked, which may be anything: another program's JSON, a file
 * cut short while copying, one made by a newer Assay, or one crafted to do harm. Everything is
 * checked before anything is written, and each failure says in plain words what is wrong.
 *
 * A file is read in parts as it arrives (`BackupReader`) and checked record by record
 * (`BackupAssembler`); `parseBackup` does both for a file already in one string.
 */
import { BackupAssembler } from './backup-assembler.ts';
import { BackupReader } from './backup-reader.ts';
import type { Backup } from './format.ts';
import type { ImportProgress } from './types.ts';

/** A backup file being read a part at a time. */
export class BackupParser {
  private readonly assembler = new BackupAssembler();
  private readonly reader = new BackupReader((event) => this.assembler.accept(event));

  /** Reads the next part. Throws an `invalid-backup` AssayError at the first fault. */
  write(text: string): ImportProgress {
    this.reader.write(text);
    return this.assembler.progress();
  }

  /** The whole backup, validated, once the file has ended. */
  end(): Backup {
    this.reader.end();
    return this.assembler.finish();
  }
}

/**
 * The backup in `text`, fully validated, or an `invalid-backup` AssayError saying what is wrong.
 * Never writes anything.
 */
export function parseBackup(text: string): Backup {
  const parser = new BackupParser();
  parser.write(text);
  return parser.end();
}
