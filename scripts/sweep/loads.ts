/**
 * One page load, with Assay or without it. Every load gets a fresh tab, and the tab is closed
 * afterwards, so the isolate whose heap is measured holds that one page only.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { noActivity, watchPageForExtension, type ExtensionActivity } from './extension-watch.ts';
import { heapAfterGc, highlightCounts, readyPhases, serializeBody, waitForAssayReady } from './in-page.ts';
import { startTrace, type TraceMode } from './trace.ts';
import { assayTasksFromTrace } from './trace-tasks.ts';
import type { AssayTasks, HeapUsage, MentionType, ReadyDetail, ReadyPhases } from './types.ts';

const GOTO_TIMEOUT_MS = 30_000;
const READY_TIMEOUT_MS = 30_000;
/**
 * After the ready mark, time for what follows it (the visibility check dropping hidden
 * mentions, the debounced report to the background) before counts, body and heap are read.
 */
const SETTLE_MS = 400;

export interface AssayBrowser {
  context: BrowserContext;
  extensionId: string;
  origin: string;
  /** Where the service worker's errors and requests go: the activity of the load under way. */
  current: ExtensionActivity;
}

export interface AssayLoad {
  ready: ReadyDetail | null;
  phases: ReadyPhases | null;
  off: boolean;
  mentions: Record<MentionType, number> & { total: number };
  activity: ExtensionActivity;
  tasks?: AssayTasks | null;
  body?: string;
  heap?: HeapUsage;
  /** From the end of navigation to the body being read, for the bare loads to match. */
  serializedAfterMs?: number;
}

export interface LoadOptions {
  /** Record a trace and find Assay's tasks in it (the tracer slows the page: no body or heap then). */
  trace?: TraceMode;
  /** Read the body and the heap (the first load of a page). */
  bodyAndHeap?: boolean;
}

async function openTab(context: BrowserContext): Promise<{ page: Page; session: CDPSession }> {
  const page = await context.newPage();
  return { page, session: await context.newCDPSession(page) };
}

/** Navigates and waits for `load`; a page whose load event never comes is measured as it is. */
async function navigate(page: Page, url: string): Promise<void> {
  try {
    await page.goto(url, { waitUntil: 'load', timeout: GOTO_TIMEOUT_MS });
  } catch (error) {
    if ((error as Error).name !== 'TimeoutError') throw error;
  }
}

/** A load with Assay; what the extension did wrong goes into `activity`, even if the load fails. */
export async function loadWithAssay(browser: AssayBrowser, url: string, options: LoadOptions = {}, activity = noActivity()): Promise<AssayLoad> {
  browser.current = activity;
  const { page, session } = await openTab(browser.context);
  try {
    await watchPageForExtension(session, browser.extensionId, browser.origin, activity);
    const recording = options.trace ? await startTrace(session, options.trace) : undefined;
    await navigate(page, url);
    const loadedAt = performance.now();
    const ready = await waitForAssayReady(page, READY_TIMEOUT_MS);
    await sleep(SETTLE_MS);
    const mentions = await highlightCounts(page);
    const phases = ready && ready !== 'off' ? await readyPhases(page) : null;
    const load: AssayLoad = { ready: ready === 'off' ? null : ready, phases, off: ready === 'off', mentions, activity };
    if (recording) {
      const events = await recording.stop();
      load.tasks = assayTasksFromTrace(events, browser.extensionId, page.url());
    }
    if (options.bodyAndHeap) {
      load.body = await serializeBody(page);
      load.serializedAfterMs = performance.now() - loadedAt;
      load.heap = await heapAfterGc(session);
    }
    return load;
  } finally {
    await page.close().catch(() => {});
  }
}

export interface BareLoad<T> {
  body: string;
  heap: HeapUsage;
  extra?: T;
}

/**
 * The page without Assay: its body read `serializeAfterMs` after navigation (when the load
 * with Assay read it), its heap, then whatever `then` measures on the open page.
 */
export async function loadBare<T>(context: BrowserContext, url: string, serializeAfterMs: number, then?: (page: Page) => Promise<T>): Promise<BareLoad<T>> {
  const { page, session } = await openTab(context);
  try {
    await navigate(page, url);
    await sleep(serializeAfterMs);
    const body = await serializeBody(page);
    const heap = await heapAfterGc(session);
    return { body, heap, extra: then ? await then(page) : undefined };
  } finally {
    await page.close().catch(() => {});
  }
}
