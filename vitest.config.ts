import { defineConfig } from 'vitest/config';

// Unit tests run in Node (engine, worker core, state); component tests (*.test.tsx) in jsdom.
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          setupFiles: ['./tests/setup-dom.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
