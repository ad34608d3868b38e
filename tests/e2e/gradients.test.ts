// The gradients lab in real Chromium, on the engine in its workers: the
// profile's plotted numbers vanish at ρ = 0.5 and explode at ρ = 1.5, moving
// the slider re-runs at once, training keeps the main thread free of long
// tasks, the clipped twin stays finite where the unclipped one diverges, the
// memory experiment fills its table, and everything works from the keyboard.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { builtSite, launch, openPage, screenshot, serve, type StaticServer, VIEWPORTS, type WatchedPage } from './harness.ts';
import type { MainThreadTime } from './main-thread-time.ts';

let server: StaticServer;
let browser: { context: BrowserContext; close(): Promise<void> };

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

async function openLab(query: string, viewport: { width: number; height: number } = VIEWPORTS.desktop): Promise<WatchedPage> {
  const w = await openPage(browser.context);
  await w.page.setViewportSize(viewport);
  await w.page.goto(`${server.url}#/lab/gradients?${query}`);
  await w.page.locator('[role=status][data-phase=ready]').waitFor();
  return w;
}

const SUPERSCRIPT: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-' };

/** Reads back a number as the page writes it: 0.8868, 1.53 × 10⁻⁵, 10⁻¹⁵, −2.5, ∞. */
function readNumber(text: string): number {
  const s = text.trim().replace(/−/g, '-');
  if (s === '') return Number.NaN;
  if (s === '∞') return Number.POSITIVE_INFINITY;
  const m = /^(?:(-?[\d.]+) × )?(-?)10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(s);
  if (m) {
    const exp = Number([...m[3]!].map((c) => SUPERSCRIPT[c]).join(''));
    return (m[1] === undefined ? (m[2] ? -1 : 1) : Number(m[1])) * 10 ** exp;
  }
  return Number(s.replace(/,/g, ''));
}

interface Profile {
  regime: string;
  factor: number;
  first: number;
  last: number;
  /** the text alternative: distance → ‖∂h_T/∂h_t‖ */
  table: Map<number, number>;
  /** points on the drawn ‖∂h_T/∂h_t‖ line */
  plotted: number;
}

async function readProfile(page: Page): Promise<Profile> {
  const fig = page.getByTestId('gradient-profile');
  // charts off screen are not redrawn (the page is long): bring this one into view first
  await fig.locator('svg').first().scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const table = new Map<number, number>();
  for (const row of await fig.locator('details tbody tr').all()) {
    const cells = await row.locator('th, td').allTextContents();
    table.set(Number(cells[0]), readNumber(cells[2] ?? ''));
  }
  const d = (await fig.locator('[data-series=dhTdh] path').first().getAttribute('d')) ?? '';
  const data = await fig.evaluate((el: HTMLElement) => ({ ...el.dataset }));
  return {
    regime: data['regime'] ?? '',
    factor: Number(data['factor']),
    first: Number(data['first']),
    last: Number(data['last']),
    table,
    plotted: (d.match(/[ML]/g) ?? []).length,
  };
}

const longTasksSince = async (w: WatchedPage, cpu: MainThreadTime, t: number) => cpu.over((await w.probe()).longTasks.filter((x) => x.start >= t));
const now = (page: Page) => page.evaluate(() => performance.now());

describe('the gradients lab', () => {
  it('plots the gradient vanishing at ρ = 0.5 and exploding at ρ = 1.5, and re-runs as the slider moves', async () => {
    const w = await openLab('lang=en&rho=0.5');
    const { page } = w;
    await page.locator('[data-testid=gradient-profile][data-regime]').waitFor();
    const vanishing = await readProfile(page);
    expect(vanishing.regime).toBe('vanishing');
    expect(vanishing.factor).toBeLessThan(0.6);
    expect(vanishing.plotted).toBeGreaterThan(20);
    // 49 steps back: below 4 · 0.5⁴⁹ ≈ 7 · 10⁻¹⁵, since tanh′ ≤ 1 only shrinks it further
    expect(vanishing.table.get(0)).toBe(4);
    expect(vanishing.table.get(49)!).toBeLessThan(4 * 0.5 ** 49);
    await screenshot(page, 'gradients-rho-0.5');

    // From the keyboard: 11 stops to the right of 0.5 is ρ = 1.5; each one rebuilds the network.
    const slider = page.getByRole('slider', { name: 'Spectral radius ρ of W_hh' });
    await slider.focus();
    for (let k = 0; k < 11; k++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash.includes('rho=1.5'));
    await page.waitForFunction(() => document.querySelector('[data-testid=gradient-profile]')?.getAttribute('data-regime') === 'exploding');
    const exploding = await readProfile(page);
    expect(exploding.factor).toBeGreaterThan(1.02);
    expect(exploding.table.get(49)!).toBeGreaterThan(exploding.table.get(0)!);
    await screenshot(page, 'gradients-rho-1.5');

    // With the identity activation the profile is ρ^k exactly: ‖(1.5 Q)^k‖_F = 4 · 1.5^k.
    await page.getByRole('combobox', { name: 'Activation φ' }).selectOption('identity');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=gradient-profile]')?.getAttribute('data-factor')) > 1.49);
    const linear = await readProfile(page);
    expect(linear.factor).toBeCloseTo(1.5, 6);
    expect(linear.table.get(20)! / (4 * 1.5 ** 20)).toBeCloseTo(1, 3);
    expect(w.problems).toEqual([]);
  });

  it('trains live on the worker, the profile moving with it, without long tasks', async () => {
    const w = await openLab('lang=en');
    const { page } = w;
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForTimeout(500);
    const before = await readProfile(page);
    const cpu = await w.mainThread();
    const start = await now(page);
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect.poll(async () => (await w.probe()).workerFrames.filter((f) => f > start).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(30);
    await page.waitForTimeout(2000);
    // ‖∂L/∂h_t‖ needs a backward pass: drawn once training has started
    await page.getByTestId('gradient-profile').locator('svg').first().scrollIntoViewIfNeeded();
    await expect.poll(async () => (await page.getByTestId('gradient-profile').locator('[data-series=dLdh] path').first().getAttribute('d')) ?? '').toMatch(/^M/);
    const after = await readProfile(page);
    expect(after.factor).not.toBe(before.factor);
    expect(Number((await page.getByTestId('readout-step').textContent())?.replace(/\D/g, ''))).toBeGreaterThan(50);
    expect(await longTasksSince(w, cpu, start), 'long tasks while training').toEqual([]);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    expect(w.problems).toEqual([]);
  });

  it('trains the same net with and without clipping: the clipped run stays finite where the other diverges', async () => {
    // the lab's exploding example: a linear net, ρ = 1.2, 20 steps
    const w = await openLab('lang=en&act=identity&rho=1.2&steps=20&lr=0.01&tau=1');
    const { page } = w;
    const section = page.getByTestId('gr-clipping');
    await section.scrollIntoViewIfNeeded();
    const train = page.getByRole('button', { name: 'Train both (300 updates)' });
    await expect.poll(() => train.isEnabled()).toBe(true);
    await page.waitForTimeout(500);
    const cpu = await w.mainThread();
    const start = await now(page);
    await train.click();
    const status = page.getByTestId('twin-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^Clipped run: finished\. Run without clipping: diverged\./);
    const text = (await status.textContent()) ?? '';
    const step = Number(/diverged at update (\d+)/.exec(text)?.[1]);
    expect(step).toBeGreaterThan(0);
    expect(step).toBeLessThan(300);
    expect(text).toContain('The clipped run is still finite.');
    // the loss chart marks the divergence, and the clipped run's latest loss is a finite number
    const loss = page.getByTestId('twin-loss');
    await expect.poll(() => loss.locator('[data-ref=diverged] text').textContent()).toBe(`diverged at update ${step}`);
    // (the chart redraws on its next animation frame, which a busy machine may delay)
    const latest = async () => readNumber(/Latest loss: (\S+) with clipping/.exec((await loss.textContent()) ?? '')?.[1] ?? '');
    await expect.poll(async () => Number.isFinite(await latest()), { timeout: 10_000 }).toBe(true);
    // after clipping the norm never exceeds τ; before it, it did
    const norms = (await page.getByTestId('clip-norms').locator('.gr-summary').textContent()) ?? '';
    const m = /Largest norm before clipping: (.+?); after: (.+?), never above τ = 1\./.exec(norms);
    expect(readNumber(m?.[1] ?? '')).toBeGreaterThan(1);
    expect(readNumber(m?.[2] ?? '')).toBeLessThanOrEqual(1);
    // the 2-D picture: same angle, length τ
    const vector = (await page.getByTestId('clip-vector').locator('.gr-summary').textContent()) ?? '';
    const v = /at (−?[\d.]+)°\. Clipped by norm: length 1 \(τ = 1\) at (−?[\d.]+)°/.exec(vector);
    expect(v?.[1]).toBe(v?.[2]);
    expect(await longTasksSince(w, cpu, start), 'long tasks while the twins train').toEqual([]);
    await screenshot(page, 'gradients-clipping');
    expect(w.problems).toEqual([]);
  });

  it('runs the long-range memory experiment in its own worker: accuracy against K for the three cells', async () => {
    const w = await openLab('lang=en');
    const { page } = w;
    await page.getByTestId('gr-memory').scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    const cpu = await w.mainThread();
    const start = await now(page);
    await page.getByRole('button', { name: 'Run the experiment' }).click();
    await page.getByTestId('memory-status').filter({ hasText: 'Finished: 18 networks trained and tested.' }).waitFor({ timeout: 100_000 });
    const table = page.getByTestId('memory-accuracy').locator('table');
    await expect.poll(async () => (await table.locator('td').allTextContents()).every((c) => /^\d+ %$/.test(c))).toBe(true);
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent ?? '')));
    const acc = new Map(rows.map((r) => [Number(r[0]), r.slice(1).map((c) => Number(c.replace(/\D/g, '')) / 100)]));
    console.log('accuracy against K (vanilla RNN, LSTM, GRU):', JSON.stringify(Object.fromEntries(acc)));
    // every cell learns a short gap; at the longest the gated cells keep more than the vanilla net
    for (const a of acc.get(2)!) expect(a).toBeGreaterThan(0.9);
    const far = acc.get(80)!;
    expect(Math.max(far[1]!, far[2]!)).toBeGreaterThan(far[0]!);
    // the paths chart: the LSTM's cell path against the vanilla one, 81 steps back
    const pathText = page.getByTestId('cell-path').locator('.gr-summary');
    await expect.poll(() => pathText.textContent()).toMatch(/^81 steps back/);
    const p = /the LSTM’s cell path ∏ f_t is (.+?) and .* the vanilla net’s ‖∂h_T\/∂h_t‖ is (.+?) and/.exec((await pathText.textContent()) ?? '');
    console.log('81 steps back: LSTM cell path', p?.[1], 'vanilla', p?.[2]);
    expect(readNumber(p?.[1] ?? '')).toBeGreaterThan(1e3 * readNumber(p?.[2] ?? ''));
    expect(await longTasksSince(w, cpu, start), 'long tasks while the experiment runs').toEqual([]);
    await screenshot(page, 'gradients-memory');
    expect(w.problems).toEqual([]);
  });

  it('is operable from the keyboard', async () => {
    const w = await openLab('lang=en');
    const { page } = w;
    const cell = page.getByRole('combobox', { name: 'Cell' });
    await cell.focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => location.hash.includes('cell=lstm'));
    const remedy = page.getByRole('switch', { name: /ReLU instead of tanh/ });
    await remedy.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => location.hash.includes('act=relu') && location.hash.includes('cell=rnn'));
    const ring = await remedy.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(ring).not.toBe('none');
    const play = page.getByTestId('eigenvalues').getByRole('button', { name: 'Play', exact: true });
    await play.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('eigenvalues').getByText(/^Power t = \d+$/).textContent()).not.toBe('Power t = 1');
    await page.getByTestId('eigenvalues').getByRole('button', { name: 'Pause', exact: true }).press('Enter');
    // the folded tables open from the keyboard too
    const summary = page.getByTestId('gradient-profile').locator('details summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('gradient-profile').locator('details').evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    expect(w.problems).toEqual([]);
  });

  it('looks right in English and Arabic, light and dark, on a desktop and a phone', async () => {
    for (const lang of ['en', 'ar'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        for (const [size, viewport] of Object.entries(VIEWPORTS)) {
          const w = await openLab(`lang=${lang}&rho=1.5`, viewport);
          const { page } = w;
          await page.getByRole('combobox', { name: lang === 'en' ? 'Theme' : 'المظهر' }).selectOption(theme);
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${lang} ${theme} ${size} scrolls sideways`).toBeLessThanOrEqual(0);
          expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
          await screenshot(page, `gradients-lab-${lang}-${theme}-${size}`);
          for (const id of ['gr-profile', 'gr-chain', 'gr-eigen', 'gr-clipping', 'gr-memory']) {
            await page.getByTestId(id).scrollIntoViewIfNeeded();
            await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
            await screenshot(page, `gradients-lab-${lang}-${theme}-${size}-${id.slice(3)}`);
          }
          const nan = (await page.locator('body').innerText()).split('\n').filter((line) => /\bNaN\b/.test(line));
          expect(nan).toEqual([]);
          expect(w.problems).toEqual([]);
          await w.close();
        }
      }
    }
  });
});
