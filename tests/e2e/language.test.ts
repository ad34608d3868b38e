// The language lab in real Chromium: the character model trains with the
// perplexity shown and falling and no long task, the temperature slider
// changes the sample, both sentences are scored token by token, the two
// feeding twins train and continue a prompt, and the page loads in Arabic.
import { describe, expect, it } from 'vitest';
import { labSite, screenshot, VIEWPORTS } from './harness.ts';

const { openLab } = labSite();

const num = (s: string | null): number => Number((s ?? '').replace(/[^\d.]/g, ''));

describe('the language lab in the browser', () => {
  it('trains the character model: perplexity shown and falling, samples follow the temperature, no long task', async () => {
    const w = await openLab('#/lab/language?lang=en');
    const { page } = w;
    const ppl = page.getByTestId('perplexity');
    expect(await ppl.textContent()).toBe('—');
    // The main run button by its class: a query by role walks the whole page's accessibility tree,
    // itself a long task on a page this size, and would be counted against the lab.
    const run = page.locator('button.run-buttons__main');
    expect(await run.textContent()).toBe('Train');
    const cpu = await w.mainThread();
    const start = await page.evaluate(() => performance.now());
    await run.click();
    await expect.poll(async () => num(await ppl.textContent()), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(2500);
    const early = num(await ppl.textContent());
    await page.waitForTimeout(6000);
    const late = num(await ppl.textContent());
    const end = await page.evaluate(() => performance.now());
    const probe = await w.probe();
    const long = cpu.over(probe.longTasks.filter((l) => l.start >= start && l.start <= end));
    // Flat out, the read-out gives the characters trained per second (48 per update).
    await page.getByRole('slider', { name: 'Speed' }).fill('5');
    await page.waitForTimeout(5000);
    const rate = num(await page.getByTestId('token-rate').textContent());
    const steps = num(await page.getByTestId('readout-step').textContent());
    const reached = num(await ppl.textContent());
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    console.log(`language e2e: perplexity ${early} -> ${late} (paced), ${reached} after ${steps} updates; ${rate} characters per second flat out`);
    expect(long, JSON.stringify(long)).toEqual([]);
    expect(late).toBeLessThan(early);
    expect(late).toBeLessThan(12);
    expect(rate).toBeGreaterThan(0);

    // The same random numbers at two temperatures give two different texts.
    const sampled = page.getByTestId('sampled');
    const slider = page.getByRole('slider', { name: 'Temperature T' });
    await slider.fill('0.2');
    await page.getByRole('button', { name: 'Sample', exact: true }).click();
    await expect.poll(() => sampled.textContent(), { timeout: 10_000 }).toMatch(/^the [^ ]/);
    const cold = await sampled.textContent();
    await slider.fill('3');
    await expect.poll(() => sampled.textContent(), { timeout: 10_000 }).not.toBe(cold);
    // the softmax drawing at three temperatures has its table
    await expect.poll(() => page.getByRole('table', { name: /most likely next tokens at three temperatures/ }).count()).toBe(1);

    // Scoring: both sentences, token by token, and which is more likely.
    await page.getByRole('button', { name: 'Score both' }).click();
    const tables = page.getByTestId('score-table');
    await expect.poll(() => tables.count(), { timeout: 10_000 }).toBe(2);
    expect(await tables.nth(0).locator('caption').textContent()).toContain('the apple and pear salad');
    expect(await tables.nth(1).locator('caption').textContent()).toContain('the apple and pair salad');
    // one row per character and the closing <EOS>
    expect(await tables.nth(0).locator('tbody tr').count()).toBe('the apple and pear salad'.length + 1);
    await expect.poll(() => page.getByTestId('score-verdict').textContent()).toContain('times as likely as');
    expect(w.problems).toEqual([]);
  });

  it('trains teacher forcing and free running side by side and shows what each writes', async () => {
    const w = await openLab('#/lab/language?lang=en&level=word');
    const { page } = w;
    const train = page.getByRole('button', { name: /Train both/ });
    await expect.poll(() => train.isEnabled(), { timeout: 20_000 }).toBe(true);
    const before = await page.getByTestId('written-free').textContent();
    await train.click();
    await expect.poll(() => page.getByTestId('written-free').textContent(), { timeout: 60_000 }).not.toBe(before);
    await expect.poll(() => train.textContent(), { timeout: 60_000 }).toContain('Train both');
    expect(await page.getByTestId('twin-teacher').textContent()).toMatch(/first mistake at token|no mistake/);
    // word level: an unknown word in the pipeline reads as <UNK>
    await page.getByLabel('Your sentence').fill('the zebra eats an apple');
    await expect.poll(() => page.getByTestId('ids').textContent()).toContain('zebra1');
    expect(w.problems).toEqual([]);
  });

  it('loads in Arabic, right to left, on the Arabic corpus', async () => {
    const w = await openLab('#/lab/language?lang=ar&corpus=ar');
    const { page } = w;
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => page.locator('h1').textContent()).toContain('النماذج اللغوية');
    expect(await page.getByTestId('cleaned').textContent()).toBe('سلطة التفاح والإجاص جاهزة!');
    expect(await page.getByTestId('greedy').getAttribute('dir')).toBe('rtl');
    expect(w.problems).toEqual([]);
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`screenshots ${lang}`, async () => {
      for (const [size, vp] of Object.entries(VIEWPORTS)) {
        for (const theme of ['light', 'dark'] as const) {
          const w = await openLab(`#/lab/language?lang=${lang}&corpus=${lang}`, vp);
          const { page } = w;
          await page.getByRole('combobox', { name: lang === 'en' ? 'Theme' : 'المظهر' }).selectOption(theme);
          await screenshot(page, `language-${lang}-${theme}-${size}-top`);
          for (const part of ['lang-model', 'lang-pipeline', 'lang-score', 'lang-feeding']) {
            await page.getByTestId(part).scrollIntoViewIfNeeded();
            await screenshot(page, `language-${lang}-${theme}-${size}-${part.replace('lang-', '')}`);
          }
          expect(w.problems).toEqual([]);
          await w.close();
        }
      }
    });
  }
});
