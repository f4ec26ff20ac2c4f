/**
 * Asking the browser not to evict Assay's data under storage pressure.
 *
 * `StorageManager.persist()` exists only in windows, not in service workers, so this must be
 * called from an extension page (the popup or the options page), not from the background.
 */

export type PersistenceOutcome =
  /** Already persistent before asking. */
  | { status: 'already-persisted'; persisted: true }
  /** Asked, and the browser agreed. */
  | { status: 'granted'; persisted: true }
  /** Asked, and the browser said no (it may agree later, e.g. after more use). */
  | { status: 'denied'; persisted: false }
  /** This context has no `persist()` (a service worker, an old browser). */
  | { status: 'unsupported'; persisted: boolean | null }
  | { status: 'error'; persisted: null; message: string };

type PersistApi = Partial<Pick<StorageManager, 'persist' | 'persisted'>>;

function defaultStorage(): PersistApi | undefined {
  return (globalThis as { navigator?: { storage?: PersistApi } }).navigator?.storage;
}

/** Requests persistent storage when possible and says what happened. Never throws. */
export async function requestPersistence(storage: PersistApi | undefined = defaultStorage()): Promise<PersistenceOutcome> {
  try {
    const persisted = typeof storage?.persisted === 'function' ? await storage.persisted() : null;
    if (persisted === true) return { status: 'already-persisted', persisted: true };
    if (typeof storage?.persist !== 'function') return { status: 'unsupported', persisted };
    return (await storage.persist()) ? { status: 'granted', persisted: true } : { status: 'denied', persisted: false };
  } catch (error) {
    return { status: 'error', persisted: null, message: error instanceof Error ? error.message : String(error) };
  }
}
