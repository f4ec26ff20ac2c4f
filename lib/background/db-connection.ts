/**
 * The background's database connection, opened on first use and opened again if the browser
 * closes it (the user cleared site data, a disk error). A failed open is not cached, so the next
 * request tries again instead of failing forever.
 *
 * Opening can wait forever: an upgrade waits until every other connection to the database has
 * closed (an older copy of Assay still running after an update, one that does not step aside),
 * and a sick disk can leave the request unanswered. So opening has a deadline, and a shorter one
 * once the browser says the upgrade is blocked; past it, requests fail with an error the pages
 * can show. The open request itself cannot be cancelled: if it succeeds after all, that
 * connection is closed at once, so it holds up nobody, and the next request opens again.
 */
import { AssayError } from '../messaging/result.ts';
import type { AssayDb } from '../store/db.ts';

/** How long to wait for the database. */
export interface ConnectionDeadlines {
  /** After the upgrade is reported blocked (default 3 s). */
  blockedMs?: number;
  /** In all (default 20 s). */
  timeoutMs?: number;
}

/** What requests fail with while another connection blocks the upgrade. */
export const DATABASE_BLOCKED_MESSAGE =
  'Assay cannot open its database because an older copy of Assay still holds it open (this can ' +
  'happen for a moment after an update). Nothing was changed. Try again shortly; if this lasts, ' +
  'close other windows of this browser profile or restart the browser.';

/** Opens the database; `onClosed` and `onBlocked` go to `openAssayDb`'s options. */
export type OpenDb = (onClosed: () => void, onBlocked: () => void) => Promise<AssayDb>;

function openWithDeadlines(open: OpenDb, onClosed: () => void, deadlines: ConnectionDeadlines): Promise<AssayDb> {
  const { blockedMs = 3_000, timeoutMs = 20_000 } = deadlines;
  return new Promise((resolve, reject) => {
    let settled = false;
    let blockedTimer: ReturnType<typeof setTimeout> | undefined;
    const giveUp = (error: unknown) => {
      // Stryker disable next-line ConditionalExpression: a second reject is a no-op and the timers are already cleared; this only says "once".
      if (settled) return;
      settled = true;
      clearTimeout(blockedTimer);
      clearTimeout(totalTimer);
      reject(error);
    };
    const totalTimer = setTimeout(
      () => giveUp(new AssayError('storage-error', `Assay's database did not open within ${Math.round(timeoutMs / 1000)} seconds. Nothing was changed; try again, or restart the browser.`)),
      timeoutMs,
    );
    const onBlocked = () => {
      blockedTimer ??= setTimeout(() => giveUp(new AssayError('database-blocked', DATABASE_BLOCKED_MESSAGE)), blockedMs);
    };
    open(onClosed, onBlocked).then((db) => {
      if (settled) {
        db.close();
        return;
      }
      // Stryker disable next-line BooleanLiteral: both timers are cleared on the next lines, so nothing can call giveUp after this.
      settled = true;
      clearTimeout(blockedTimer);
      clearTimeout(totalTimer);
      resolve(db);
    }, giveUp);
  });
}

/**
 * Returns a function that gives the open database, e.g.
 * `lazyDb((onClosed, onBlocked) => openAssayDb(indexedDB, 'assay', { onClosed, onBlocked }))`.
 */
export function lazyDb(open: OpenDb, deadlines: ConnectionDeadlines = {}): () => Promise<AssayDb> {
  let current: Promise<AssayDb> | null = null;
  return () => {
    if (!current) {
      const opening = openWithDeadlines(
        open,
        () => {
          if (current === opening) current = null;
        },
        deadlines,
      );
      current = opening;
      opening.catch(() => {
        // Stryker disable next-line ConditionalExpression: a failed open never opened a connection, so no close event can have replaced it first.
        if (current === opening) current = null;
      });
    }
    return current;
  };
}
