/**
 * Reading a page from outside: Assay's ready mark, its highlight registries, the body as HTML,
 * and the isolate's heap. The mark and the registries belong to the document, so the page's
 * main world sees what the content script's isolated world put there.
 */
import type { CDPSession, Page } from 'playwright-core';
import { MENTION_TYPES, type HeapUsage, type MentionType, type ReadyDetail, type ReadyPhases } from './types.ts';

/**
 * `page.evaluate(fn, arg)` for functions with helpers inside. tsx compiles with esbuild's
 * keepNames, which wraps inner functions in calls to a `__name` helper that exists in Node but
 * not in the page; the page gets a stand-in that does nothing. `arg` must be JSON.
 */
export function evaluateInPage<A, R>(page: Page, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  return page.evaluate(`(() => { const __name = (target) => target; return (${fn.toString()})(${JSON.stringify(arg)}); })()`) as Promise<R>;
}

/**
 * Waits in the page for `assay:ready` and `assay:settled` (or `assay:off`) without polling from outside, so the
 * wait adds no tasks to the main thread while Assay works. Null when neither comes in time.
 */
export function waitForAssayReady(page: Page, timeoutMs: number): Promise<ReadyDetail | 'off' | null> {
  return evaluateInPage(page, (timeout: number) => {
    return new Promise<ReadyDetail | 'off' | null>((resolve) => {
      const settled = (): boolean => {
        // Time to highlights comes from `assay:ready`; the load goes on until compromise (when a
        // page needs it) has settled the rest, so its cost is in the trace and the counts.
        const ready = performance.getEntriesByName('assay:ready')[0] as PerformanceMark | undefined;
        const done = performance.getEntriesByName('assay:settled')[0] as PerformanceMark | undefined;
        if (ready && done) resolve({ ...(ready.detail as ReadyDetail), nlp: (done.detail as { nlp: boolean }).nlp, settleMs: (done.detail as { settleMs: number }).settleMs });
        else if (performance.getEntriesByName('assay:off').length) resolve('off');
        else return false;
        return true;
      };
      if (settled()) return;
      const observer = new PerformanceObserver(() => {
        if (settled()) observer.disconnect();
      });
      observer.observe({ type: 'mark' });
      setTimeout(() => {
        observer.disconnect();
        if (!settled()) resolve(null);
      }, timeout);
    });
  }, timeoutMs);
}

/**
 * Where Assay's time to highlights went, from its own marks: waiting for its settings from the
 * service worker, loading the alias index, then scanning (walk, recognition, ranges, yields).
 */
export function readyPhases(page: Page): Promise<ReadyPhases | null> {
  return page.evaluate(() => {
    const ready = performance.getEntriesByName('assay:ready')[0] as PerformanceMark | undefined;
    const indexStart = performance.getEntriesByName('assay:index-start')[0];
    const index = performance.getEntriesByName('assay:index', 'measure')[0];
    if (!ready || !indexStart || !index) return null;
    const started = ready.startTime - (ready.detail as { readyMs: number }).readyMs;
    return { settingsMs: indexStart.startTime - started, indexMs: index.duration, scanMs: ready.startTime - (index.startTime + index.duration) };
  });
}

/** Ranges in each of Assay's highlight registries. */
export async function highlightCounts(page: Page): Promise<Record<MentionType, number> & { total: number }> {
  const sizes = await page.evaluate((types) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    // Registry names follow the palette colour: `hl-m-amber-l` for minerals (lib/highlight/palette.ts).
    // A type has a Highlight per tone (light or dark ground): their sizes add up.
    return types.map((t) => [...(registry ?? [])].filter(([name]) => name.startsWith(`hl-${t[0]}-`)).reduce((sum, [, h]) => sum + h.size, 0));
  }, MENTION_TYPES);
  const [mineral, country, deal] = sizes;
  return { mineral, country, deal, total: mineral + country + deal };
}

export function serializeBody(page: Page): Promise<string> {
  return page.evaluate(() => document.body?.outerHTML ?? '');
}

/** Heap in use once garbage is collected (twice: the first pass can leave finalizable objects). */
export async function heapAfterGc(session: CDPSession): Promise<HeapUsage> {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize, embedderHeapUsedSize, backingStorageSize } = await session.send('Runtime.getHeapUsage');
  return { usedSize, embedderHeapUsedSize, backingStorageSize };
}
