import { mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The unit tests as Stryker runs them: instrumented code is slower, so property tests get longer.
export default mergeConfig(base, { test: { testTimeout: 120_000 } });
