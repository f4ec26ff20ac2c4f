/** What the corpus sweep records, per page and for the whole run (also the shape of its JSON). */

export type MentionType = 'mineral' | 'country' | 'deal';
export const MENTION_TYPES: MentionType[] = ['mineral', 'country', 'deal'];

/** The `detail` of the content script's `assay:ready` performance mark. */
export interface ReadyDetail {
  mentions: number;
  chunks: number;
  longestSliceMs: number;
  /** The first scan's slices together, without the waits between them (older builds lack it). */
  workMs?: number;
  readyMs: number;
  /** Whether compromise was loaded to settle sentences the rules could not (after `readyMs`). */
  nlp: boolean;
  /** From highlights drawn to compromise's decisions applied (0 when none were needed). */
  settleMs?: number;
}

/** Assay's time to highlights, split by its own marks. */
export interface ReadyPhases {
  /** From the content script's start to its settings arriving from the service worker. */
  settingsMs: number;
  indexMs: number;
  /** Walking, recognizing, drawing, yielding to the page, and compromise when a rule asked. */
  scanMs: number;
}

/** Runtime.getHeapUsage of the page's V8 isolate, after a full garbage collection. */
export interface HeapUsage {
  /** V8's JavaScript heap. */
  usedSize: number;
  /** Blink's garbage-collected heap: DOM objects such as Ranges and Highlights. */
  embedderHeapUsedSize: number;
  /** ArrayBuffer backing stores and external strings (the alias index's typed arrays). */
  backingStorageSize: number;
}

/**
 * Assay's main-thread tasks, read from a Chromium trace of one page load. A task is Assay's
 * when it ran the extension's script; it is *led* by Assay when Assay's own part (time in its
 * script, by trace events or CPU samples) is at least half of it. See trace-tasks.ts.
 */
export interface AssayTasks {
  count: number;
  /** Wall time of the longest task that ran any of Assay's script. */
  longestMs: number;
  /** CPU time of the same task (thread time: what a busy machine does not inflate). */
  longestCpuMs: number;
  /** Assay's own part of that task. */
  longestAssayPartMs: number;
  /** Where that task spent its time: self time by function, from the CPU samples. */
  longestTopFrames: string[];
  /** That task's direct children by duration (layout, paint, script…); full traces only. */
  longestTopEvents: string[];
  /** The longest task led by Assay (the long-task target). */
  longestLedMs: number;
  longestLedCpuMs: number;
  longestLedTopFrames: string[];
  longestLedTopEvents: string[];
  /** The most time Assay's script held the main thread within one task. */
  longestAssayPartAnyTaskMs: number;
  totalMs: number;
  totalCpuMs: number;
  /** Assay's own main-thread time, summed over its tasks. */
  assayPartTotalMs: number;
  /** Tasks led by Assay that took over 50 ms. */
  over50Ms: number;
  /** Assay's own timing in the traced load, to show the tracer's overhead. */
  tracedReadyMs?: number;
}

/**
 * `unchanged`: the body with Assay equals the body without it. `nondeterministic`: the page
 * changes its own body from one load to the next, so no comparison is meaningful.
 */
export type DomVerdict = 'unchanged' | 'changed' | 'nondeterministic' | 'unknown';

export interface MarkJsResult {
  ms: number;
  /** Keywords searched before the cap stopped it (all of them when not capped). */
  keywordsDone: number;
  keywords: number;
  capped: boolean;
  /** <mark> elements mark.js inserted. */
  marks: number;
}

export interface TextWalkResult {
  /** Mean of the warm walks (as many as fit in 20 ms, at least three). */
  ms: number;
  /** The first (cold) walk. */
  firstMs: number;
  textNodes: number;
  chars: number;
}

export interface PageResult {
  page: string;
  file: string;
  url: string;
  bytes: number;
  lang: string;
  /** Set when the page could not be measured at all (crash, timeout). */
  failure?: string;
  ready: ReadyDetail | null;
  phases: ReadyPhases | null;
  /** Every untraced readyMs measured (the reported one is their median). */
  readyRuns: number[];
  mentions: Record<MentionType, number> & { total: number };
  tasks: AssayTasks | null;
  heap: {
    withAssay: HeapUsage;
    bare: HeapUsage[];
    /** V8 heap growth: with Assay minus the mean of the bare loads. */
    growthBytes: number;
    /** V8 + embedder + backing store growth. */
    totalGrowthBytes: number;
    /** How far the two bare loads differ: the noise of the growth figure. */
    noiseBytes: number;
  } | null;
  dom: DomVerdict;
  domDiff?: string;
  errors: string[];
  consoleErrors: string[];
  extensionRequests: string[];
  /** Outside requests the page itself tried (blocked; not a failure). */
  blockedPageRequests: number;
  /** What the page itself did that bears on the figures (dialogs, navigating away). */
  notes: string[];
  baselines?: { markJs: MarkJsResult | null; textWalk: TextWalkResult | null; failure?: string };
}

export interface TargetResult {
  name: string;
  target: string;
  value: string;
  ok: boolean;
  /** Hard rules make the sweep exit non-zero. */
  hard: boolean;
  /** Shown for context; not one of the targets. */
  info?: boolean;
  detail?: string;
}

export interface WorstPage {
  page: string;
  readyMs: number;
  longestTaskMs: number;
}

export interface SweepSummary {
  pages: number;
  measured: number;
  readyMs: { median: number; p95: number };
  longestTaskMs: { median: number; p95: number; max: number };
  /** The pages slowest to highlight, and those with the longest Assay task. */
  worstByReady: WorstPage[];
  worstByTask: WorstPage[];
  /** Median of each phase of the time to highlights, over the pages. */
  phasesMedian: ReadyPhases;
  markJsRatioTotal?: number;
  textWalkRatioTotal?: number;
  scanWorkWalkRatioTotal?: number;
}

export interface SweepReport {
  startedAt: string;
  /** Written after each page of a run still under way (or interrupted). */
  partial?: boolean;
  browser: string;
  extensionId: string;
  options: { baseline: boolean; markJsCapMs: number; runs: number; recheck: number; traceMode: 'light' | 'full' };
  pages: PageResult[];
  /** The service worker's errors and requests while no page was loading (at startup, say). */
  outsideLoads: { errors: string[]; consoleErrors: string[]; requests: string[] };
  /** The warm-up load: the first page in a fresh browser, before anything is compiled or running. */
  coldStart: { page: string; ready: ReadyDetail | null };
  summary: SweepSummary;
  targets: TargetResult[];
}
