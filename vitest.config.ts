import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Node tests (shared, server, CLI) run in parallel; browser tests (tests/browser) drive Debian's
// Chromium against a real server and run one file at a time so the 2 cores are not oversubscribed.
export default defineConfig({
  test: {
    // Vitest's default is cores − 1 files at a time: one on 2 cores, where most node files wait on
    // sockets, servers and timers more than they compute. At least two; more on bigger machines.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['tests/browser/globalSetup.ts'],
        },
      },
    ],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
