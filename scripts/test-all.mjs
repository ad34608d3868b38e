// The one test command: type-check, lint, unit and component tests, then the
// end-to-end tests in real headless Chromium. Prints a closing summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const results = [];

function run(label, cmd, args) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  results.push({ label, ok: r.status === 0 });
  return r.status === 0;
}

function counts(file) {
  if (!existsSync(file)) return null;
  const j = JSON.parse(readFileSync(file, 'utf8'));
  // Named again at the end, so a log cut to its last lines still says what failed.
  const failures = (j.testResults ?? []).flatMap((f) =>
    (f.assertionResults ?? [])
      .filter((a) => a.status === 'failed')
      .map((a) => `${f.name.replace(`${process.cwd()}/`, '')} > ${a.fullName}: ${String(a.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 300)}`),
  );
  return { passed: j.numPassedTests ?? 0, failed: j.numFailedTests ?? 0, skipped: (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0), failures };
}

rmSync('test-results', { recursive: true, force: true });
if (!existsSync(chromium)) {
  console.error(`No Chromium at ${chromium}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH); the end-to-end tests need it.`);
  process.exit(1);
}

run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('lint', 'npx', ['eslint', '--max-warnings', '0', 'src', 'tests', 'scripts', 'bench']);
run('unit and component tests', 'npx', ['vitest', 'run']);
run('end-to-end tests (Chromium)', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts']);

const total = { passed: 0, failed: 0, skipped: 0 };
for (const f of ['test-results/unit.json', 'test-results/e2e.json']) {
  const c = counts(f);
  if (!c) { console.error(`missing ${f}: a test suite did not run`); total.failed += 1; continue; }
  total.passed += c.passed; total.failed += c.failed; total.skipped += c.skipped;
  for (const line of c.failures) console.error(`FAILED ${line}`);
}
const failedSteps = results.filter((r) => !r.ok).map((r) => r.label);
if (failedSteps.length) console.error(`failed steps: ${failedSteps.join(', ')}`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedSteps.length || total.failed || total.passed === 0 ? 1 : 0);
