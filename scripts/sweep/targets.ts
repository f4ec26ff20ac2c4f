/**
 * Issue 7's targets, checked against a sweep's pages, and the summary figures. The hard rules
 * (errors, requests, DOM) make the sweep fail; the speed and memory targets are reported.
 */
import { median, percentile } from '../bench/table.ts';
import type { ExtensionActivity } from './extension-watch.ts';
import { largestPages } from './pages.ts';
import type { PageResult, SweepSummary, TargetResult } from './types.ts';

export const LONG_TASK_MS = 50;
export const READY_TARGET_MS = 100;
const HEAP_TARGET_BYTES = 10 * 1024 * 1024;
const MARK_JS_FACTOR = 10;
const TEXT_WALK_FACTOR = 3;
const WORST_COUNT = 5;

export const readyMsOf = (p: PageResult) => p.ready?.readyMs;

/** How many times longer mark.js took than Assay to highlight the page (a lower bound when capped). */
export function markJsRatio(p: PageResult): number | undefined {
  const mark = p.baselines?.markJs;
  const ready = readyMsOf(p);
  return mark && ready ? mark.ms / ready : undefined;
}

/** How many times longer Assay took than a bare walk over the page's text nodes. */
export function textWalkRatio(p: PageResult): number | undefined {
  const walk = p.baselines?.textWalk;
  const ready = readyMsOf(p);
  return walk && ready !== undefined && walk.ms > 0 ? ready / walk.ms : undefined;
}

const defined = (values: (number | undefined)[]) => values.filter((v): v is number => v !== undefined && Number.isFinite(v));
const names = (pages: PageResult[]) => pages.map((p) => p.page).join(', ');
const fmt = (v: number, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '—');

function totalRatio(pages: PageResult[], numerator: (p: PageResult) => number | undefined, denominator: (p: PageResult) => number | undefined): number | undefined {
  const both = pages.filter((p) => numerator(p) !== undefined && denominator(p) !== undefined);
  if (!both.length) return undefined;
  const sum = (f: (p: PageResult) => number | undefined) => both.reduce((s, p) => s + (f(p) as number), 0);
  return sum(numerator) / sum(denominator);
}

/** The same against Assay's scan work alone: its slices of walking, recognizing and drawing. */
export function scanWorkWalkRatio(p: PageResult): number | undefined {
  const walk = p.baselines?.textWalk;
  const work = p.ready?.workMs;
  return walk && work !== undefined && walk.ms > 0 ? work / walk.ms : undefined;
}

export const markJsTotalRatio = (pages: PageResult[]) => totalRatio(pages, (p) => p.baselines?.markJs?.ms, readyMsOf);
export const textWalkTotalRatio = (pages: PageResult[]) => totalRatio(pages, readyMsOf, (p) => p.baselines?.textWalk?.ms);
const scanWorkWalkTotalRatio = (pages: PageResult[]) => totalRatio(pages, (p) => p.ready?.workMs, (p) => p.baselines?.textWalk?.ms);

export function summarize(pages: PageResult[]): SweepSummary {
  const ready = defined(pages.map(readyMsOf));
  const longest = defined(pages.map((p) => p.tasks?.longestLedMs));
  const worst = (key: (p: PageResult) => number | undefined) =>
    pages
      .filter((p) => key(p) !== undefined)
      .sort((a, b) => (key(b) as number) - (key(a) as number))
      .slice(0, WORST_COUNT)
      .map((p) => ({ page: p.page, readyMs: readyMsOf(p) ?? NaN, longestTaskMs: p.tasks?.longestLedMs ?? NaN }));
  return {
    pages: pages.length,
    measured: ready.length,
    readyMs: { median: ready.length ? median(ready) : NaN, p95: ready.length ? percentile(ready, 95) : NaN },
    longestTaskMs: { median: longest.length ? median(longest) : NaN, p95: longest.length ? percentile(longest, 95) : NaN, max: longest.length ? Math.max(...longest) : NaN },
    worstByReady: worst(readyMsOf),
    worstByTask: worst((p) => p.tasks?.longestLedMs),
    phasesMedian: {
      settingsMs: median(defined(pages.map((p) => p.phases?.settingsMs))),
      indexMs: median(defined(pages.map((p) => p.phases?.indexMs))),
      scanMs: median(defined(pages.map((p) => p.phases?.scanMs))),
    },
    markJsRatioTotal: markJsTotalRatio(pages),
    textWalkRatioTotal: textWalkTotalRatio(pages),
    scanWorkWalkRatioTotal: scanWorkWalkTotalRatio(pages),
  };
}

/** A rule that holds when no page breaks it (and, given `outside`, nothing broke it between pages). */
function everyPage(name: string, target: string, pages: PageResult[], broken: (p: PageResult) => boolean, hard: boolean, outside: string[] = []): TargetResult {
  const bad = pages.filter(broken);
  const detail = [names(bad), outside.length ? `${outside.length} outside any page load: ${outside.join('; ')}` : ''].filter(Boolean).join('; ');
  return { name, target, value: `${bad.length} page(s)${outside.length ? ' + outside loads' : ''}`, ok: !bad.length && !outside.length, hard, ...(detail ? { detail } : {}) };
}

export function evaluateTargets(pages: PageResult[], baseline: boolean, outside: Pick<ExtensionActivity, 'errors' | 'consoleErrors' | 'requests'>): TargetResult[] {
  const summary = summarize(pages);
  const targets: TargetResult[] = [
    everyPage('uncaught errors from the extension', 'none', pages, (p) => p.errors.length > 0, true, outside.errors),
    everyPage('console errors from the extension', 'none', pages, (p) => p.consoleErrors.length > 0, true, outside.consoleErrors),
    everyPage('network requests by the extension', 'none', pages, (p) => p.extensionRequests.length > 0, true, outside.requests),
    everyPage('DOM changed (deterministic pages)', 'none', pages, (p) => p.dom === 'changed', true),
    everyPage('pages measured completely', 'all', pages, (p) => p.failure !== undefined || p.ready === null, false),
  ];
  const ledOverLong = pages.filter((p) => (p.tasks?.longestLedMs ?? 0) > LONG_TASK_MS);
  const anyOverLong = pages.filter((p) => (p.tasks?.longestMs ?? 0) > LONG_TASK_MS);
  targets.push({
    name: 'longest task led by Assay (trace), worst page',
    target: `<= ${LONG_TASK_MS} ms`,
    value: `${fmt(summary.longestTaskMs.max, 1)} ms`,
    ok: ledOverLong.length === 0,
    hard: false,
    ...(ledOverLong.length ? { detail: `${ledOverLong.length} page(s) over: ${names(ledOverLong)}` } : {}),
  });
  targets.push({
    name: 'longest task running any Assay script (info)',
    target: `<= ${LONG_TASK_MS} ms`,
    value: `${fmt(Math.max(0, ...defined(pages.map((p) => p.tasks?.longestMs))), 1)} ms`,
    ok: anyOverLong.length === 0,
    hard: false,
    info: true,
    detail: `DevTools' rule: counts the page's own work in a task where an Assay callback ran${anyOverLong.length ? `; ${anyOverLong.length} page(s) over: ${names(anyOverLong)}` : ''}`,
  });
  targets.push({ name: 'time to highlights, 95th percentile', target: `< ${READY_TARGET_MS} ms`, value: `${fmt(summary.readyMs.p95, 1)} ms`, ok: summary.readyMs.p95 < READY_TARGET_MS, hard: false });
  const [largest] = largestPages(pages, 1);
  if (largest?.heap) {
    const growth = largest.heap.totalGrowthBytes;
    targets.push({
      name: `heap growth on the largest page (${largest.page})`,
      target: '< 10 MB',
      value: `${fmt(growth / 1048576, 2)} MB`,
      ok: growth < HEAP_TARGET_BYTES,
      hard: false,
      detail: `V8 ${fmt(largest.heap.growthBytes / 1048576, 2)} MB; noise between bare loads ${fmt(largest.heap.noiseBytes / 1048576, 2)} MB`,
    });
  }
  if (baseline) {
    const five = largestPages(pages, 5);
    const markRatios = defined(five.map(markJsRatio));
    const walkRatios = defined(five.map(textWalkRatio));
    const anyCapped = five.some((p) => p.baselines?.markJs?.capped);
    targets.push({
      name: 'faster than mark.js, five largest pages (worst)',
      target: `>= ${MARK_JS_FACTOR}x`,
      value: markRatios.length ? `${anyCapped ? '>= ' : ''}${fmt(Math.min(...markRatios), 1)}x` : '—',
      ok: markRatios.length === five.length && Math.min(...markRatios) >= MARK_JS_FACTOR,
      hard: false,
      detail: five.map((p) => `${p.page} ${fmt(markJsRatio(p) ?? NaN, 1)}x`).join('; '),
    });
    targets.push({
      name: 'time against the bare text walk, five largest (worst)',
      target: `<= ${TEXT_WALK_FACTOR}x`,
      value: walkRatios.length ? `${fmt(Math.max(...walkRatios), 1)}x` : '—',
      ok: walkRatios.length === five.length && Math.max(...walkRatios) <= TEXT_WALK_FACTOR,
      hard: false,
      detail: five.map((p) => `${p.page} ${fmt(textWalkRatio(p) ?? NaN, 1)}x`).join('; '),
    });
    const workRatios = defined(five.map(scanWorkWalkRatio));
    if (workRatios.length) {
      targets.push({
        name: "Assay's scan work against the bare text walk, five largest (info)",
        target: `<= ${TEXT_WALK_FACTOR}x`,
        value: `${fmt(Math.max(...workRatios), 1)}x`,
        ok: workRatios.length === five.length && Math.max(...workRatios) <= TEXT_WALK_FACTOR,
        hard: false,
        info: true,
        detail: `main-thread slices of the first scan, without the settings round trip, the index load and the waits between slices; ${five.map((p) => `${p.page} ${fmt(scanWorkWalkRatio(p) ?? NaN, 1)}x`).join('; ')}`,
      });
    }
  }
  return targets;
}

export const hardRulesBroken = (targets: TargetResult[]) => targets.filter((t) => t.hard && !t.ok);
