import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App.tsx';
import { resetStore } from '../../../src/state/store.ts';
import { formatNumber } from '../../../src/views/gradients/common/format.ts';
import { createInThreadClient } from '../../../src/worker/in-thread-client.ts';

// The whole lab against the real engine, run in-thread behind the worker's interface.
function openLab(query: string) {
  window.history.replaceState(null, '', `#/lab/gradients?${query}`);
  return render(<App clientFactory={() => createInThreadClient()} />);
}

const ready = () => waitFor(() => expect(screen.getAllByRole('status')[0]!.dataset['phase']).toBe('ready'), { timeout: 8000 });
const profile = () => screen.getByTestId('gradient-profile');

/** The text alternative of the profile chart: distance → the row's cells. */
function profileTable(): Map<string, string[]> {
  const rows = within(profile()).getAllByRole('row').slice(1);
  return new Map(rows.map((r) => [r.querySelector('th')?.textContent ?? '', Array.from(r.querySelectorAll('td'), (td) => td.textContent ?? '')]));
}

async function regime(expected: string): Promise<void> {
  await waitFor(() => expect(profile().dataset['regime']).toBe(expected), { timeout: 8000 });
}

beforeEach(() => {
  resetStore();
  localStorage.clear();
});

describe('the gradients lab', { timeout: 30_000 }, () => {
  it('shows the gradient vanishing at ρ = 0.5 and exploding at ρ = 1.5, in the chart’s numbers and its text', async () => {
    openLab('lang=en&rho=0.5');
    await ready();
    await regime('vanishing');
    expect(Number(profile().dataset['factor'])).toBeLessThan(0.6);
    // 4 · 0.5⁴⁹ ≈ 7·10⁻¹⁵ would be a linear net; tanh slopes make it smaller still
    expect(Number(profile().dataset['last'])).toBeLessThan(1e-12);
    expect(within(profile()).getByText(/each step back multiplies it by about 0\.4\d+ \(vanishing\)/)).toBeTruthy();
    const vanishing = profileTable();
    expect(vanishing.get('0')?.[1]).toBe('4');
    // the ρ^k column is exactly 0.5^k
    expect(vanishing.get('20')?.[2]).toBe(formatNumber(0.5 ** 20));

    act(() => {
      window.location.hash = '#/lab/gradients?lang=en&rho=1.5';
    });
    await regime('exploding');
    expect(Number(profile().dataset['last'])).toBeGreaterThan(Number(profile().dataset['first']));
  });

  it('follows ρ^k exactly when the activation is the identity, and re-runs when the slider moves', async () => {
    openLab('lang=en&act=identity&rho=1.5');
    await ready();
    await regime('exploding');
    // ‖∂h_T/∂h_t‖ = ‖(1.5 Q)^k‖_F = 1.5^k √16 for an orthogonal Q
    expect(Number(profile().dataset['factor'])).toBeCloseTo(1.5, 9);
    expect(profileTable().get('10')?.[1]).toBe(formatNumber(4 * 1.5 ** 10));
    const slider = screen.getByRole('slider', { name: 'Spectral radius ρ of W_hh' });
    // the slider moves through stops; index 5 is ρ = 0.5
    fireEvent.change(slider, { target: { value: '5' } });
    await waitFor(() => expect(window.location.hash).toContain('rho=0.5'));
    await regime('vanishing');
    expect(Number(profile().dataset['factor'])).toBeCloseTo(0.5, 9);
  });

  it('tabulates the derivative chain of the notes', async () => {
    openLab('lang=en');
    await ready();
    const table = screen.getByRole('table', { name: 'The derivative chain: the product of n slopes' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(['1', '2', '4', '8', '16', '50']);
    expect(rows[0]!.querySelector('td')?.textContent).toBe('0.25');
    expect(rows[5]!.querySelector('td')?.textContent).toBe(formatNumber(0.25 ** 50));
    // s̄ⁿ at n = 1 is the measured mean slope, which the header names
    await waitFor(() => expect(within(table).getAllByRole('columnheader')[2]!.textContent).toMatch(/tanh slope here, s̄ = 0\.\d+/));
    const s = /s̄ = (0\.\d+)/.exec(within(table).getAllByRole('columnheader')[2]!.textContent ?? '')![1];
    expect(rows[0]!.querySelectorAll('td')[1]!.textContent).toBe(s);
  });

  it('switches a remedy on, keeps the earlier profile dotted, and shows the LSTM’s cell path', async () => {
    openLab('lang=en&rho=0.9');
    await ready();
    await regime('vanishing');
    fireEvent.click(screen.getByRole('switch', { name: /Gated cell \(LSTM\)/ }));
    await waitFor(() => expect(window.location.hash).toContain('cell=lstm'));
    await ready();
    const legend = () => within(profile()).getAllByRole('listitem').map((li) => li.textContent);
    await waitFor(() => expect(legend()).toContain('‖∂c_T/∂c_t‖ (LSTM cell state)'));
    expect(legend()).toContain('‖∂h_T/∂h_t‖ before your last switch');
    expect((screen.getByRole('switch', { name: /Gated cell \(LSTM\)/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('switch', { name: /ReLU instead of tanh/ }));
    await waitFor(() => expect(window.location.hash).toMatch(/cell=rnn.*act=relu/));
  });

  it('trains the same net with and without clipping: the unclipped run diverges, the clipped one stays finite', async () => {
    openLab('lang=en');
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Load an exploding example' }));
    await waitFor(() => expect(window.location.hash).toContain('act=identity'));
    const train = await screen.findByRole('button', { name: 'Train both (300 updates)' });
    await waitFor(() => expect(train.hasAttribute('disabled')).toBe(false), { timeout: 8000 });
    fireEvent.click(train);
    const status = screen.getByTestId('twin-status');
    await waitFor(() => expect(status.textContent).toMatch(/The run without clipping diverged at update \d+/), { timeout: 15000 });
    await waitFor(() => expect(status.textContent).toMatch(/^Clipped run: finished\./), { timeout: 15000 });
    expect(status.textContent).toContain('The clipped run is still finite.');
    const norms = screen.getByTestId('clip-norms');
    await waitFor(() => expect(within(norms).getByText(/never above τ = 1\./)).toBeTruthy());
    const fired = /Clipping fired in (\d+) of (\d+)/.exec(norms.textContent ?? '');
    expect(Number(fired?.[1])).toBeGreaterThan(0);
    const vector = screen.getByTestId('clip-vector');
    await waitFor(() => expect(vector.textContent).toMatch(/at (−?[\d.]+)°\. Clipped by norm: length 1 \(τ = 1\) at \1°/));
  });

  it('runs the long-range memory experiment and fills the accuracy table for the three cells', async () => {
    openLab('lang=en&budget=100');
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Run the experiment' }));
    const status = screen.getByTestId('memory-status');
    await waitFor(() => expect(status.textContent).toBe('Finished: 18 networks trained and tested.'), { timeout: 25000 });
    // the text alternative refreshes a few times a second, so it may trail the status line a little
    const cells = () => within(within(screen.getByTestId('memory-accuracy')).getByRole('table')).getAllByRole('cell').map((c) => c.textContent ?? '');
    await waitFor(() => expect(cells().every((c) => /^\d+ %$/.test(c))).toBe(true));
    expect(cells()).toHaveLength(18);
    await waitFor(() => expect(screen.getByTestId('cell-path').textContent).toMatch(/81 steps back/));
  });

  it('speaks Arabic, right to left, with formulas and numbers left to right', async () => {
    openLab('lang=ar');
    await ready();
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('التدرّجات المتلاشية والمنفجرة');
    expect(screen.getByRole('heading', { name: /سلسلة المشتقات/ })).toBeTruthy();
    const svg = profile().querySelector('svg')!;
    expect(svg.style.direction).toBe('ltr');
    await waitFor(() => expect(within(profile()).getByText(/تقريبًا \((تلاشٍ|استقرار|انفجار)\)/)).toBeTruthy());
  });
});
