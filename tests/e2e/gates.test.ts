// The gates lab in real Chromium: the cell diagram prints the worker's own
// gate values for the selected step, training with the heatmaps on makes no
// long task, the bidirectional tagger beats the forward-only one on "Teddy"
// (default seed), and screenshots in two languages, two themes, two sizes.
import { describe, expect, it } from 'vitest';
import { labSite, screenshot, VIEWPORTS } from './harness.ts';


// Keeps the worker's latest forward pass over the passage, to check the diagram against it.
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
        const g = {};
        for (const k of Object.keys(t.gates)) g[k] = Array.from(t.gates[k].slice(0, t.steps * t.hiddenSize));
        window.__evaluated = { steps: t.steps, hiddenSize: t.hiddenSize, gates: g, h: Array.from(t.h.slice(0, t.steps * t.hiddenSize)) };
      });
    }
  };
})();
`;

interface Evaluated {
  steps: number;
  hiddenSize: number;
  gates: Record<string, number[]>;
  h: number[];
}

const { openLab } = labSite(RECORD_EVALUATIONS);

describe('the gates lab in the browser', () => {
  it('shows the worker’s gate values for the selected step and trains without long tasks', async () => {
    const w = await openLab('#/lab/gates?lang=en');
    const { page } = w;
    const forget = page.locator('[data-testid=cell-diagram] [data-part=f]');
    await expect.poll(() => forget.getAttribute('data-value'), { timeout: 20_000 }).not.toBe('');
    const cpu = await w.mainThread();
    const start = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await page.waitForTimeout(5000);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const end = await page.evaluate(() => performance.now());
    const probe = await w.probe();
    const long = cpu.over(probe.longTasks.filter((l) => l.start >= start && l.start <= end));
    expect(long, JSON.stringify(long)).toEqual([]);
    // After the pause the last reading settles: the diagram must print the worker's numbers for step 8, unit 0.
    await page.waitForTimeout(1200);
    const ev = (await page.evaluate(() => (window as unknown as { __evaluated: unknown }).__evaluated)) as Evaluated;
    const k = 8 * ev.hiddenSize + 0;
    for (const gate of ['i', 'f', 'g', 'o'] as const) {
      const shown = Number(await page.locator(`[data-testid=cell-diagram] [data-part=${gate}]`).getAttribute('data-value'));
      expect(shown).toBeCloseTo(ev.gates[gate]?.[k] ?? Number.NaN, 3);
    }
    const h = Number(await page.locator('[data-testid=cell-diagram] [data-part=h]').getAttribute('data-value'));
    expect(h).toBeCloseTo(ev.h[k] ?? Number.NaN, 3);
    // Focusing a part shows its equation with the same number.
    await page.locator('[data-testid=cell-diagram] [data-part=o]').focus();
    const fmt = (ev.gates['o']?.[k] ?? 0).toFixed(3).replace(/^-0\.000$/, '0.000');
    await expect.poll(() => page.getByTestId('cell-equation').textContent()).toContain(fmt);
    // The arrow keys on the map move the step.
    await page.getByTestId('gate-heatmap').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('heat-selected').textContent()).toContain('at step 9');
    // The gradient-path plot starts its three runs when scrolled near, then draws their curves.
    await page.getByTestId('gates-jacobian').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('[data-testid=jacobian-plot] path.jacobian-plot__line').count(), { timeout: 20_000 }).toBe(3);
    expect(w.problems).toEqual([]);
  });

  it('shows the GRU with r = 1, z = 0 equal to the plain cell on the worker’s numbers', async () => {
    const w = await openLab('#/lab/gates?lang=en&cell=gru&reset=before');
    const { page } = w;
    await expect.poll(() => page.locator('[data-testid=cell-diagram] [data-part=z]').getAttribute('data-value'), { timeout: 20_000 }).not.toBe('');
    await page.getByRole('button', { name: 'Force r = 1 and z = 0 at this step' }).click();
    const value = (row: string) => page.locator(`[data-testid=gru-plain] tr[data-row=${row}] td`).first().getAttribute('data-value');
    await expect.poll(() => value('plain')).not.toBeNull();
    const plain = Number(await value('plain'));
    expect(Number(await value('after'))).toBeCloseTo(plain, 12);
    expect(Number(await value('before'))).toBeCloseTo(plain, 12);
    // with its learnt gates the page's recomputation is the diagram's (the worker's) h
    const h = Number(await page.locator('[data-testid=cell-diagram] [data-part=h]').getAttribute('data-value'));
    expect(Number(await value('learnt'))).toBeCloseTo(h, 3);
    expect(w.problems).toEqual([]);
  });

  it('the bidirectional tagger knows who Teddy is; the forward-only one cannot', async () => {
    const w = await openLab('#/lab/gates?lang=en');
    const { page } = w;
    const train = page.getByRole('button', { name: /Train both/ });
    await expect.poll(() => train.isEnabled(), { timeout: 20_000 }).toBe(true);
    await train.click();
    await expect.poll(() => page.getByTestId('teddy-step').textContent(), { timeout: 60_000 }).toBe('Updates: 300 of 300');
    await expect.poll(() => page.getByTestId('teddy-acc-bi').textContent()).toContain('100%');
    await expect.poll(() => page.getByTestId('teddy-acc-fwd').textContent()).toContain('50%');
    expect(w.problems).toEqual([]);
  });

  it('refuses an empty pasted text with a clear message', async () => {
    const w = await openLab('#/lab/gates?lang=en&text=own');
    const box = w.page.getByLabel('Paste a text');
    await box.fill('   ');
    await expect.poll(() => w.page.getByRole('alert').textContent()).toContain('The text is empty');
    await expect.poll(() => w.page.getByRole('button', { name: 'Train on this text' }).isDisabled()).toBe(true);
  });

  for (const l of [
    { lang: 'en', theme: 'Theme' },
    { lang: 'ar', theme: 'المظهر' },
  ]) {
    for (const theme of ['light', 'dark'] as const) {
      it(`screenshots ${l.lang} ${theme}`, async () => {
        for (const [size, vp] of Object.entries(VIEWPORTS)) {
          const w = await openLab(`#/lab/gates?lang=${l.lang}`, vp);
          const { page } = w;
          await page.getByRole('combobox', { name: l.theme }).selectOption(theme);
          await expect.poll(() => page.locator('[data-testid=cell-diagram] [data-part=h]').getAttribute('data-value'), { timeout: 20_000 }).not.toBe('');
          await screenshot(page, `gates-${l.lang}-${theme}-${size}-top`);
          for (const part of ['gates-cell', 'gates-map', 'gates-text', 'gates-jacobian', 'gates-teddy']) {
            await page.getByTestId(part).scrollIntoViewIfNeeded();
            await screenshot(page, `gates-${l.lang}-${theme}-${size}-${part.replace('gates-', '')}`);
          }
          expect(w.problems).toEqual([]);
          await w.close();
        }
      });
    }
  }
});
