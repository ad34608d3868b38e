// The applications lab in real Chromium, English and Arabic: the sentiment
// section trains its two LSTMs without a long task (≥ 50 ms) on the page and
// then reads the word-order pairs right where the bag of words cannot; the
// tagging section trains and fills the notes' advert template; screenshots.
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

/** This page has its own training controls per section, not the shared status line: wait for the section's Train button. */
async function open(hash: string, viewport: { width: number; height: number } = VIEWPORTS.desktop): Promise<WatchedPage> {
  if (browser === undefined || server === undefined) throw new Error('the browser or the server did not start');
  const w = await openPage(browser.context);
  await w.page.setViewportSize(viewport);
  await w.page.goto(`${server.url}${hash}`);
  return w;
}

describe('the applications lab in the browser', () => {
  it('sentiment (en): trains without long tasks; the LSTMs read word order, the bag of words cannot', async () => {
    const w = await open('#/lab/applications?lang=en&task=sentiment');
    const { page } = w;
    const train = page.getByRole('button', { name: 'Train 1,500 updates' });
    await expect.poll(() => train.isEnabled(), { timeout: 20_000 }).toBe(true);
    const cpu = await w.mainThread();
    const start = await page.evaluate(() => performance.now());
    await train.click();
    await expect.poll(() => page.getByTestId('sent-step').textContent(), { timeout: 60_000 }).toBe('update 1,500 of 1,500');
    const end = await page.evaluate(() => performance.now());
    const probe = await w.probe();
    const long = cpu.over(probe.longTasks.filter((l) => l.start >= start && l.start <= end));
    expect(long, JSON.stringify(long)).toEqual([]);
    // every pair sentence: right for both LSTMs; the bag of words gives both sentences of a pair the same number
    const rows = page.locator('[data-testid=sent-pairs] tbody tr');
    await expect.poll(() => rows.count()).toBe(16);
    await expect.poll(() => page.locator('[data-testid=sent-pairs] tbody td.is-wrong').count()).toBe(8);
    for (let k = 0; k < 16; k += 2) {
      const cells = async (r: number) => rows.nth(r).locator('td').allTextContents();
      const [a, b] = [await cells(k), await cells(k + 1)];
      expect(a[1]).toContain('✓');
      expect(a[2]).toContain('✓');
      expect(b[1]).toContain('✓');
      expect(b[2]).toContain('✓');
      expect(a[3]?.slice(0, 4)).toBe(b[3]?.slice(0, 4));
    }
    // a typed review: its running prediction is shown word by word
    await page.getByRole('textbox', { name: /Type a review/ }).fill('the soup was good, not bad at all');
    await expect.poll(() => page.locator('[data-testid=sent-running] tbody tr').count()).toBe(8);
    await expect.poll(() => page.locator('[data-testid=sent-running]').textContent()).toContain('<UNK>');
    await expect.poll(() => page.getByTestId('sent-verdicts').textContent()).toMatch(/last state (0\.\d\d|1\.00) \(positive\)/);
    await screenshot(page, 'applications-sentiment-en-desktop');
    expect(w.problems).toEqual([]);
  });

  it('tagging (en): trains and fills the notes’ advert template', async () => {
    const w = await open('#/lab/applications?lang=en&task=tagging');
    const { page } = w;
    const train = page.getByRole('button', { name: 'Train 300 updates' });
    await expect.poll(() => train.isEnabled(), { timeout: 20_000 }).toBe(true);
    const cpu = await w.mainThread();
    const start = await page.evaluate(() => performance.now());
    await train.click();
    await expect.poll(() => page.getByTestId('tag-step').textContent(), { timeout: 60_000 }).toBe('update 300 of 300');
    const end = await page.evaluate(() => performance.now());
    const long = cpu.over((await w.probe()).longTasks.filter((l) => l.start >= start && l.start <= end));
    expect(long, JSON.stringify(long)).toEqual([]);
    const value = (f: string) => page.locator(`[data-testid=tag-template] tr[data-field=${f}] td`).first().getAttribute('data-value');
    await expect.poll(() => value('PRICE')).toBe('1 270 000');
    expect(await value('REF')).toBe('12390');
    expect(await value('SURF')).toBe('190m²');
    expect(await value('YEAR')).toBe('2005');
    expect(await value('ROOMS')).toBe('4');
    expect(await value('OWNER')).toBe('Mimi LASOURIS');
    expect(await value('TEL')).toBe('06.43.43.43.43');
    await expect.poll(() => page.getByTestId('tag-score').textContent()).toContain('28 of 28');
    await screenshot(page, 'applications-tagging-en-desktop');
    expect(w.problems).toEqual([]);
  });

  it('Arabic: right to left, both sections open from the contents, and train', async () => {
    const w = await open('#/lab/applications?lang=ar&task=sentiment', VIEWPORTS.phone);
    const { page } = w;
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('heading', { name: /تحليل المشاعر: إجابة واحدة لكل مراجعة/ }).waitFor();
    const train = page.getByRole('button', { name: /^درّب/ });
    await expect.poll(() => train.isEnabled(), { timeout: 20_000 }).toBe(true);
    await train.click();
    await expect.poll(() => page.locator('[data-testid=sent-pairs] tbody tr').count()).toBe(16);
    await expect.poll(() => page.getByTestId('sent-verdicts').textContent(), { timeout: 60_000 }).toMatch(/سلبية/);
    await screenshot(page, 'applications-sentiment-ar-phone');
    await page.getByRole('navigation', { name: 'الأقسام' }).getByRole('button', { name: /الوسم واستخراج المعلومات/ }).click();
    await page.getByRole('heading', { name: /وسم لكل كلمة/ }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: /^درّب/ }).isEnabled(), { timeout: 20_000 }).toBe(true);
    await page.getByRole('button', { name: /^درّب/ }).click();
    await expect.poll(() => page.locator('[data-testid=tag-template] tr[data-field=PRICE] td').first().getAttribute('data-value'), { timeout: 60_000 }).toBe('1 270 000');
    await screenshot(page, 'applications-tagging-ar-phone');
    expect(w.problems).toEqual([]);
  });
});
