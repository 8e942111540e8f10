import { defineConfig } from 'vitest/config';

// Real-browser tests: headless Chromium from an npm package drives the built widget on the
// demo pages. One worker per core at most: each test file owns one browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // Tests wait for conditions (expect.poll, locator waits), never for time: the limit only
    // catches a condition that never comes, and a busy machine needs more than the 1 s default.
    expect: { poll: { timeout: 15_000 } },
    fileParallelism: true,
    maxWorkers: 2,
  },
});
