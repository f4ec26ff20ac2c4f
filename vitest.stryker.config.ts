import { realpathSync } from 'node:fs';
import { mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The unit tests as Stryker runs them: instrumented code is slower, so property tests get longer.
// Stryker's sandbox links node_modules to the project's own, outside the sandbox's root: without
// that folder in `server.fs.allow`, every happy-dom or jsdom test file fails to load its setup file
// there, and Stryker drops such files silently (their tests then protect nothing in its report).
export default mergeConfig(base, {
  test: { testTimeout: 120_000 },
  server: { fs: { allow: [process.cwd(), realpathSync('node_modules')] } },
});
