import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit and DOM tests. Pure logic runs in node; DOM tests opt in with
// `// @vitest-environment happy-dom` (or jsdom) at the top of the file.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
    testTimeout: 20_000,
  },
});
