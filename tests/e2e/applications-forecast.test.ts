// The forecasting and captioning sections of the applications lab in real
// Chromium: cross-validation trains fresh networks per fold in the worker
// without a long task (≥ 50 ms) on the page and fills the fold errors; the
// caption decoder trains and writes captions for held-out images; screenshots.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, launch, openPage, screenshot, serve, VIEWPORTS, type StaticServer, type WatchedPage } from './harness.ts';

let server: StaticServer | undefined;
let browser: Awaited<ReturnType<typeof launch>> | undefined;
beforeAll(async () => {
  browser = await launch();
  server = await serve(await builtSite());
});
afterEach(async () => {
  for (const p of browser?.context.pages() ?? []) await p.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(hash: string, viewport: { width: number; height: number } = VIEWPORTS.desktop): Promise<WatchedPage> {
  if (browser === undefined || server === undefined) throw new Error('the browser or the server did not start');
  const w = await openPage(browser.context);
  await w.page.setViewportSize(viewport);
  await w.page.goto(`${server.url}${hash}`);
  return w;
}

describe('forecasting and captioning in the browser', () => {
  it('forecast: cross-validation fills every fold’s RMSE for both networks without long tasks', async () => {
    const w = await open('#/lab/applications?lang=en&task=forecast&fc_updates=300');
    const { page } = w;
    const run = page.getByRole('button', { name: 'Run cross-validation (4 folds)' });
    await expect.poll(() => run.isEnabled(), { timeout: 20_000 }).toBe(true);
    // the untrained networks already draw their forecasts and states
    await expect.poll(() => page.locator('[data-testid=fc-multi] path.apps-fc-line').count(), { timeout: 20_000 }).toBe(6);
    await expect.poll(() => page.getByTestId('fc-states').getAttribute('width')).toBe(String(32 * 12 + 6));
    const cpu = await w.mainThread();
    const start = await page.evaluate(() => performance.now());
    await run.click();
    await expect.poll(() => page.getByTestId('fc-status').textContent(), { timeout: 90_000 }).toContain('Cross-validation done');
    const end = await page.evaluate(() => performance.now());
    const probe = await w.probe();
    const long = cpu.over(probe.longTasks.filter((l) => l.start >= start && l.start <= end));
    expect(long, JSON.stringify(long)).toEqual([]);
    for (let i = 0; i < 4; i++) {
      for (const which of ['rec', 'dense']) {
        const v = Number(await page.getByTestId(`fc-rmse-${which}-${i}`).evaluate((el) => el.firstChild?.textContent ?? ''));
        expect(v, `fold ${i} ${which}`).toBeGreaterThan(0);
        expect(v, `fold ${i} ${which}`).toBeLessThan(3);
      }
    }
    await expect.poll(() => page.getByTestId('fc-winner').textContent()).toMatch(/Recurrent better on \d of 4 folds/);
    await expect.poll(() => page.locator('[data-testid=fc-folds-chart] rect.train').count()).toBe(4);
    // keyboard: the variable drawn is a labelled select
    await page.getByRole('combobox', { name: 'Variable drawn' }).selectOption('pressure');
    await expect.poll(() => page.getByTestId('fc-multi').getAttribute('aria-label')).toContain('pressure');
    expect(w.problems).toEqual([]);
  });

  it('captions: the decoder trains and writes captions for held-out images', async () => {
    const w = await open('#/lab/applications?lang=en&task=captions');
    const { page } = w;
    const train = page.getByRole('button', { name: /^Train [\d,]+ updates$/ });
    await expect.poll(() => train.isEnabled(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.getByTestId('cap-accuracy').textContent(), { timeout: 20_000 }).toContain('held-out images 0 %');
    const cpu = await w.mainThread();
    const start = await page.evaluate(() => performance.now());
    await train.click();
    await expect.poll(async () => Number((await page.getByTestId('cap-progress').getAttribute('value')) ?? 0), { timeout: 60_000 }).toBeGreaterThan(400);
    await page.getByRole('button', { name: 'Pause' }).click();
    const end = await page.evaluate(() => performance.now());
    const probe = await w.probe();
    const long = cpu.over(probe.longTasks.filter((l) => l.start >= start && l.start <= end));
    expect(long, JSON.stringify(long)).toEqual([]);
    // every shown held-out image has a caption written now, in English words
    const words = new Set(['a', 'red', 'green', 'blue', 'square', 'circle', 'triangle', 'above', 'below', 'left', 'right', 'of']);
    for (let i = 0; i < 6; i++) {
      const text = (await page.getByTestId(`cap-pred-${i}`).textContent()) ?? '';
      const written = text.replace(/[✓✗]/g, '').trim();
      expect(written).not.toBe('–');
      expect(written.split(' ').every((word) => words.has(word)), written).toBe(true);
    }
    expect(await page.locator('[data-testid=cap-table] svg[role=img]').count()).toBe(6);
    expect(w.problems).toEqual([]);
  });

  for (const { lang, themeLabel } of [
    { lang: 'en', themeLabel: 'Theme' },
    { lang: 'ar', themeLabel: 'المظهر' },
  ]) {
    for (const theme of ['light', 'dark'] as const) {
      it(`screenshots ${lang} ${theme}`, async () => {
        for (const [size, vp] of Object.entries(VIEWPORTS)) {
          for (const task of ['forecast', 'captions'] as const) {
            const w = await open(`#/lab/applications?lang=${lang}&task=${task}`, vp);
            await w.page.getByRole('combobox', { name: themeLabel }).selectOption(theme);
            const id = task === 'forecast' ? 'app-forecast' : 'app-captions';
            await w.page.getByTestId(id).waitFor({ timeout: 20_000 });
            await w.page.waitForTimeout(1500);
            await screenshot(w.page, `apps2-${task}-${lang}-${theme}-${size}`);
            if (task === 'forecast') {
              await w.page.getByTestId('fc-folds').scrollIntoViewIfNeeded();
              await screenshot(w.page, `apps2-${task}-${lang}-${theme}-${size}-folds`);
            }
            expect(w.problems).toEqual([]);
            await w.close();
          }
        }
      });
    }
  }
});
