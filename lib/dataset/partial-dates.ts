/**
 * Comparing the dataset's partial dates (`2025`, `2025-07`, `2025-07-10`): a date is only as
 * precise as its source, so "2025-07" is not before "2025-07-10" — it may be any day of July.
 */

/**
 * True when `later` cannot be before `earlier`: compared at the precision the two share, so an
 * as-of of "2025-07" passes for a deal dated "2025-07-10", and "2025-06" does not.
 */
export function notBefore(later: string, earlier: string): boolean {
  const shared = Math.min(later.length, earlier.length);
  return later.slice(0, shared) >= earlier.slice(0, shared);
}
