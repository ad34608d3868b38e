// Builds the site once for the whole end-to-end run: every file then serves the
// same production build instead of rebuilding it (a build costs tens of seconds
// on two cores, and every e2e file needs one).
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = await buildSite();
  project.provide('siteDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
