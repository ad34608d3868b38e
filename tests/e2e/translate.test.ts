// The translate lab in real Chromium: it trains without long tasks and the
// share of sentences translated exactly right rises; a typed sentence is
// translated step by step with the encoder's vector drawn and unknown words
// flagged; the code panel shows Keras and PyTorch and downloads the weights
// as a PyTorch state_dict; Arabic loads right to left; screenshots.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { labSite, screenshot, VIEWPORTS } from './harness.ts';

const { openLab } = labSite();

const accuracy = async (page: Page): Promise<number> => {
  const v = await page.getByTestId('translate-accuracy').getAttribute('data-value');
  return v === null || v === '' ? -1 : Number(v);
};

describe('the translate lab in the browser', () => {
  it('trains without long tasks, the share of exact translations rises, and a typed sentence is translated step by step', async () => {
    const w = await openLab('#/lab/translate?lang=en');
    const { page } = w;
    await expect.poll(() => accuracy(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(0);
    const before = await accuracy(page);
    expect(before).toBeLessThan(10);
    const cpu = await w.mainThread();
    const start = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await page.waitForTimeout(5000);
    const end = await page.evaluate(() => performance.now());
    const probe = await w.probe();
    const long = cpu.over(probe.longTasks.filter((l) => l.start >= start && l.start <= end));
    expect(long, JSON.stringify(long)).toEqual([]);
    await expect.poll(() => accuracy(page), { timeout: 90_000, interval: 1000 }).toBeGreaterThanOrEqual(60);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();

    // a sentence with a word outside the vocabulary, typed and submitted with Enter
    const box = page.getByLabel('Sentence to translate');
    await box.fill('The cat sat on the SOFA!');
    await box.press('Enter');
    await expect.poll(() => page.getByTestId('translate-unknown').textContent()).toContain('“sofa”');
    await expect.poll(() => page.getByTestId('translate-step').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    const steps = await page.getByTestId('translate-step').allTextContents();
    expect(steps[0]).toMatch(/Step 1.*chose “le”/);
    expect(steps.at(-1)).toContain('end of sentence');
    await expect.poll(() => page.getByTestId('translate-output').textContent()).toMatch(/^le chat/);
    // the encoder's vector: 48 bars and a text alternative with its numbers
    expect(await page.locator('[data-testid=encoder-state] rect[height]').count()).toBeGreaterThanOrEqual(48);
    expect(await page.getByTestId('encoder-state').getAttribute('aria-label')).toMatch(/48 values: [−-]?\d/);
    // nothing known: a clear message, the last translation stays
    await box.fill('sofa lamp');
    await box.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('None of these words');
    expect(await page.getByTestId('translate-output').textContent()).toMatch(/^le chat/);
    expect(w.problems).toEqual([]);
  });

  it('shows the code in Keras and PyTorch, copies it, and downloads the weights as a state_dict', async () => {
    const w = await openLab('#/lab/translate?lang=en&hidden=16');
    const { page } = w;
    const panel = page.getByTestId('show-code');
    await panel.scrollIntoViewIfNeeded();
    await expect.poll(() => panel.getByTestId('code-keras').textContent()).toContain('_, h = layers.GRU(16, return_state=True)(x)');
    const keras = panel.getByRole('tab', { name: 'Keras' });
    await keras.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => panel.getByRole('tab', { name: 'PyTorch' }).getAttribute('aria-selected')).toBe('true');
    const torch = (await panel.getByTestId('code-pytorch').textContent()) ?? '';
    expect(torch).toContain('self.rnn = nn.GRU(24, 16, batch_first=True)');
    expect(torch).toContain('self.encoder = Encoder()');
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download weights (state_dict JSON)' }).click()]);
    expect(download.suggestedFilename()).toBe('translate-en-fr-weights.json');
    const path = await download.path();
    const dict = JSON.parse(readFileSync(path, 'utf8')) as Record<string, number[][] | number[]>;
    const ih = dict['encoder.rnn.weight_ih_l0'] as number[][];
    expect([ih.length, ih[0]?.length]).toEqual([48, 24]);
    expect((dict['decoder.rnn.bias_hh_l0'] as number[]).length).toBe(48);
    expect(Object.keys(dict)).toContain('decoder.head.weight');
    await expect.poll(() => panel.getByTestId('show-code-status').textContent()).toContain('translate-en-fr-weights.json');
    expect(w.problems).toEqual([]);
  });

  it('loads in Arabic, right to left, and trains', async () => {
    const w = await openLab('#/lab/translate?lang=ar');
    const { page } = w;
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('الترجمة');
    await page.getByRole('button', { name: 'درِّب', exact: true }).click();
    await expect.poll(() => page.getByTestId('readout-step').textContent(), { timeout: 20_000 }).not.toBe('0');
    // code stays left to right
    expect(await page.getByTestId('code-keras').getAttribute('dir')).toBe('ltr');
    expect(w.problems).toEqual([]);
  });

  for (const l of [
    { lang: 'en', theme: 'Theme', train: 'Train', pause: 'Pause' },
    { lang: 'ar', theme: 'المظهر', train: 'درِّب', pause: 'إيقاف مؤقت' },
  ]) {
    for (const theme of ['light', 'dark'] as const) {
      it(`screenshots ${l.lang} ${theme}`, async () => {
        for (const [size, vp] of Object.entries(VIEWPORTS)) {
          const w = await openLab(`#/lab/translate?lang=${l.lang}`, vp);
          const { page } = w;
          await page.getByRole('combobox', { name: l.theme }).selectOption(theme);
          await page.getByRole('button', { name: l.train, exact: true }).click();
          await page.waitForTimeout(6000);
          await page.getByRole('button', { name: l.pause, exact: true }).click();
          await screenshot(page, `translate-${l.lang}-${theme}-${size}-top`);
          for (const part of ['translate-score', 'translate-try', 'translate-bottleneck', 'show-code']) {
            await page.getByTestId(part).scrollIntoViewIfNeeded();
            await screenshot(page, `translate-${l.lang}-${theme}-${size}-${part.replace('translate-', '')}`);
          }
          expect(w.problems).toEqual([]);
          await w.close();
        }
      });
    }
  }
});
