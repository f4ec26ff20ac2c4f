/**
 * Which main-thread tasks of a page were Assay's, read from a Chromium trace rather than from
 * Assay's own timers. A task (a top-level RunTask on the page's CrRendererMain thread) is
 * Assay's when, inside it:
 *  - an event names the extension's code (FunctionCall, EvaluateScript, compile: their args
 *    carry the script URL chrome-extension://<id>/…), or
 *  - a CPU profiler sample has a frame in that code (this finds promise continuations after a
 *    message reply, which run as microtasks with no event of their own), or
 *  - it runs a continuation Assay scheduled: a scheduler.yield() continuation, a timer or an
 *    animation frame requested from a task that was already Assay's, or
 *  - it recalculates style that Assay's script invalidated (full traces only).
 * The first of these is DevTools' own rule, and it counts a rendering update of 100 ms in which an Assay
 * callback ran for 0.1 ms as Assay's. So each task also gets Assay's part of it: the time
 * inside the extension's script events, or the time CPU samples place in its code (with the
 * garbage collection in between), whichever is larger. A task is *led* by Assay when that part
 * is at least half of it; the long-task target is judged on those.
 */
import type { AssayTasks } from './types.ts';
import type { TraceEvent } from './trace.ts';

interface Task {
  ts: number;
  end: number;
  cpuUs: number;
  assay: boolean;
  /** Time the CPU samples place in Assay's code (and in garbage collection), µs. */
  sampledUs: number;
  gcSampledUs: number;
  /** Time inside top-level script events of the extension (FunctionCall, EvaluateScript…), µs. */
  scriptEventUs: number;
  /** Style recalculation Assay's script invalidated first (outside its own script), µs. */
  causedUs: number;
}

interface Thread {
  pid: number;
  tid: number;
}

/** A sample interval longer than this is a gap in sampling, not time spent in one frame. */
const MAX_SAMPLE_US = 2_000;
const LONG_TASK_MS = 50;

/**
 * The renderer main thread that loaded `pageUrl`: the browser's FrameCommittedInBrowser event
 * names the process; its CrRendererMain thread is the one.
 */
export function pageMainThread(events: TraceEvent[], pageUrl: string): Thread | undefined {
  const commit = events.find((e) => {
    const data = (e.args as { data?: { url?: string; isOutermostMainFrame?: boolean } } | undefined)?.data;
    return e.name === 'FrameCommittedInBrowser' && data?.url === pageUrl && data.isOutermostMainFrame !== false;
  });
  const pid = (commit?.args as { data?: { processId?: number } } | undefined)?.data?.processId;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain');
  return main ? { pid: main.pid, tid: main.tid } : undefined;
}

/** Top-level tasks, in time order (a nested run loop's RunTask is part of its parent). */
function topLevelTasks(events: TraceEvent[]): Task[] {
  const runs = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const tasks: Task[] = [];
  for (const e of runs) {
    const last = tasks[tasks.length - 1];
    if (last && e.ts < last.end) continue;
    tasks.push({ ts: e.ts, end: e.ts + (e.dur ?? 0), cpuUs: e.tdur ?? e.dur ?? 0, assay: false, sampledUs: 0, gcSampledUs: 0, scriptEventUs: 0, causedUs: 0 });
  }
  return tasks;
}

function taskAt(tasks: Task[], ts: number): Task | undefined {
  let lo = 0;
  let hi = tasks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ts < tasks[mid].ts) hi = mid - 1;
    else if (ts > tasks[mid].end) lo = mid + 1;
    else return tasks[mid];
  }
  return undefined;
}

interface ProfileNode {
  id: number;
  parent?: number;
  /** `url` is missing on V8's synthetic nodes ((root), (program), (garbage collector)). */
  callFrame: { url?: string; functionName: string; lineNumber: number; columnNumber: number };
}

interface Sample {
  time: number;
  node: ProfileNode;
  /** Time since the previous sample, µs, capped. */
  us: number;
  inAssay: boolean;
}

const isGc = (s: Sample) => s.node.callFrame.functionName === '(garbage collector)';

/** V8's CPU samples of `thread`, each with its top frame and whether Assay's code is on the stack. */
function cpuSamples(events: TraceEvent[], thread: Thread, prefix: string): Sample[] {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid);
  if (!profile) return [];
  let time = (profile.args as { data: { startTime: number } }).data.startTime;
  const nodes = new Map<number, ProfileNode>();
  const inAssay = new Map<number, boolean>();
  const samples: Sample[] = [];
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === thread.pid && e.id === profile.id).sort((a, b) => a.ts - b.ts);
  for (const chunk of chunks) {
    const data = (chunk.args as { data: { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } }).data;
    for (const node of data.cpuProfile?.nodes ?? []) {
      nodes.set(node.id, node);
      inAssay.set(node.id, (node.callFrame.url ?? '').startsWith(prefix) || (node.parent !== undefined && inAssay.get(node.parent) === true));
    }
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((id, i) => {
      time += deltas[i] ?? 0;
      const node = nodes.get(id);
      if (node) samples.push({ time, node, us: Math.min(deltas[i] ?? 0, MAX_SAMPLE_US), inAssay: inAssay.get(id) === true });
    });
  }
  return samples;
}

/** Where a task spent its time, by function (self time from the samples), most first. */
function topFrames(samples: Sample[], task: Task, count = 6): string[] {
  const selfUs = new Map<string, number>();
  for (const s of samples) {
    if (s.time < task.ts || s.time > task.end) continue;
    const f = s.node.callFrame;
    const where = f.url ? ` ${f.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'}${where}`;
    selfUs.set(key, (selfUs.get(key) ?? 0) + s.us);
  }
  return [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, count).map(([key, us]) => `${(us / 1000).toFixed(1)} ms ${key}`);
}

/** What a task's direct children were (layout, paint, script…), by total duration, most first. */
function topEvents(onThread: TraceEvent[], task: Task, count = 6): string[] {
  const byName = new Map<string, number>();
  let coveredUntil = task.ts;
  for (const e of onThread) {
    if (e.ts < task.ts || e.ts >= task.end || e.ph !== 'X' || e.dur === undefined || e.name.endsWith('RunTask')) continue;
    if (e.ts < coveredUntil) continue; // nested in a child already counted
    coveredUntil = e.ts + e.dur;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur);
  }
  return [...byName].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, us]) => `${(us / 1000).toFixed(1)} ms ${name}`);
}

/** Assay's part of a task, µs. */
const assayPartUs = (t: Task) => Math.max(t.scriptEventUs, t.sampledUs + (t.sampledUs > 0 ? t.gcSampledUs : 0)) + t.causedUs;
const ledByAssay = (t: Task) => assayPartUs(t) * 2 >= t.end - t.ts;

/**
 * A style recalculation is Assay's when Assay's script was the first to invalidate style after
 * the previous one (DevTools' "first invalidated" initiator, from the ScheduleStyleRecalculation
 * event's stack): adopting a stylesheet of ::highlight() rules makes the next rendering update
 * restyle the whole document, in a task that runs no Assay script at all. An invalidation before
 * the document was ever styled costs nothing (there is no style yet to throw away), so the first
 * style pass of a document is never Assay's.
 */
function attributeStyleRecalcs(onThread: TraceEvent[], tasks: Task[], prefix: string): void {
  const firstInvalidationByAssay = new Map<string, boolean>();
  const styled = new Set<string>();
  const frameOf = (e: TraceEvent) => {
    const args = e.args as { data?: { frame?: string }; beginData?: { frame?: string } } | undefined;
    return args?.data?.frame ?? args?.beginData?.frame ?? '';
  };
  let ownScriptUntil = 0;
  for (const e of onThread) {
    if ((e.name === 'FunctionCall' || e.name === 'EvaluateScript') && e.dur !== undefined && JSON.stringify(e.args ?? {}).includes(prefix)) {
      ownScriptUntil = Math.max(ownScriptUntil, e.ts + e.dur);
    } else if (e.name === 'ScheduleStyleRecalculation') {
      const frame = frameOf(e);
      if (!firstInvalidationByAssay.has(frame)) firstInvalidationByAssay.set(frame, styled.has(frame) && JSON.stringify(e.args ?? {}).includes(prefix));
    } else if (e.name === 'UpdateLayoutTree' && e.ph === 'X' && e.dur !== undefined) {
      const frame = frameOf(e);
      const byAssay = firstInvalidationByAssay.get(frame) === true;
      firstInvalidationByAssay.delete(frame);
      styled.add(frame);
      const task = taskAt(tasks, e.ts);
      // A recalculation forced inside Assay's own script is already part of its script time.
      if (!byAssay || !task || e.ts < ownScriptUntil) continue;
      task.assay = true;
      task.causedUs += e.dur;
    }
  }
}

/** The key tying a scheduled continuation to the event that runs it, or undefined. */
function continuationKey(e: TraceEvent): { key: string; schedules: boolean } | undefined {
  const data = (e.args as { data?: Record<string, unknown> } | undefined)?.data;
  if (!data) return undefined;
  const frame = String(data.frame ?? '');
  switch (e.name) {
    case 'ScheduleYieldContinuation':
      return { key: `yield:${frame}:${data.taskId}`, schedules: true };
    case 'RunYieldContinuation':
      return { key: `yield:${frame}:${data.taskId}`, schedules: false };
    case 'TimerInstall':
      return { key: `timer:${frame}:${data.timerId}`, schedules: true };
    case 'TimerFire':
      return { key: `timer:${frame}:${data.timerId}`, schedules: false };
    case 'RequestAnimationFrame':
      return { key: `raf:${frame}:${data.id}`, schedules: true };
    case 'FireAnimationFrame':
      return { key: `raf:${frame}:${data.id}`, schedules: false };
    default:
      return undefined;
  }
}

export function assayTasksFromTrace(events: TraceEvent[], extensionId: string, pageUrl: string): AssayTasks | null {
  const thread = pageMainThread(events, pageUrl);
  if (!thread) return null;
  const prefix = `chrome-extension://${extensionId}/`;
  const onThread = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid).sort((a, b) => a.ts - b.ts);
  const tasks = topLevelTasks(onThread);

  let scriptCoveredUntil = 0;
  for (const e of onThread) {
    if (e.name === 'RunTask' || !e.args || !JSON.stringify(e.args).includes(prefix)) continue;
    const task = taskAt(tasks, e.ts);
    if (!task) continue;
    task.assay = true;
    if (e.ph === 'X' && e.dur !== undefined && e.ts >= scriptCoveredUntil) {
      task.scriptEventUs += e.dur;
      scriptCoveredUntil = e.ts + e.dur;
    }
  }
  attributeStyleRecalcs(onThread, tasks, prefix);
  const samples = cpuSamples(events, thread, prefix);
  for (const s of samples) {
    const task = taskAt(tasks, s.time);
    if (!task) continue;
    if (isGc(s)) task.gcSampledUs += s.us;
    if (!s.inAssay) continue;
    task.assay = true;
    task.sampledUs += s.us;
  }
  // In time order, a continuation inherits the task that scheduled it.
  const scheduledByAssay = new Set<string>();
  for (const e of onThread) {
    const link = continuationKey(e);
    const task = link && taskAt(tasks, e.ts);
    if (!link || !task) continue;
    if (link.schedules && task.assay) scheduledByAssay.add(link.key);
    else if (!link.schedules && scheduledByAssay.has(link.key)) task.assay = true;
  }

  const assay = tasks.filter((t) => t.assay);
  const led = assay.filter(ledByAssay);
  const longestOf = (list: Task[]) => list.reduce<Task | undefined>((a, t) => (!a || t.end - t.ts > a.end - a.ts ? t : a), undefined);
  const longest = longestOf(assay);
  const longestLed = longestOf(led);
  const ms = (us: number) => us / 1000;
  const sum = (list: Task[], f: (t: Task) => number) => list.reduce((total, t) => total + f(t), 0);
  return {
    count: assay.length,
    longestMs: longest ? ms(longest.end - longest.ts) : 0,
    longestCpuMs: longest ? ms(longest.cpuUs) : 0,
    longestAssayPartMs: longest ? ms(assayPartUs(longest)) : 0,
    longestTopFrames: longest ? topFrames(samples, longest) : [],
    longestTopEvents: longest ? topEvents(onThread, longest) : [],
    longestLedMs: longestLed ? ms(longestLed.end - longestLed.ts) : 0,
    longestLedCpuMs: longestLed ? ms(longestLed.cpuUs) : 0,
    longestLedTopFrames: longestLed ? topFrames(samples, longestLed) : [],
    longestLedTopEvents: longestLed ? topEvents(onThread, longestLed) : [],
    longestAssayPartAnyTaskMs: ms(Math.max(0, ...assay.map(assayPartUs))),
    totalMs: ms(sum(assay, (t) => t.end - t.ts)),
    totalCpuMs: ms(sum(assay, (t) => t.cpuUs)),
    assayPartTotalMs: ms(sum(assay, assayPartUs)),
    over50Ms: led.filter((t) => t.end - t.ts > LONG_TASK_MS * 1000).length,
  };
}
