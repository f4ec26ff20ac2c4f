/**
 * Grants for notes panels. The notes panel is an extension page, and any web page may frame an
 * extension page that is web-accessible; so the panel shows nothing and may do nothing until it
 * presents a grant, which only Assay's own popover can obtain: the content script asks the
 * background for one when the reader opens a popover, and hands it to the frame over a private
 * channel (see entrypoints/content/notes-frame.ts). A grant is for one tab and one entity, binds
 * to the first frame that uses it, and expires; a new popover in the tab replaces it.
 *
 * Kept in the database rather than in the worker's memory, because an MV3 worker is stopped
 * after 30 idle seconds and a reader may take longer than that to write a note.
 */
import { AssayError } from '../messaging/result.ts';
import { systemClock, type Clock } from './clock.ts';
import type { AssayDb } from './db.ts';
import { writeTransaction } from './transaction.ts';
import type { NotesGrant } from '../records/types.ts';

/** A popover open all day long still works; an old token found somewhere does not. */
export const GRANT_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** Who presents a grant, as the browser says (`runtime.MessageSender`). */
export interface GrantUser {
  tabId?: number;
  frameId?: number;
  documentId?: string;
}

const REFUSED = 'This notes panel was not opened by Assay. Click the highlight again to open your notes.';

/** 32 random bytes as URL-safe text. */
export function newGrantToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  // Stryker disable next-line Regex: 32 bytes always encode to one trailing '=', so /=$/ and /=+/ strip the same
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export class GrantStore {
  constructor(
    private readonly db: AssayDb,
    private readonly now: Clock = systemClock,
  ) {}

  /** A new grant for `entityId` in `tabId`; the tab's older grants end, as do expired ones. */
  async mint(tabId: number, entityId: string, pageOrigin: string): Promise<NotesGrant> {
    const now = this.now();
    const grant: NotesGrant = { token: newGrantToken(), tabId, entityId, pageOrigin, createdAt: now, expiresAt: now + GRANT_LIFETIME_MS };
    await writeTransaction(this.db, ['grants'], async (tx) => {
      const store = tx.objectStore('grants');
      for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
        if (cursor.value.tabId === tabId || cursor.value.expiresAt <= now) await cursor.delete();
      }
      await store.put(grant);
    });
    return grant;
  }

  /**
   * The grant behind `token`, if `user` may use it: same tab, not expired, and the frame that
   * first used it (that first use binds it). Throws `forbidden` otherwise.
   */
  async use(token: string, user: GrantUser): Promise<NotesGrant> {
    // Every notes request checks its grant: a read, and a write only for the first use.
    const grant = await this.db.get('grants', token);
    const usable = (g: NotesGrant | undefined): g is NotesGrant =>
      !!g &&
      g.expiresAt > this.now() &&
      // Stryker disable next-line ConditionalExpression: said outright, though a grant's tabId is always a number, which a missing tab never equals
      user.tabId !== undefined &&
      g.tabId === user.tabId;
    if (!usable(grant)) throw new AssayError('forbidden', REFUSED);
    if (grant.frameId !== undefined) return this.sameFrame(grant, user);
    // Bound in a transaction of its own, so two frames racing for one grant cannot both win.
    return writeTransaction(this.db, ['grants'], async (tx) => {
      const store = tx.objectStore('grants');
      const fresh = await store.get(token);
      if (!usable(fresh)) throw new AssayError('forbidden', REFUSED);
      if (fresh.frameId !== undefined) return this.sameFrame(fresh, user);
      const bound: NotesGrant = { ...fresh, frameId: user.frameId ?? 0, ...(user.documentId ? { documentId: user.documentId } : {}) };
      await store.put(bound);
      return bound;
    });
  }

  private sameFrame(grant: NotesGrant, user: GrantUser): NotesGrant {
    const sameDocument = grant.documentId === undefined || user.documentId === undefined || grant.documentId === user.documentId;
    if (grant.frameId !== (user.frameId ?? 0) || !sameDocument) throw new AssayError('forbidden', REFUSED);
    return grant;
  }

  /** Ends every grant of a tab (the tab was closed). */
  async endTab(tabId: number): Promise<void> {
    await writeTransaction(this.db, ['grants'], async (tx) => {
      const store = tx.objectStore('grants');
      for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
        if (cursor.value.tabId === tabId) await cursor.delete();
      }
    });
  }
}
