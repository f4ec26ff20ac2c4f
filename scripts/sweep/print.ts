/** The sweep's console output: one row per page, then the summary and the targets. */
import { printTable, type BenchRow } from '../bench/table.ts';
import { largestPages } from './pages.ts';
import { markJsRatio, scanWorkWalkRatio, textWalkRatio } from './targets.ts';
import type { PageResult, SweepReport } from './types.ts';

const NAME_WIDTH = 44;
const MB = 1024 * 1024;

/** Corpus names can be 64-hex hashes; keep the folder and the start of the file name. */
function shortName(page: string): string {
  return page.length <= NAME_WIDTH ? page : `${page.slice(0, NAME_WIDTH - 1)}…`;
}

const num = (v: number | undefined, digits = 0) => (v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits));

function row(p: PageResult): string[] {
  const mark = p.baselines?.markJs;
  const problems = [
    p.failure ? `FAILED: ${p.failure}` : '',
    p.errors.length ? `${p.errors.length} uncaught` : '',
    p.consoleErrors.length ? `${p.consoleErrors.length} console errors` : '',
    p.extensionRequests.length ? `${p.extensionRequests.length} requests` : '',
  ].filter(Boolean);
  return [
    shortName(p.page),
    num(p.bytes / 1024),
    p.lang,
    `${p.mentions.mineral}/${p.mentions.country}/${p.mentions.deal}`,
    num(p.ready?.readyMs, 1),
    num(p.ready?.longestSliceMs, 1),
    num(p.tasks?.longestLedMs, 1),
    num(p.tasks?.longestMs, 1),
    num(p.tasks?.assayPartTotalMs, 1),
    num(p.heap ? p.heap.totalGrowthBytes / MB : undefined, 2),
    p.dom === 'nondeterministic' ? 'nondet' : p.dom,
    mark ? `${mark.capped ? '>' : ''}${num(mark.ms)}` : '',
    num(p.baselines?.textWalk?.ms, 2),
    mark ? `${mark.capped ? '>' : ''}${num(markJsRatio(p), 1)}` : '',
    num(textWalkRatio(p), 1),
    problems.join(', '),
  ];
}

const HEADER = ['page', 'KB', 'lang', 'min/cty/deal', 'ready ms', 'own slice', 'led task', 'any task', 'Assay ms', 'heap MB', 'DOM', 'mark.js ms', 'walk ms', 'x mark.js', 'x walk', 'problems'];
/** Columns whose figures are right-aligned. */
const NUMERIC = new Set([1, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14]);

function printPageTable(pages: PageResult[]): void {
  const cells = pages.map(row);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => (NUMERIC.has(i) ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(line(HEADER));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

function summaryRows(report: SweepReport): BenchRow[] {
  const s = report.summary;
  const rows: BenchRow[] = [
    { group: 'pages', name: 'swept / measured', value: s.measured, unit: 'pages', note: `of ${s.pages}` },
    { group: 'time to highlights', name: 'median', value: s.readyMs.median, unit: 'ms' },
    { group: 'time to highlights', name: '95th percentile', value: s.readyMs.p95, unit: 'ms' },
    { group: 'time to highlights', name: 'median: waiting for settings', value: s.phasesMedian.settingsMs, unit: 'ms' },
    { group: 'time to highlights', name: 'median: alias index', value: s.phasesMedian.indexMs, unit: 'ms' },
    { group: 'time to highlights', name: 'median: scan', value: s.phasesMedian.scanMs, unit: 'ms' },
    { group: 'longest Assay task', name: 'median of pages', value: s.longestTaskMs.median, unit: 'ms' },
    { group: 'longest Assay task', name: '95th percentile', value: s.longestTaskMs.p95, unit: 'ms' },
    { group: 'longest Assay task', name: 'worst page', value: s.longestTaskMs.max, unit: 'ms' },
  ];
  for (const w of s.worstByReady) rows.push({ group: 'slowest to highlight', name: shortName(w.page), value: w.readyMs, unit: 'ms', note: `longest task ${num(w.longestTaskMs, 1)} ms` });
  for (const w of s.worstByTask) rows.push({ group: 'longest task', name: shortName(w.page), value: w.longestTaskMs, unit: 'ms', note: `ready ${num(w.readyMs, 1)} ms` });
  if (s.markJsRatioTotal !== undefined) rows.push({ group: 'all pages', name: 'mark.js time / Assay time', value: s.markJsRatioTotal, unit: 'x' });
  if (s.textWalkRatioTotal !== undefined) rows.push({ group: 'all pages', name: 'Assay time / text walk time', value: s.textWalkRatioTotal, unit: 'x' });
  if (s.scanWorkWalkRatioTotal !== undefined) rows.push({ group: 'all pages', name: "Assay's scan work / text walk time", value: s.scanWorkWalkRatioTotal, unit: 'x', note: 'slices only, no waits' });
  if (report.options.baseline) {
    for (const p of largestPages(report.pages, 5)) {
      const mark = p.baselines?.markJs;
      rows.push({
        group: 'five largest',
        name: shortName(p.page),
        value: p.ready?.readyMs ?? NaN,
        unit: 'ms',
        note: `mark.js ${mark ? `${mark.capped ? '>' : ''}${num(mark.ms)} ms (${num(markJsRatio(p), 1)}x)` : '—'}; walk ${num(p.baselines?.textWalk?.ms, 2)} ms (${num(textWalkRatio(p), 1)}x; scan work ${num(p.ready?.workMs, 1)} ms, ${num(scanWorkWalkRatio(p), 1)}x); Assay's own main-thread time ${num(p.tasks?.assayPartTotalMs, 1)} ms`,
      });
    }
  }
  return rows;
}

function printTargets(report: SweepReport): void {
  console.log('\nTargets (issue 7)');
  const width = Math.max(...report.targets.map((t) => t.name.length));
  for (const t of report.targets) {
    const verdict = t.ok ? 'ok  ' : t.hard ? 'FAIL' : t.info ? 'over' : 'MISS';
    console.log(`${verdict}  ${t.hard ? 'rule  ' : t.info ? 'info  ' : 'target'}  ${t.name.padEnd(width)}  ${t.value} (target ${t.target})`);
    if (t.detail) console.log(`${' '.repeat(16)}${t.detail}`);
  }
}

export function printReport(report: SweepReport): void {
  console.log(`\nAssay corpus sweep — ${report.browser}, ${report.pages.length} pages${report.options.baseline ? `, mark.js capped at ${report.options.markJsCapMs / 1000} s` : ''}`);
  console.log(
    [
      'ready ms: content script start to highlights drawn (median of runs); own slice: the longest slice by Assay\'s own clock',
      'from the trace: led task: longest task Assay led; any task: longest task that ran any Assay script; Assay ms: Assay\'s own main-thread time',
      'heap MB: V8 + DOM + buffers, with Assay minus without; x mark.js: mark.js time / Assay\'s; x walk: Assay\'s time / text walk\'s\n',
    ].join('\n'),
  );
  printPageTable(report.pages);
  const cold = report.coldStart.ready;
  if (cold) console.log(`\ncold start (warm-up load of ${report.coldStart.page} in the fresh browser, not in the figures): ready ${num(cold.readyMs, 1)} ms, longest slice ${num(cold.longestSliceMs, 1)} ms`);
  printTable('Summary', summaryRows(report));
  printTargets(report);
  const problems = report.pages.filter((p) => p.errors.length || p.consoleErrors.length || p.extensionRequests.length || p.dom === 'changed');
  for (const p of problems) {
    console.log(`\n${p.page}:`);
    for (const e of [...p.errors, ...p.consoleErrors]) console.log(`  error: ${e}`);
    for (const r of p.extensionRequests) console.log(`  request: ${r}`);
    if (p.dom === 'changed') console.log(`  DOM changed ${p.domDiff ?? ''}`);
  }
}
