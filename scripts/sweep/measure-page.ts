/**
 * Everything the sweep measures on one page:
 *  1. a load with Assay: ready mark, highlight counts, body, heap;
 *  2. a traced load with Assay: its main-thread tasks (a separate load because the tracer
 *     slows the page, and would slow the timing of the first);
 *  3. two loads without Assay: bodies (is the page deterministic? did Assay change it?) and
 *     heaps (the growth is measured against them); the second one then runs the baselines.
 * Loads whose timing misses a target are repeated (`recheck`) and the median kept, because
 * other work on a busy machine can stretch any single load.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { runMarkJs, runTextWalk, type AliasLists } from './baselines.ts';
import { domVerdict } from './dom-compare.ts';
import { noActivity, type ExtensionActivity } from './extension-watch.ts';
import { loadBare, loadWithAssay, type AssayBrowser, type AssayLoad } from './loads.ts';
import type { SweepPage } from './pages.ts';
import type { TraceMode } from './trace.ts';
import { LONG_TASK_MS, READY_TARGET_MS } from './targets.ts';
import type { HeapUsage, PageResult } from './types.ts';

export interface MeasureOptions {
  baseline: boolean;
  markJsCapMs: number;
  /** Untraced loads with Assay per page (their median readyMs is reported). */
  runs: number;
  /** Extra loads for a page whose timing misses a target. */
  recheck: number;
  traceMode: TraceMode;
  aliases: AliasLists;
}

export interface SweepBrowsers {
  assay: AssayBrowser;
  bare: BrowserContext;
}

/** mark.js checks its cap between batches of keywords; a batch on a large page can run long. */
const BASELINE_OVERRUN_MS = 120_000;

/** The item at the (lower) median of `key`, among those that have one. */
function atMedian<T>(items: T[], key: (item: T) => number | undefined): T | undefined {
  const ranked = items.filter((i) => key(i) !== undefined).sort((a, b) => (key(a) as number) - (key(b) as number));
  return ranked[(ranked.length - 1) >> 1];
}

const heapTotal = (h: HeapUsage) => h.usedSize + h.embedderHeapUsedSize + h.backingStorageSize;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

async function runBaselines(page: Page, options: MeasureOptions): Promise<NonNullable<PageResult['baselines']>> {
  const out: NonNullable<PageResult['baselines']> = { markJs: null, textWalk: null };
  try {
    out.textWalk = await runTextWalk(page);
    out.markJs = await runMarkJs(page, options.aliases, options.markJsCapMs);
  } catch (error) {
    out.failure = (error as Error).message.split('\n')[0];
  }
  return out;
}

export async function measurePage(browsers: SweepBrowsers, page: SweepPage, options: MeasureOptions): Promise<PageResult> {
  const url = browsers.assay.origin + page.urlPath;
  const result: PageResult = {
    page: page.page,
    file: page.file,
    url,
    bytes: page.bytes,
    lang: page.lang,
    ready: null,
    phases: null,
    readyRuns: [],
    mentions: { mineral: 0, country: 0, deal: 0, total: 0 },
    tasks: null,
    heap: null,
    dom: 'unknown',
    errors: [],
    consoleErrors: [],
    extensionRequests: [],
    blockedPageRequests: 0,
    notes: [],
  };
  const activities: ExtensionActivity[] = [];
  const load = (trace: TraceMode | undefined, bodyAndHeap = false) => {
    const activity = noActivity();
    activities.push(activity);
    return loadWithAssay(browsers.assay, url, { trace, bodyAndHeap }, activity);
  };
  try {
    const first = await load(undefined, true);
    if (first.off) throw new Error('Assay is switched off on this site');
    result.mentions = first.mentions;
    result.notes = first.notes;
    result.blockedPageRequests = first.activity.blockedPageRequests;
    const timed = [first];
    for (let i = 1; i < options.runs; i++) timed.push(await load(undefined));
    const traced = [await load(options.traceMode)];
    const readyOf = (l: AssayLoad) => l.ready?.readyMs;
    for (let i = 0; i < options.recheck && (readyOf(atMedian(timed, readyOf) ?? first) ?? 0) >= READY_TARGET_MS; i++) timed.push(await load(undefined));
    const ledOf = (l: AssayLoad) => l.tasks?.longestLedMs;
    for (let i = 0; i < options.recheck && (ledOf(atMedian(traced, ledOf) ?? traced[0]) ?? 0) > LONG_TASK_MS; i++) traced.push(await load(options.traceMode));
    result.readyRuns = timed.map(readyOf).filter((ms): ms is number => ms !== undefined);
    const medianTimed = atMedian(timed, readyOf);
    result.ready = medianTimed?.ready ?? null;
    result.phases = medianTimed?.phases ?? null;
    const tracedMedian = atMedian(traced, ledOf);
    result.tasks = tracedMedian?.tasks ? { ...tracedMedian.tasks, tracedReadyMs: tracedMedian.ready?.readyMs } : null;

    const serializeAfterMs = first.serializedAfterMs ?? 0;
    const bare1 = await loadBare(browsers.bare, url, serializeAfterMs);
    const bare2 = await loadBare(browsers.bare, url, serializeAfterMs, options.baseline ? { run: (p) => runBaselines(p, options), limitMs: options.markJsCapMs + BASELINE_OVERRUN_MS } : undefined);
    const dom = await domVerdict(first.body ?? '', [bare1.body, bare2.body], async () => {
      const again = await load(undefined, true);
      return { withAssay: again.body ?? '', bare: (await loadBare(browsers.bare, url, again.serializedAfterMs ?? serializeAfterMs)).body };
    });
    result.dom = dom.verdict;
    if (dom.diff) result.domDiff = dom.diff;
    if (first.heap) {
      const bare = [bare1.heap, bare2.heap];
      result.heap = {
        withAssay: first.heap,
        bare,
        growthBytes: first.heap.usedSize - mean(bare.map((h) => h.usedSize)),
        totalGrowthBytes: heapTotal(first.heap) - mean(bare.map(heapTotal)),
        noiseBytes: Math.abs(heapTotal(bare1.heap) - heapTotal(bare2.heap)),
      };
    }
    if (bare2.extra) result.baselines = bare2.extra;
  } catch (error) {
    result.failure = (error as Error).message.split('\n')[0];
  }
  const unique = (lists: string[][]) => [...new Set(lists.flat())];
  result.errors = unique(activities.map((a) => a.errors));
  result.consoleErrors = unique(activities.map((a) => a.consoleErrors));
  result.extensionRequests = unique(activities.map((a) => a.requests));
  return result;
}
