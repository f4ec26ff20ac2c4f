/**
 * A sweep: the built extension (a private copy) in one headless Chromium, a second Chromium
 * without it for the bare loads and the baselines, the pages served on 127.0.0.1 with every
 * outside request blocked, and the pages measured one at a time so they never compete for the
 * two cores.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { launchWithExtension, type LaunchedExtension } from '../browser.ts';
import { ensureChromium } from '../chromium.ts';
import { serveStatic } from '../serve.ts';
import { aliasLists } from './baselines.ts';
import { copyBuiltExtension } from './extension-copy.ts';
import { noActivity, watchServiceWorker } from './extension-watch.ts';
import { loadBare, loadWithAssay, type AssayBrowser } from './loads.ts';
import { measurePage } from './measure-page.ts';
import { blockOutsideRequests } from './offline.ts';
import { seedPageRandom } from './seeded-random.ts';
import { collectPages } from './pages.ts';
import { evaluateTargets, summarize } from './targets.ts';
import type { TraceMode } from './trace.ts';
import type { PageResult, SweepReport } from './types.ts';

export interface SweepOptions {
  paths: string[];
  baseline: boolean;
  markJsCapMs: number;
  runs: number;
  recheck: number;
  traceMode: TraceMode;
  /** A built Chromium extension; .output/chrome-mv3 when not given. */
  extensionPath?: string;
  /** Pages measured by an earlier, interrupted run (by file; failed ones are measured again). */
  reuse?: PageResult[];
  /** Called after each page with the report so far (marked partial). */
  onPage?: (result: PageResult, index: number, count: number, soFar: SweepReport) => void;
}

/** Ctrl-C: the browsers are closing, so no more pages can be measured. */
export class SweepInterrupted extends Error {
  constructor() {
    super('sweep interrupted');
  }
}

export const DEFAULT_OPTIONS: Omit<SweepOptions, 'paths'> = { baseline: true, markJsCapMs: 60_000, runs: 1, recheck: 2, traceMode: 'full' };

function browserVersion(): string {
  try {
    return execFileSync(ensureChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export async function runSweep(options: SweepOptions): Promise<SweepReport> {
  const { pages, roots } = collectPages(options.paths);
  const startedAt = new Date().toISOString();
  const extension = await copyBuiltExtension(options.extensionPath);
  const server = await serveStatic(0, roots);
  const launched: LaunchedExtension[] = [];
  // Interrupted (Ctrl-C), Playwright closes the browsers and exits the process; the profiles
  // and the copy are then removed on the way out.
  const removeLeftovers = () => {
    for (const browser of launched) rmSync(browser.userDataDir, { recursive: true, force: true });
    extension.remove();
  };
  process.once('exit', removeLeftovers);
  let interrupted = false;
  const onInterrupt = () => {
    interrupted = true;
  };
  process.once('SIGINT', onInterrupt);
  try {
    const withAssay = await launchWithExtension({ extensionPath: extension.path });
    launched.push(withAssay);
    // What the service worker does before the first page, or between loads, is recorded too.
    const outsideLoads = noActivity();
    const assay: AssayBrowser = { context: withAssay.context, extensionId: withAssay.extensionId, origin: server.origin, current: outsideLoads };
    watchServiceWorker(withAssay.context, withAssay.extensionId, () => assay.current);
    const bare = await launchWithExtension({ withoutExtension: true });
    launched.push(bare);
    await blockOutsideRequests(withAssay.context, server.origin);
    await blockOutsideRequests(bare.context, server.origin);
    await seedPageRandom(withAssay.context);
    await seedPageRandom(bare.context);
    const measureOptions = { ...options, aliases: aliasLists() };
    // The first load in a fresh browser pays for starting the service worker and compiling the
    // content script without a code cache; a warm-up load keeps that off the first page's figures
    // and reports it on its own.
    const warmUpUrl = server.origin + pages[0].urlPath;
    const warmUp = await loadWithAssay(assay, warmUpUrl, {}, outsideLoads).catch(() => undefined);
    await loadBare(bare.context, warmUpUrl, 0).catch(() => undefined);
    const results: PageResult[] = [];
    const report = (partial: boolean): SweepReport => ({
      startedAt,
      ...(partial ? { partial } : {}),
      browser: browserVersion(),
      extensionId: withAssay.extensionId,
      options: { baseline: options.baseline, markJsCapMs: options.markJsCapMs, runs: options.runs, recheck: options.recheck, traceMode: options.traceMode },
      pages: results,
      outsideLoads: { errors: outsideLoads.errors, consoleErrors: outsideLoads.consoleErrors, requests: outsideLoads.requests },
      coldStart: { page: pages[0].page, ready: warmUp?.ready ?? null },
      summary: summarize(results),
      targets: evaluateTargets(results, options.baseline, outsideLoads),
    });
    const reusable = new Map((options.reuse ?? []).filter((p) => !p.failure).map((p) => [p.file, p]));
    for (const [i, page] of pages.entries()) {
      const result = reusable.get(page.file) ?? (await measurePage({ assay, bare: bare.context }, page, measureOptions));
      if (interrupted) throw new SweepInterrupted();
      assay.current = outsideLoads;
      results.push(result);
      options.onPage?.(result, i, pages.length, report(true));
    }
    return report(false);
  } finally {
    process.off('exit', removeLeftovers);
    process.off('SIGINT', onInterrupt);
    for (const browser of launched) await browser.close();
    await server.close();
    extension.remove();
  }
}
