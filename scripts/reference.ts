// Checks the engine against PyTorch reference cases.
//   npm run reference -- [PATH...]
// Each PATH is a case file (.json) or a folder of them. With no PATH:
// ../shared/reference/cases when it exists, else tests/fixtures/reference.
// Prints PASS/FAIL per case and a summary; exits 1 if any case fails or
// a file cannot be read.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runReferenceText } from '../src/engine/reference/run.ts';

function defaultPaths(): string[] {
  const shared = join('..', 'shared', 'reference', 'cases');
  return [existsSync(shared) ? shared : join('tests', 'fixtures', 'reference')];
}

/** Every case file under the given paths, folders expanded in name order. */
function caseFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) {
      files.push(p); // reported as unreadable below
    } else if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).filter((f) => f.endsWith('.json')).sort()) files.push(join(p, f));
    } else {
      files.push(p);
    }
  }
  return files;
}

function main(args: readonly string[]): number {
  const files = caseFiles(args.length > 0 ? args : defaultPaths());
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      console.log(`ERROR ${file}: cannot read (${e instanceof Error ? e.message : String(e)})`);
      failed += 1;
      continue;
    }
    const result = runReferenceText(file, text);
    console.log(result.line);
    if (result.ok) passed += 1;
    else failed += 1;
  }
  if (files.length === 0) console.log('no case files found');
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || files.length === 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
