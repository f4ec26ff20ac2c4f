/**
 * Imports of files sent in parts. The options page sends the file's text a part at a time under
 * an id it made (`part`), each part read and its records checked on arrival; then it asks for
 * the preview or the import (`end`), which happens only after the whole file was read and found
 * good, in one transaction: a bad file changes nothing, as when it came in one piece.
 *
 * Every call may be repeated (the page retries when an answer is lost): a part already read is
 * not read again, and a repeated `end` answers what the first one did. A session lives in the
 * background's memory only; if the service worker was stopped meanwhile, the page is told the
 * import was interrupted and sends the file again.
 */
import { AssayError } from '../messaging/result.ts';
import { systemClock, type Clock } from '../store/clock.ts';
import type { AssayDb } from '../store/db.ts';
import { applyBackup, previewBackup } from './import.ts';
import { BackupParser } from './parse.ts';
import type { ImportProgress, ImportReport } from './types.ts';

/** A session untouched this long is dropped (the page that started it is gone). */
const IDLE_MS = 5 * 60_000;
/** Sessions kept at once; a new one drops the least recently used. */
const MAX_SESSIONS = 4;

interface Session {
  parser: BackupParser | null;
  /** Parts read so far; the next part must have this index. */
  parts: number;
  progress: ImportProgress;
  /** The first fault found, answered again to a repeated request. */
  failed?: unknown;
  /** The preview or import, once asked for. */
  ending?: Promise<ImportReport>;
  usedAt: number;
}

/** The message the page acts on by sending the file again. */
export const IMPORT_INTERRUPTED =
  "The import was interrupted (Assay's background was restarted while the file was being read). Nothing was imported.";

function interrupted(): AssayError {
  return new AssayError('not-found', IMPORT_INTERRUPTED);
}

export class ImportSessions {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly now: Clock = systemClock) {}

  /** Reads part `index` of the file sent as `id` (part 0 starts the session). */
  part(id: string, index: number, text: string): ImportProgress {
    this.dropIdle();
    let session = this.sessions.get(id);
    if (!session) {
      if (index !== 0) throw interrupted();
      session = this.start(id);
    }
    session.usedAt = this.now();
    if (session.failed) throw session.failed;
    if (index < session.parts) return session.progress;

    if (index > session.parts || !session.parser) throw interrupted();
    try {
      session.progress = session.parser.write(text);
    } catch (error) {
      this.fail(session, error);
    }
    session.parts += 1;
    return session.progress;
  }

  /**
   * Once all `parts` were sent: what importing the file would change (`apply` false), or the
   * import itself, in one transaction (`apply` true).
   */
  end(db: AssayDb, id: string, parts: number, apply: boolean): Promise<ImportReport> {
    const session = this.sessions.get(id);
    if (!session) return Promise.reject(interrupted());
    session.usedAt = this.now();
    if (session.failed) return Promise.reject(session.failed);
    if (!session.ending) {
      if (parts !== session.parts || !session.parser) return Promise.reject(interrupted());
      const parser = session.parser;
      // The records are needed only until they are written; a repeated `end` gets the report.
      session.parser = null;
      session.ending = Promise.resolve().then(() => {
        const backup = parser.end();
        return apply ? applyBackup(db, backup) : previewBackup(db, backup);
      });
      session.ending.catch(() => {});
    }
    return session.ending;
  }

  /** Forgets the session (the user cancelled, or the page is done with it). */
  cancel(id: string): void {
    this.sessions.delete(id);
  }

  /** How many sessions are held (for tests). */
  get size(): number {
    return this.sessions.size;
  }

  private start(id: string): Session {
    const session: Session = { parser: new BackupParser(), parts: 0, progress: { notes: 0, clippings: 0 }, usedAt: this.now() };
    this.sessions.set(id, session);
    if (this.sessions.size > MAX_SESSIONS) {
      const oldest = Array.from(this.sessions).sort(([, a], [, b]) => a.usedAt - b.usedAt)[0];
      // Stryker disable next-line ConditionalExpression: with more sessions than the limit there is always an oldest.
      if (oldest) this.sessions.delete(oldest[0]);
    }
    return session;
  }

  private fail(session: Session, error: unknown): never {
    session.failed = error;
    session.parser = null;
    throw error;
  }

  private dropIdle(): void {
    const now = this.now();
    for (const [id, session] of this.sessions) if (now - session.usedAt > IDLE_MS) this.sessions.delete(id);
  }
}
