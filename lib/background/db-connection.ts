/**
 * The background's database connection, opened on first use and opened again if the browser
 * closes it (the user cleared site data, a disk error). A failed open is not cached, so the next
 * request tries again instead of failing forever.
 */
import type { AssayDb } from '../store/db.ts';

/**
 * Returns a function that gives the open database. `open` receives an `onClosed` callback to
 * pass to `openAssayDb`, e.g.
 * `lazyDb((onClosed) => openAssayDb(indexedDB, 'assay', { onClosed }))`.
 */
export function lazyDb(open: (onClosed: () => void) => Promise<AssayDb>): () => Promise<AssayDb> {
  let current: Promise<AssayDb> | null = null;
  return () => {
    if (!current) {
      const opening = open(() => {
        if (current === opening) current = null;
      });
      current = opening;
      opening.catch(() => {
        if (current === opening) current = null;
      });
    }
    return current;
  };
}
