import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real headless Chromium. One browser per file, files
// run one after another because the machine has two cores and Chromium wants both.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
