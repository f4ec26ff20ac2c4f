/**
 * Performance marks of Assay's phases, for the corpus sweep only. A page reads its own
 * performance timeline (`performance.getEntries()`), so marks named after Assay would tell every
 * page that Assay is installed, and `assay:off` that the reader switched it off there. The
 * production build has none: `import.meta.env.ASSAY_MARKS` is false there and the calls are
 * dropped; `ASSAY_MARKS=1 wxt build` (the sweep's build, in .output/chrome-mv3-marks) keeps them.
 * Tests ask the content script instead (`tab.status`).
 */
export function mark(name: string, detail?: unknown): void {
  if (import.meta.env.ASSAY_MARKS) performance.mark(name, { detail });
}

export function measure(name: string, start: string): void {
  if (import.meta.env.ASSAY_MARKS) performance.measure(name, start);
}
