import { defineConfig } from 'vitest/config';

// Unit and component tests only: scripts/build.ts configures the widget, ESM and CLI builds
// itself (configFile: false).
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // Browser tests and tests of the build output run after `npm run build` (package.json
    // "test"); the unit suite never builds.
    exclude: ['tests/e2e/**', 'tests/package/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/helpers/load-parts.ts'],
    // Component tests click real links: happy-dom must not follow them onto the internet.
    environmentOptions: {
      happyDOM: {
        settings: {
          navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
          disableJavaScriptFileLoading: true,
          disableCSSFileLoading: true,
        },
      },
    },
    restoreMocks: true,
    // Tests are sized by work (fast-check numRuns, input sizes), never by the clock: the
    // timeout only catches a hang. The default 5 s failed 1,500-3,000-run property tests that
    // took 4-6.5 s on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
