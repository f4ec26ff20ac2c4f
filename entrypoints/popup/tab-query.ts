/** The tab id a `popup.html?tab=<id>` URL names (tests and the demo open the popup as a page). */

/** The tab id from `?tab=`, or undefined when absent or not a tab id. */
export function tabIdFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,15}$/.test(raw)) return undefined;
  return Number(raw);
}
