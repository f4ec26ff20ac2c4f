/**
 * Performance marks the storage benchmark reads (scripts/bench/storage.ts). They cost a few
 * microseconds, add nothing to the page, and say what a stopwatch outside the popup could not:
 * when the list was first on screen, and how long a search took from asking to showing.
 */

/** Set once, when the first page of clippings has been rendered. */
export const LIST_READY_MARK = 'assay-popup:list-ready';
/** One measure per search: from the request (after the typing pause) to its results rendered. */
export const SEARCH_MEASURE = 'assay-popup:search';

export function markListReady(): void {
  if (performance.getEntriesByName(LIST_READY_MARK).length === 0) performance.mark(LIST_READY_MARK);
}

export function measureSearch(text: string, askedAt: number, results: number): void {
  performance.measure(SEARCH_MEASURE, { start: askedAt, end: performance.now(), detail: { text, results } });
}
