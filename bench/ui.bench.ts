// The page's performance in real Chromium (a benchmark, not a test: it prints,
// it does not assert). Builds the site, serves it under a sub-path and measures:
//   - the JavaScript a first visit to #/ downloads, gzip-compressed as a host would send it;
//   - with the bille lab training flat out for 10 s: main-thread long tasks,
//     animation frames per second, engine frames per second;
//   - the JS heap after load and after 2 minutes of training (it must stay flat:
//     no telemetry may be kept without bound).
// Usage: npm run bench:ui   (BENCH_MINUTES=0.5 for a shorter heap run)
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { buildSite, launch, openPage, serve } from '../tests/e2e/harness.ts';

const TRAIN_SECONDS = 10;
const HEAP_MINUTES = Number(process.env['BENCH_MINUTES'] ?? 2);
const TARGETS = { longTasks: 0, fps: 55, workerFps: 25, firstLoadKb: 200 };

function row(label: string, value: string, target: string, ok: boolean): void {
  console.log(`${ok ? 'ok  ' : 'MISS'}  ${label.padEnd(34)} ${value.padStart(14)}   target ${target}`);
}

async function firstLoadJs(page: Page, url: string): Promise<{ files: number; raw: number; gzip: number }> {
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script' || r.url().endsWith('.js')) bodies.push(r.body());
  });
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(bodies);
  return {
    files: all.length,
    raw: all.reduce((n, b) => n + b.length, 0),
    gzip: all.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
  };
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

const dir = await buildSite();
const server = await serve(dir);
const browser = await launch();
try {
  const home = await openPage(browser.context);
  const js = await firstLoadJs(home.page, `${server.url}#/?lang=en`);
  await home.close();

  const lab = await openPage(browser.context);
  const { page } = lab;
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${server.url}#/lab/bille?lang=en&speed=5`);
  await page.locator('[role=status][data-phase=ready]').waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(1000);
  const heapBefore = await heapMb(page);

  const t0 = await page.evaluate(() => performance.now());
  const before = await lab.probe();
  await page.getByRole('button', { name: 'Train' }).click();
  await page.waitForTimeout(TRAIN_SECONDS * 1000);
  const after = await lab.probe();
  const t1 = await page.evaluate(() => performance.now());
  const seconds = (t1 - t0) / 1000;
  const longTasks = after.longTasks.filter((t) => t.start >= t0);
  const longMs = longTasks.reduce((n, t) => n + t.duration, 0);
  const fps = (after.rafCount - before.rafCount) / seconds;
  const workerFps = after.workerFrames.filter((t) => t >= t0).length / seconds;

  const remaining = HEAP_MINUTES * 60 - TRAIN_SECONDS;
  if (remaining > 0) await page.waitForTimeout(remaining * 1000);
  const steps = await page.getByTestId('readout-step').textContent();
  const heapAfter = await heapMb(page);

  console.log(`\nUnrolled UI benchmark (Chromium, ${server.url})\n`);
  row('first load of #/: JS (gzip)', `${(js.gzip / 1024).toFixed(1)} KB`, `<= ${TARGETS.firstLoadKb} KB`, js.gzip / 1024 <= TARGETS.firstLoadKb);
  console.log(`      (${js.files} files, ${(js.raw / 1024).toFixed(1)} KB uncompressed)`);
  row(`long tasks, ${TRAIN_SECONDS} s training`, `${longTasks.length} (${longMs.toFixed(0)} ms)`, `${TARGETS.longTasks}`, longTasks.length <= TARGETS.longTasks);
  row('animation frames per second', fps.toFixed(1), `>= ${TARGETS.fps}`, fps >= TARGETS.fps);
  row('engine frames per second', workerFps.toFixed(1), `>= ${TARGETS.workerFps}`, workerFps >= TARGETS.workerFps);
  const growth = heapAfter - heapBefore;
  row(
    `JS heap, load -> ${HEAP_MINUTES} min training`,
    `${heapBefore.toFixed(1)} -> ${heapAfter.toFixed(1)} MB`,
    'flat (< +2 MB)',
    growth < 2,
  );
  console.log(`      (${steps} updates trained; problems seen: ${lab.problems.length === 0 ? 'none' : lab.problems.join('; ')})`);
} finally {
  await browser.close();
  await server.close();
}
