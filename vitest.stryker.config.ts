import { realpathSync } from 'node:fs';
import { mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The unit tests as Stryker runs them: instrumented code is slower, so property tests get longer.
// Stryker's sandbox links node_modules to the project's own, outside the sandbox's root: without
// that folder in `server.fs.allow`, every happy-dom or jsdom test file fails to load its setup file
// there, and Stryker drops such files silently (their tests then protect nothing in its report).
//
// Stryker starts vitest once per mutant. For the recognizer's parts, each start loaded compromise and
// OpenCC and built the alias index again for every covering test file (three to four seconds a
// file), which made those parts take hours. Unisolated, the test files of one start share their
// modules; the index comes from a file written once per run (scripts/lib/alias-index-build.ts), and
// a setup file clears the last start's mutant before the next test file loads.
const recognizerPart = ['recognize', 'senses', 'deals'].includes(process.env.ASSAY_MUTATE_PART ?? '');

export default mergeConfig(base, {
  test: {
    testTimeout: 120_000,
    // The other parts' tests share IndexedDB and timers with their files: they stay isolated.
    isolate: !recognizerPart,
    setupFiles: recognizerPart ? ['scripts/stryker/clear-active-mutant.ts'] : [],
  },
  server: { fs: { allow: [process.cwd(), realpathSync('node_modules')] } },
});
