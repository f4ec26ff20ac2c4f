/** The sweep's command line. */
import { existsSync } from 'node:fs';
import { CORPUS_DIR } from '../serve.ts';
import { DEFAULT_OPTIONS, type SweepOptions } from './run.ts';

export const USAGE = `usage: npm run sweep -- [options] PATHS...
  PATHS               HTML files, or folders searched for .html files (default: the corpus, ${CORPUS_DIR})
  --out FILE.json     write the report as JSON (rewritten after each page while the run goes on)
  --resume            keep the pages already measured in the --out file (an interrupted run)
  --no-baseline       skip mark.js and the bare text walk
  --runs N            untimed loads with Assay per page, median kept (default ${DEFAULT_OPTIONS.runs})
  --recheck N         extra loads for a page whose timing misses a target (default ${DEFAULT_OPTIONS.recheck})
  --markjs-cap S      seconds mark.js may run on one page (default ${DEFAULT_OPTIONS.markJsCapMs / 1000})
  --light-trace       trace tasks and CPU samples only, without devtools.timeline: nearly free,
                      but blind to rendering work Assay triggers (see scripts/sweep/trace.ts)
  --extension DIR     a built Chromium extension (default .output/chrome-mv3)`;

export interface CliOptions extends SweepOptions {
  out?: string;
  resume: boolean;
}

export class UsageError extends Error {}

function count(value: string | undefined, option: string, min: number): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n < min) throw new UsageError(`${option} needs a whole number >= ${min}`);
  return n;
}

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { ...DEFAULT_OPTIONS, paths: [], resume: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') options.out = argv[++i] ?? '';
    else if (a === '--no-baseline') options.baseline = false;
    else if (a === '--resume') options.resume = true;
    else if (a === '--runs') options.runs = count(argv[++i], a, 1);
    else if (a === '--recheck') options.recheck = count(argv[++i], a, 0);
    else if (a === '--markjs-cap') options.markJsCapMs = count(argv[++i], a, 1) * 1000;
    else if (a === '--light-trace') options.traceMode = 'light';
    else if (a === '--extension') options.extensionPath = argv[++i];
    else if (a.startsWith('-')) throw new UsageError(a === '-h' || a === '--help' ? '' : `unknown option ${a}`);
    else options.paths.push(a);
  }
  if (options.out === '') throw new UsageError('--out needs a file name');
  if (options.resume && !options.out) throw new UsageError('--resume needs --out');
  if (!options.paths.length) {
    if (!existsSync(CORPUS_DIR)) throw new UsageError('no PATHS given, and no corpus at the default place');
    options.paths.push(CORPUS_DIR);
  }
  return options;
}
