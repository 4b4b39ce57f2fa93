import { defineConfig } from 'vitest/config';

// Three suites: fast unit tests of src/lib, build tests that run `astro build` on real and fixture
// content and read the HTML, and browser tests that drive Debian's Chromium against the built site.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      'tests/components/vitest.config.ts',
      {
        test: {
          name: 'build',
          globalSetup: ['tests/support/build-site.global.ts', 'tests/support/developing-site.global.ts', 'tests/support/picture-site.global.ts'],
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          globalSetup: ['tests/support/build-site.global.ts', 'tests/support/synthetic-site.global.ts', 'tests/support/developing-site.global.ts', 'tests/support/picture-site.global.ts'],
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
