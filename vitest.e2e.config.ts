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
    // Two more attempts for a test the machine stalled (a screenshot that never
    // got its frame, a long task made of a layout stretched by CPU contention on
    // two cores); a real failure fails all three.
    retry: 2,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
  },
});
