import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Suites share nothing but the PostgreSQL server: each test makes its own database.
    fileParallelism: true,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
