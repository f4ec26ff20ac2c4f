import { defineConfig } from 'vitest/config';

// End-to-end tests in real headless Firefox over WebDriver BiDi (tests/firefox), with the built
// Firefox extension. One Firefox per file, files one after another (two cores). FIREFOX_PATH
// picks the Firefox; the global setup says which one ran.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    environment: 'node',
    globalSetup: ['tests/firefox/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A limit on waits for the browser, not a speed target (see vitest.e2e.config.ts).
    expect: { poll: { timeout: 10_000 } },
  },
});
