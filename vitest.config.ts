import { defineConfig } from 'vitest/config';

/**
 * The tests that start outside programs or many processes: crash and kill loops, the Word files
 * read back by LibreOffice, pandoc and python-docx, and the security scans of the build. They run
 * in `npm test` (project "slow"), not in the quick loop of `npm run test:unit`.
 */
const SLOW = [
  'test/crash/**',
  'test/security/**',
  'test/export/export-kill.test.ts',
  'test/export/libreoffice.test.ts',
  'test/export/adversarial-text.test.ts',
  'test/export/pandoc-comments.test.ts',
  'test/export/pandoc-revisions.test.ts',
  'test/export/python-docx.test.ts',
  'test/export/people-annexes-docx.test.ts',
  'test/export/plan-read-back.test.ts',
  'test/export/budget-page-break.test.ts',
  'test/export/budget-amounts.test.ts',
  'test/export/xlsx-read-back.test.ts',
  // 2,000 real saves and reopens on disk: a loop like the crash tests, not a quick check.
  'test/electron/services/save-reopen.property.test.ts',
];

/** Renderer components rendered into a simulated DOM (happy-dom) and driven as a user would. */
const DOM = 'test/renderer/**/*.test.tsx';

/** Tests that use the built export worker, `kp` or browser-mode server (see test/build-once.ts). */
const BUILT = ['test/build-once.ts'];

// Four projects: quick Node-side unit tests, renderer component tests in a simulated DOM, the slow
// interoperability and crash tests, and end-to-end tests that drive Debian's Chromium against
// browser mode (the real renderer over the real electron/services). `npm test` runs all four.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          globalSetup: BUILT,
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'node_modules/**', DOM, ...SLOW],
          testTimeout: 30_000,
        },
      },
      {
        // Components need no build: they are imported from the sources, with a fake bridge.
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: [DOM],
          setupFiles: ['test/renderer/support/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'slow',
          environment: 'node',
          globalSetup: BUILT,
          include: SLOW.map((p) => (p.endsWith('/**') ? `${p}/*.test.ts` : p)),
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          globalSetup: BUILT,
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
