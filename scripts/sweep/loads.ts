/**
 * One page load, with Assay or without it. Every load gets a fresh tab, and the tab is closed
 * afterwards, so the isolate whose heap is measured holds that one page only.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { noActivity, watchPageForExtension, type ExtensionActivity } from './extension-watch.ts';
import { heapAfterGc, highlightCounts, readyPhases, serializeBody, waitForAssayReady } from './in-page.ts';
import { withTimeout } from './timeout.ts';
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
/** Time limits for a whole load: navigation and the ready wait have their own, and these are above them. */
const ASSAY_LOAD_LIMIT_MS = 120_000;
const BARE_LOAD_LIMIT_MS = 60_000;
const CLOSE_TIMEOUT_MS = 10_000;

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
  /** Dialogs the page opened, or its navigating away (see pageNotes). */
  notes: string[];
}

export interface LoadOptions {
  /** Record a trace and find Assay's tasks in it (the tracer slows the page: no body or heap then). */
  trace?: TraceMode;
  /** Read the body and the heap (the first load of a page). */
  bodyAndHeap?: boolean;
}

/** An open tab and what the load is doing in it, for the message when it runs out of time. */
interface Tab {
  page: Page;
  session: CDPSession;
  step: string;
  dialogs: number;
  /** What must happen even when the work fails (ending a trace). */
  cleanup?: () => Promise<void> | undefined;
}

/**
 * Runs `work` in a fresh tab within `limitMs`, then closes the tab. Dialogs are dismissed (an
 * alert would otherwise hold every later call), and counted.
 */
async function inTab<T>(context: BrowserContext, limitMs: number, what: string, work: (tab: Tab) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  const tab: Tab = { page, session: await context.newCDPSession(page), step: 'opening the tab', dialogs: 0 };
  page.on('dialog', (dialog) => {
    tab.dialogs++;
    dialog.dismiss().catch(() => {});
  });
  try {
    return await withTimeout(work(tab), limitMs, () => `${what} ran out of time (${limitMs / 1000} s) while ${tab.step}`);
  } catch (error) {
    // A page that keeps reloading itself (an alert, then a redirect) cannot be measured; say so.
    const why = tab.dialogs ? ` (the page opened ${tab.dialogs} dialog(s) and navigated by itself)` : '';
    throw new Error(`${(error as Error).message.split('\n')[0]}${why}`);
  } finally {
    const cleanup = tab.cleanup?.();
    if (cleanup) await withTimeout(cleanup, CLOSE_TIMEOUT_MS, () => 'ending the trace').catch(() => {});
    await withTimeout(page.close(), CLOSE_TIMEOUT_MS, () => 'closing the tab').catch(() => {});
  }
}

/** Navigates and waits for `load`; a page whose load event never comes is measured as it is. */
async function navigate(tab: Tab, url: string): Promise<void> {
  tab.step = 'loading the page';
  try {
    await tab.page.goto(url, { waitUntil: 'load', timeout: GOTO_TIMEOUT_MS });
  } catch (error) {
    if ((error as Error).name !== 'TimeoutError') throw error;
  }
}

/** What the page itself did that bears on the figures: dialogs, leaving for another URL. */
function pageNotes(tab: Tab, url: string): string[] {
  const notes: string[] = [];
  if (tab.dialogs) notes.push(`the page opened ${tab.dialogs} dialog(s)`);
  if (tab.page.url() !== url) notes.push(`the page navigated away to ${tab.page.url().slice(0, 200)}`);
  return notes;
}

/**
 * Assay's ready mark, following the page if it navigates by itself (some reload, or leave for
 * a blocked URL, after an alert): the wait starts again in each new document, within the same
 * time. Null when no document of the page got ready (an error page runs no content script).
 */
async function readyThroughNavigations(tab: Tab): Promise<ReadyDetail | 'off' | null> {
  const deadline = performance.now() + READY_TIMEOUT_MS;
  for (;;) {
    const left = deadline - performance.now();
    if (left <= 0) return null;
    try {
      return await waitForAssayReady(tab.page, left);
    } catch (error) {
      if (!/context was destroyed|navigat/i.test((error as Error).message)) throw error;
      await tab.page.waitForLoadState('load', { timeout: Math.max(1, deadline - performance.now()) }).catch(() => {});
    }
  }
}

/** A load with Assay; what the extension did wrong goes into `activity`, even if the load fails. */
export function loadWithAssay(browser: AssayBrowser, url: string, options: LoadOptions = {}, activity = noActivity()): Promise<AssayLoad> {
  browser.current = activity;
  return inTab(browser.context, ASSAY_LOAD_LIMIT_MS, 'a load with Assay', async (tab) => {
    const { page, session } = tab;
    await watchPageForExtension(session, browser.extensionId, browser.origin, activity);
    const recording = options.trace ? await startTrace(session, options.trace) : undefined;
    // Tracing is browser-wide: a load that fails must still end its trace, or the next cannot start one.
    tab.cleanup = () => recording?.stop().then(() => undefined);
    await navigate(tab, url);
    const loadedAt = performance.now();
    tab.step = 'waiting for assay:ready';
    const ready = await readyThroughNavigations(tab);
    await sleep(SETTLE_MS);
    tab.step = 'reading the highlights';
    const mentions = await highlightCounts(page);
    const phases = ready && ready !== 'off' ? await readyPhases(page) : null;
    const load: AssayLoad = { ready: ready === 'off' ? null : ready, phases, off: ready === 'off', mentions, activity, notes: [] };
    if (recording) {
      tab.step = 'ending the trace';
      tab.cleanup = undefined;
      const events = await recording.stop();
      load.tasks = assayTasksFromTrace(events, browser.extensionId, page.url());
    }
    if (options.bodyAndHeap) {
      tab.step = 'reading the body and the heap';
      load.body = await serializeBody(page);
      load.serializedAfterMs = performance.now() - loadedAt;
      load.heap = await heapAfterGc(session);
    }
    load.notes = pageNotes(tab, url);
    return load;
  });
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
export function loadBare<T>(
  context: BrowserContext,
  url: string,
  serializeAfterMs: number,
  then?: { run: (page: Page) => Promise<T>; limitMs: number },
): Promise<BareLoad<T>> {
  const limitMs = BARE_LOAD_LIMIT_MS + serializeAfterMs + (then?.limitMs ?? 0);
  return inTab(context, limitMs, 'a load without Assay', async (tab) => {
    await navigate(tab, url);
    await sleep(serializeAfterMs);
    tab.step = 'reading the body and the heap';
    const body = await serializeBody(tab.page);
    const heap = await heapAfterGc(tab.session);
    tab.step = 'running the baselines';
    return { body, heap, extra: then ? await then.run(tab.page) : undefined };
  });
}
