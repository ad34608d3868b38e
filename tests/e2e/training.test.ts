// A lab in real Chromium: the worker streams frames while training, Pause
// stops them, Reset with the same seed replays the same losses, training keeps
// the main thread free of long tasks, and a malformed link shows the notice.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { builtSite, launch, openPage, screenshot, serve, type StaticServer, type WatchedPage } from './harness.ts';

let server: StaticServer;
let browser: { context: BrowserContext; close(): Promise<void> };

beforeAll(async () => {
  browser = await launch();
  server = await serve(await builtSite());
});

// A failed test must not leave a page training in the background for the next one.
afterEach(async () => {
  for (const p of browser?.context.pages() ?? []) await p.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openLab(hash: string): Promise<WatchedPage> {
  const w = await openPage(browser.context);
  await w.page.setViewportSize({ width: 1280, height: 720 });
  await w.page.goto(`${server.url}${hash}`);
  await w.page.locator('[role=status][data-phase=ready]').waitFor();
  return w;
}

const framesSince = (w: WatchedPage, t: number) => w.probe().then((p) => p.workerFrames.filter((f) => f > t).length);
const now = (page: Page) => page.evaluate(() => performance.now());
const readout = (page: Page, name: string) => page.getByTestId(`readout-${name}`).textContent();

async function stepTimes(page: Page, n: number): Promise<string[]> {
  const losses: string[] = [];
  for (let k = 1; k <= n; k++) {
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.waitForFunction((s) => document.querySelector('[data-testid=readout-step]')?.textContent === s, String(k));
    losses.push((await readout(page, 'loss')) ?? '');
  }
  return losses;
}

describe('training in the browser', () => {
  it('streams frames while training, without long tasks, and Pause stops them', async () => {
    const w = await openLab('#/lab/bille?lang=en&speed=5');
    const { page } = w;
    // "After load": fonts in and the first paints done, so what is measured is training alone.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForTimeout(500);
    const cpu = await w.mainThread();
    const start = await now(page);
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect.poll(() => framesSince(w, start), { timeout: 10_000 }).toBeGreaterThanOrEqual(30);
    await page.waitForTimeout(1500);
    expect(Number((await readout(page, 'step'))?.replace(/\D/g, ''))).toBeGreaterThan(100);
    expect(await readout(page, 'loss')).toMatch(/^\d+\.\d{4}$/);
    // The curve is drawn on the canvas under the axes: some of its pixels are painted.
    const chart = await page.locator('.loss-chart__canvas').evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      let painted = 0;
      for (let k = 3; k < data.length; k += 4) if ((data[k] ?? 0) > 0) painted++;
      return { painted, width: c.width };
    });
    expect(chart.width).toBeGreaterThan(300);
    expect(chart.painted).toBeGreaterThan(200);
    expect(await page.locator('.loss-chart__axis .tick').count()).toBeGreaterThan(4);
    await screenshot(page, 'training-bille-en');

    const probe = await w.probe();
    expect(probe.longTaskError).toBeUndefined();
    const during = cpu.over(probe.longTasks.filter((t) => t.start >= start));
    expect(during, 'long tasks while training').toEqual([]);

    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('button', { name: 'Train', exact: true }).waitFor();
    await page.waitForTimeout(300);
    const settled = await now(page);
    await page.waitForTimeout(1000);
    expect(await framesSince(w, settled)).toBe(0);
    expect(await page.getByRole('status').textContent()).toMatch(/^Paused at step [\d,]+\.$/);
    expect(w.problems).toEqual([]);
    await w.close();
  });

  it('replays the same losses after Reset with the same seed', async () => {
    const w = await openLab('#/lab/bille?seed=7&lang=en');
    const { page } = w;
    const first = await stepTimes(page, 5);
    expect(new Set(first).size).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await page.locator('[role=status][data-phase=ready]').waitFor();
    expect(await readout(page, 'step')).toBe('0');
    expect(await stepTimes(page, 5)).toEqual(first);
    expect(w.problems).toEqual([]);
    await w.close();
  });

  it('names the parameters of a malformed link it ignored, in the link language, and lets them be dismissed', async () => {
    const w = await openLab('#/lab/bille?lr=abc&hidden=99&lang=fr');
    const { page } = w;
    const notice = page.getByRole('region', { name: 'Certains réglages de ce lien ont été ignorés' });
    await expect.poll(() => notice.locator('li').allTextContents()).toEqual([
      'lr=abc — ce n’est pas un nombre',
      'hidden=99 — trop grand (au plus 8)',
    ]);
    expect(await page.evaluate(() => location.hash)).toBe('#/lab/bille?seed=1&lr=0.1&clip=5&word=bille&hidden=3&speed=3&lang=fr');
    await screenshot(page, 'notice-bille-fr');
    await notice.getByRole('button', { name: 'Fermer cet avis' }).click();
    expect(await notice.count()).toBe(0);
    expect(w.problems).toEqual([]);
    await w.close();
  });

  it('is operable from the keyboard', async () => {
    const w = await openLab('#/lab/bille?lang=en');
    const { page } = w;
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.getByRole('button', { name: 'Train', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    const ring = await page.getByRole('button', { name: 'Pause', exact: true }).evaluate((b) => getComputedStyle(b).outlineWidth);
    expect(parseFloat(ring)).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'focus-bille-en');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Train', exact: true }).waitFor();
    expect(w.problems).toEqual([]);
    await w.close();
  });
});
