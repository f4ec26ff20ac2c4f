// Mutation testing of lib/ (`npm run mutate`; not part of `npm test`, it takes a while): Stryker
// changes the code one small way at a time and runs the unit tests that cover it; a change no test
// notices is a gap, or an equivalent mutant: those are marked in the code with a
// `// Stryker disable next-line <mutator>: <reason>` comment, and the README's "Mutation testing"
// section says what is left and why.
import { PARTS } from './scripts/stryker/parts.mjs';
import { sampleLines } from './scripts/stryker/sample.mjs';

// `npm run mutate` runs one part of lib/ at a time (scripts/stryker/run.mjs), each with its own
// report and incremental file; run directly, Stryker takes all of lib/.
const part = process.env.ASSAY_MUTATE_PART;
// `--sample <fraction>` (scripts/stryker/sample.mjs): a seeded share of the part's lines, reported apart.
const sample = part && process.env.ASSAY_MUTATE_SAMPLE ? Number(process.env.ASSAY_MUTATE_SAMPLE) : undefined;
const files = part ? `reports/mutation/${part}${sample ? '-sample' : ''}` : 'reports/mutation/all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  // Mutants in module-level constants run every test that imports the module: slow, and caught
  // or not by the same tests as the code that reads them.
  ignoreStatic: true,
  // Later runs reuse the results of mutants whose code and tests did not change.
  incremental: true,
  incrementalFile: `${files}-incremental.json`,
  plugins: ['@stryker-mutator/vitest-runner', '@stryker-mutator/typescript-checker'],
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.stryker.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: part
    ? sample
      ? sampleLines(PARTS[part], sample, process.cwd())
      : PARTS[part]
    : [
        'lib/**/*.ts',
        // Fixtures for benchmarks and tests, and dataset build steps run by hand.
        '!lib/store/bench-fixtures.ts',
        '!lib/dataset/build/**',
      ],
  coverageAnalysis: 'perTest',
  // With a checker, Stryker gives half the processes to checkers: 4 means two test runners, which
  // keep both cores of this machine busy (2 gave one runner and left a core idle).
  concurrency: 4,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${files}.html` },
  jsonReporter: { fileName: `${files}.json` },
  thresholds: { high: 85, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
