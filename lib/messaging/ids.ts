/**
 * Ids for new records, made by the sender before the first attempt so that every retry of the
 * same write names the same record.
 */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
