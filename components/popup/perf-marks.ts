/**
 * Performance marks the storage benchmark reads (scripts/bench/storage.ts). They cost a few
 * microseconds, add nothing to the page, and say what a stopwatch outside the popup could not:
 * when the list was first on screen, and how long a search took from asking to showing.
 */

/** Set once, when the first page of clippings has been rendered. */
export const LIST_READY_MARK = 'assay-popup:list-ready';
/** One measure per search: from the request (after the typing pause) to its results rendered. */
export const SEARCH_MEASURE = 'assay-popup:search';

/** When a list was asked for and answered: the marks say how much of the wait was the background's. */
export interface Timing {
  askedAt: number;
  answeredAt: number;
}

export function markListReady({ askedAt, answeredAt }: Timing): void {
  if (performance.getEntriesByName(LIST_READY_MARK).length > 0) return;
  performance.mark(LIST_READY_MARK, { detail: { askedAt, answerMs: answeredAt - askedAt } });
}

export function measureSearch(text: string, { askedAt, answeredAt }: Timing, results: number): void {
  performance.measure(SEARCH_MEASURE, { start: askedAt, end: performance.now(), detail: { text, results, answerMs: answeredAt - askedAt } });
}
