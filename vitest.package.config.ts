import { defineConfig } from 'vitest/config';

// The package as built (dist/): what npm pack ships, the built CLI and widget, the schema.
// `npm test` runs them after `npm run build`; they never build themselves, so the unit suite
// stays fast and a build always happens once, in production mode, from the command line.
export default defineConfig({
  test: {
    include: ['tests/package/**/*.test.ts'],
    environment: 'node',
    // npm pack, publint and attw start processes and read the whole package: sized by work,
    // not by the machine's speed.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
