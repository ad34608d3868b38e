// Building the production site for the browser tests. Kept apart from the
// harness (which imports Vitest's hooks) so the global setup can use it too.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds the site into a fresh temporary folder (never the shared dist/) and returns it. */
export async function buildSite(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'unrolled-dist-'));
  // Vitest sets NODE_ENV=test, which Vite would keep, shipping React's development
  // build: the site under test must be the production one.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ root: ROOT, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env['NODE_ENV'] = nodeEnv;
  }
  return outDir;
}
