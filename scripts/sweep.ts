/**
 * `npm run sweep -- [--out FILE.json] [--no-baseline] PATHS...`: Assay on real pages in headless
 * Chromium, offline. Per page: mentions, time to highlights, Assay's main-thread tasks from a
 * trace, heap growth, extension errors and requests, whether the DOM stayed the same; with
 * mark.js and a bare text walk as baselines. Exits 1 when a hard rule is broken (an error or a
 * network request from the extension, a changed DOM), 2 on a usage error. See scripts/sweep/.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs, USAGE, UsageError, type CliOptions } from './sweep/args.ts';
import { printReport } from './sweep/print.ts';
import { runSweep, SweepInterrupted } from './sweep/run.ts';
import { hardRulesBroken } from './sweep/targets.ts';
import type { PageResult, SweepReport } from './sweep/types.ts';

function progress(p: PageResult, index: number, count: number, soFar: SweepReport): void {
  if (options.out) writeFileSync(options.out, JSON.stringify(soFar, null, 2));
  const ms = (v: number | undefined) => (v === undefined ? '—' : v.toFixed(0));
  const mark = p.baselines?.markJs;
  const parts = [
    `ready ${ms(p.ready?.readyMs)} ms`,
    `led task ${ms(p.tasks?.longestLedMs)} ms`,
    `${p.mentions.total} mentions`,
    `DOM ${p.dom}`,
    mark ? `mark.js ${mark.capped ? '>' : ''}${ms(mark.ms)} ms` : '',
    p.failure ? `FAILED: ${p.failure}` : '',
  ].filter(Boolean);
  console.log(`[${index + 1}/${count}] ${p.page}  ${parts.join('  ')}`);
}

function parsedOptions(): CliOptions {
  try {
    return parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) console.error(`sweep: ${error.message}`);
    console.error(USAGE);
    process.exit(error.message ? 2 : 0);
  }
}

/** The pages of an earlier report at --out, for --resume. */
function earlierPages(out: string): PageResult[] {
  if (!existsSync(out)) return [];
  const earlier = JSON.parse(readFileSync(out, 'utf8')) as SweepReport;
  console.log(`resuming: ${earlier.pages.filter((p) => !p.failure).length} page(s) already measured in ${out}`);
  return earlier.pages;
}

const options = parsedOptions();
const reuse = options.resume && options.out ? earlierPages(options.out) : [];
const report = await runSweep({ ...options, reuse, onPage: progress }).catch((error: unknown) => {
  if (!(error instanceof SweepInterrupted)) throw error;
  console.error('sweep: interrupted');
  process.exit(130);
});
printReport(report);
if (options.out) {
  writeFileSync(options.out, JSON.stringify(report, null, 2));
  console.log(`\nreport written to ${options.out}`);
}
const broken = hardRulesBroken(report.targets);
if (broken.length) {
  console.error(`\nsweep: hard rule broken: ${broken.map((t) => t.name).join('; ')}`);
  process.exit(1);
}
