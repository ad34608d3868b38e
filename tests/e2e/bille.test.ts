// The bille lab in real Chromium: the default seed learns to spell "bille",
// the generation stepper shows the worker's own forward pass, the bigram
// table fails where memory is needed, a word of the student's own is
// checked and learned, a hidden state too small is said to be too small,
// and screenshots in two languages and three themes.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { labSite, screenshot, VIEWPORTS } from './harness.ts';


// Keeps the worker's latest answer to a forward-pass request, to check the stepper against it.
const RECORD_EVALUATIONS = `
(() => {
  window.__evaluated = null;
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        const d = e.data;
        if (!d || d.type !== 'evaluated') return;
        const t = d.telemetry;
        window.__evaluated = { steps: t.steps, hiddenSize: t.hiddenSize, outputSize: t.outputSize, h: Array.from(t.h.slice(0, t.steps * t.hiddenSize)), probs: Array.from(t.probs.slice(0, t.steps * t.outputSize)) };
      });
    }
  };
})();
`;

interface Evaluated {
  steps: number;
  hiddenSize: number;
  outputSize: number;
  h: number[];
  probs: number[];
}

const { openLab } = labSite(RECORD_EVALUATIONS);

const fmt = (v: number) => v.toFixed(2).replace('-', '−');
const generated = (page: Page) => page.getByRole('group', { name: 'Generated word' });
const statusText = (page: Page) => page.locator('[role=status][data-phase]').textContent();

/** Trains until the word is spelled, pauses, and returns what the status line said when it was learned. */
async function trainUntilSpelled(page: Page, word: string): Promise<string> {
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => generated(page).textContent(), { timeout: 30_000 }).toBe(word);
  await expect.poll(() => statusText(page)).toMatch(/^Learned!/);
  const learned = (await statusText(page)) ?? '';
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('button', { name: 'Train', exact: true }).waitFor();
  return learned;
}

describe('the bille lab in the browser', () => {
  // Long tasks are wall time: on a machine busy with other work a short task can stretch past 50 ms,
  // so a failed measurement is tried again (a real regression fails every attempt).
  it('learns “bille” from the default seed, and the stepper shows the worker’s greedy pass', { retry: 2 }, async () => {
    const w = await openLab('#/lab/bille?lang=en');
    const { page } = w;
    // "After load": fonts in and the first paints done, so what is measured is training alone.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForTimeout(600);
    const cpu = await w.mainThread();
    const start = await page.evaluate(() => performance.now());
    const learned = await trainUntilSpelled(page, 'bille');
    const stop = await page.evaluate(() => performance.now());
    expect(learned).toMatch(/^Learned! At step \d+, .* spells “bille”\.$/);

    // The stepper: every input after the first is the previous step's most likely letter.
    const stepper = page.getByTestId('bille-stepper');
    await stepper.getByRole('button', { name: 'Last step' }).click();
    await expect.poll(() => stepper.locator('.gs-status').textContent()).toBe('Step 5 of 5');
    await page.waitForTimeout(400);
    const ev = await page.evaluate(() => (window as unknown as { __evaluated: Evaluated | null }).__evaluated);
    expect(ev).not.toBeNull();
    const { steps, hiddenSize: H, outputSize: V } = ev!;
    expect([steps, H, V]).toEqual([5, 3, 4]);
    const vocab = ['i', 'b', 'e', 'l'];
    const argmax = (t: number) => ev!.probs.slice(t * V, t * V + V).reduce((b, v, k, a) => (v > a[b]! ? k : b), 0);
    expect([0, 1, 2, 3].map((t) => vocab[argmax(t)]).join('')).toBe('ille');
    const shownH = await stepper.locator('.gs-col').evaluateAll((cols) => cols.map((c) => Array.from(c.querySelectorAll('.gs-hnum')).map((n) => n.textContent)));
    expect(shownH).toEqual([0, 1, 2, 3, 4].map((t) => ev!.h.slice(t * H, t * H + H).map(fmt)));
    // The equations of the step shown feed the argmax back: x_6 is the letter after "e".
    await stepper.locator('.eq-figure').scrollIntoViewIfNeeded();
    await expect.poll(() => stepper.locator('[data-eq=next] annotation').textContent()).toMatch(/^x_\{6\}/);

    // From the keyboard: the generation steps with the arrow keys while the chart has focus.
    await stepper.getByRole('button', { name: 'First step' }).click();
    await stepper.locator('svg.generation-stepper').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepper.locator('.gs-status').textContent()).toBe('Step 3 of 5');

    // Why it needs memory: the bigram table is wrong after the second l, the RNN is right.
    const memory = page.getByTestId('bille-memory');
    expect(await memory.locator('.bg-compare tr[data-differ] th').allTextContents()).toEqual(['4']);
    expect(await memory.locator('.bg-compare tr[data-differ] .bg-right').textContent()).toContain('e');
    // The two l's land in different places of the hidden space.
    const traj = page.getByTestId('bille-trajectory');
    expect(await traj.locator('.tj-repeat text').allTextContents()).toHaveLength(1);

    // While it trained, the panels followed without a long task (clicks afterwards are interactions, not animation).
    const probe = await w.probe();
    const long = cpu.over(probe.longTasks.filter((t) => t.start >= start && t.start < stop)).map((t) => Math.round(t.duration));
    expect(long, 'long tasks while training (ms)').toEqual([]);

    // The same seed gives the same run: from a reset, update by update, it spells "bille" at the
    // same update with the same loss, twice.
    const spellByStepping = async (): Promise<[number, string]> => {
      await page.getByRole('button', { name: 'Reset', exact: true }).click();
      await page.locator('[role=status][data-phase=ready]').waitFor();
      for (let k = 1; k <= 100; k++) {
        await page.getByRole('button', { name: 'Step', exact: true }).click();
        await page.waitForFunction((n) => document.querySelector('[data-testid=readout-step]')?.textContent === String(n), k);
        if ((await generated(page).textContent()) === 'bille') return [k, (await page.getByTestId('readout-loss').textContent()) ?? ''];
      }
      return [-1, ''];
    };
    const first = await spellByStepping();
    expect(first[0]).toBeGreaterThan(0);
    expect(await spellByStepping()).toEqual(first);
    expect(w.problems).toEqual([]);
  });

  it('checks a word of the student’s own, then learns it', async () => {
    const w = await openLab('#/lab/bille?lang=en&speed=5');
    const { page } = w;
    const field = page.getByRole('textbox', { name: 'Word to learn' });
    const tryWord = async (text: string) => {
      await field.fill(text);
      await field.press('Enter');
    };
    await tryWord('');
    await expect.poll(() => page.locator('.field__error').textContent()).toBe('Type a word: the field is empty.');
    await tryWord('bille boule');
    await expect.poll(() => page.locator('.field__error').textContent()).toMatch(/^“␣” is not a letter/);
    await tryWord('abcdefghijklmnopqrstuvw');
    await expect.poll(() => page.locator('.field__error').textContent()).toBe('Too long: 23 letters. Use at most 20.');
    await tryWord('Banana');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('word=banana');
    await page.locator('[role=status][data-phase=ready]').waitFor();
    expect(await page.locator('.lab__lead').textContent()).toContain('b, a, n');
    await trainUntilSpelled(page, 'banana');
    expect(w.problems).toEqual([]);
  });

  it('says so when the hidden state is too small for the word', async () => {
    const w = await openLab('#/lab/bille?lang=en&speed=5&hidden=1&word=anticonstitutionnel');
    const { page } = w;
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    const note = page.getByTestId('capacity-note');
    await note.waitFor({ timeout: 60_000 });
    expect(await note.textContent()).toMatch(/^After 2,000 updates the network with a single hidden unit still does not spell “.anticonstitutionnel.”: one unit seems too small/);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    expect(w.problems).toEqual([]);
  });
});

describe('screenshots', () => {
  const LANGS = [
    { lang: 'en', theme: 'Theme' },
    { lang: 'ar', theme: 'المظهر' },
  ] as const;
  for (const l of LANGS) {
    for (const theme of ['light', 'dark', 'projector'] as const) {
      it(`${l.lang} ${theme}`, async () => {
        const w = await openLab(`#/lab/bille?lang=${l.lang}`);
        const { page } = w;
        await page.getByRole('combobox', { name: l.theme }).selectOption(theme);
        await page.locator('.run-buttons__main').click();
        await expect.poll(() => page.locator('.generated__word').textContent(), { timeout: 30_000 }).toBe('bille');
        await page.locator('.run-buttons__main').click();
        await page.locator('[role=status][data-phase=paused]').waitFor();
        await page.getByTestId('bille-stepper').locator('.gs-controls button').nth(3).click();
        for (const [size, viewport] of Object.entries(VIEWPORTS)) {
          await page.setViewportSize(viewport);
          for (const part of ['top', 'bille-stepper', 'bille-memory', 'bille-trajectory']) {
            if (part === 'top') await page.evaluate(() => window.scrollTo(0, 0));
            else await page.evaluate((id) => document.querySelector(`[data-testid=${id}]`)?.scrollIntoView({ block: 'start' }), part);
            await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
            await screenshot(page, `bille-lab-${l.lang}-${theme}-${size}-${part.replace('bille-', '')}`);
          }
        }
        expect(await page.locator('body').innerText()).not.toMatch(/\bNaN\b/);
        expect(w.problems).toEqual([]);
      });
    }
  }
});
