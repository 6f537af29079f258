import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    // expect.poll waits for what a test needs (a page re-read, a figure moved) as long as the
    // other waits do (WAIT_MS, test/helpers/smtp.ts): its default of a second fails on a busy machine.
    expect: { poll: { timeout: 45_000 } },
    hookTimeout: 120_000,
    // Suites share nothing but the PostgreSQL server: each test makes its own database.
    fileParallelism: true,
    // Most of a suite's time is spent waiting (PostgreSQL, Chromium, SMTP, a retry's backoff), so
    // even a 2-core machine runs two files at once (vitest's default there is one).
    // ALLOT_TEST_WORKERS sets another number.
    maxWorkers: Number(process.env.ALLOT_TEST_WORKERS) || Math.max(2, availableParallelism() - 1),
  },
});
