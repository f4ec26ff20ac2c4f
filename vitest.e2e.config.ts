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
    // expect.poll waits for something the browser does in its own time (a message answered, a
    // frame reloaded): a second is too little on a loaded two-core machine. It is a limit on the
    // wait, never a speed target (those are in npm run bench). It outlasts one unanswered message:
    // the extension's client gives up on an attempt after 10 s and sends it again
    // (lib/messaging/client.ts), and a test must not fail on the retry the product makes.
    expect: { poll: { timeout: 25_000 } },
  },
});
