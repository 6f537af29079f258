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
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
