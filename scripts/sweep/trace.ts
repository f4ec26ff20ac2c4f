/**
 * Recording a Chromium trace of one page load through the page's DevTools session.
 *
 * `full` (the default) records what DevTools' performance panel records: devtools.timeline
 * names the script of every JS call and shows style, layout and paint in each task, plus V8's
 * sampling profiler, whose stacks show Assay's code in promise continuations too. Its cost: an
 * event for every call from native code into JS, and Assay's text walk calls its NodeFilter
 * once per node, so on a 1 MB page the traced load takes twice as long (which is why timing
 * comes from a separate, untraced load). `light` keeps only top-level tasks and the sampler:
 * nearly free, but blind to a rendering update in which an Assay callback ran for 0.1 ms.
 */
import type { CDPSession } from 'playwright-core';

export type TraceMode = 'light' | 'full';

const LIGHT_CATEGORIES = ['disabled-by-default-devtools.timeline', 'toplevel', 'disabled-by-default-v8.cpu_profiler'];
export const TRACE_CATEGORIES: Record<TraceMode, string[]> = {
  light: LIGHT_CATEGORIES,
  full: [...LIGHT_CATEGORIES, 'devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'v8.execute', 'blink.user_timing'],
};

/** One trace event, as Chromium's JSON trace format writes it. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

export interface TraceRecording {
  stop(): Promise<TraceEvent[]>;
}

export async function startTrace(session: CDPSession, mode: TraceMode): Promise<TraceRecording> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: unknown[] }) => {
    events.push(...(value as TraceEvent[]));
  };
  session.on('Tracing.dataCollected', collect);
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: TRACE_CATEGORIES[mode] },
  });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
      await session.send('Tracing.end');
      await complete;
      session.off('Tracing.dataCollected', collect);
      return events;
    },
  };
}
