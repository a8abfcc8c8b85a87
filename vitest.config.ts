import { defineConfig } from 'vitest/config';

// Two projects: fast Node-side unit tests, and end-to-end tests that drive Debian's Chromium
// against browser mode (the real renderer over the real electron/services).
export default defineConfig({
  test: {
    globalSetup: ['test/build-once.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
