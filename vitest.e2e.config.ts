import { defineConfig } from 'vitest/config';

// End-to-end tests: build the site, serve it under a sub-path, drive Debian's Chromium.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // One more attempt for a test the browser stalled on (a screenshot that
    // never got its frame on a loaded two-core machine); a real failure fails both.
    retry: 1,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
  },
});
