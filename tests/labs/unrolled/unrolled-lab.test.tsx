import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App.tsx';
import { resetStore } from '../../../src/state/store.ts';
import { createInThreadClient } from '../../../src/worker/in-thread-client.ts';

// The lab against the real engine, run in-thread behind the worker's client interface.
function openLab(hash: string) {
  window.history.replaceState(null, '', hash);
  return render(<App clientFactory={() => createInThreadClient()} />);
}

const status = () => screen.getByRole('status');
const ready = () => waitFor(() => expect(status().dataset['phase']).toBe('ready'), { timeout: 5000 });
const where = () => screen.getByTestId('pass-position');
const source = () => screen.getByTestId('pass-source');
const eqText = (id: string) => document.querySelector(`.ur-equations [data-eq=${id}] annotation`)?.textContent ?? '';

async function forwardTo(mode: 'forward' | 'backward', step: number): Promise<void> {
  for (let k = 0; k < 20; k++) {
    if (where().dataset['mode'] === mode && where().dataset['step'] === String(step)) return;
    fireEvent.click(screen.getByTestId('pass-forward'));
    await waitFor(() => expect(screen.getByTestId('pass-forward').hasAttribute('disabled')).toBe(false));
  }
  throw new Error(`never reached ${mode} ${step}`);
}

beforeEach(() => {
  resetStore();
  localStorage.clear();
});

describe('unrolled lab', { timeout: 20_000 }, () => {
  it('opens unrolled over the link’s length, with the example it learns named', async () => {
    const { container } = openLab('#/lab/unrolled?lang=en&steps=6&shape=many-to-many');
    await ready();
    await waitFor(() => expect(container.querySelectorAll('.ug-col .ug-cellbox')).toHaveLength(6));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('One network, unrolled through time');
    const note = (screen.getByTestId('example-note').textContent ?? '').replace(/[\u2066-\u2069]/g, '');
    expect(note).toContain('“Teddy Roosevelt was a great President” → “PER PER O O O O”');
    await waitFor(() => expect(source().dataset['source']).toBe('live'));
  });

  it('steps one real update forward, then backward, with the gradient norms of that update in the equations', async () => {
    const { container } = openLab('#/lab/unrolled?lang=en&steps=3&shape=many-to-many');
    await ready();
    // Straight away: the first look at the network (no backward pass yet) must not leak into the pass shown.
    fireEvent.click(screen.getByTestId('pass-forward'));
    await waitFor(() => expect(source().dataset['source']).toBe('snapshot'));
    expect(source().dataset['update']).toBe('1');
    expect(status().textContent).toMatch(/step 1/);
    expect(where().textContent).toBe('Forward pass: step 1 of 3');
    await forwardTo('backward', 2);
    await waitFor(() => expect(window.location.hash).toContain('mode=backward'));
    // The graph and the equations show the same ‖∂L/∂h_2‖, and it is not zero.
    const graphNorm = Number(container.querySelectorAll('.ug-grad-rec text.ug-grad-value')[1]?.textContent);
    await waitFor(() => expect(eqText('dh')).toMatch(/\\Big\\\| = 0\.\d{3}$/));
    const eqNorm = Number(/= (\d\.\d{3})$/.exec(eqText('dh'))?.[1]);
    expect(eqNorm).toBeGreaterThan(0);
    expect(Math.abs(eqNorm - graphNorm)).toBeLessThan(0.006);
    // Back one step, then to the start of the pass: the same update, not a new one.
    fireEvent.click(screen.getByTestId('pass-back'));
    await waitFor(() => expect(where().textContent).toBe('Backward pass: the gradient has reached step 3 of 3'));
    fireEvent.click(screen.getByTestId('pass-restart'));
    await waitFor(() => expect(where().textContent).toBe('Forward pass: step 1 of 3'));
    expect(source().dataset['update']).toBe('1');
  });

  it('plays a whole pass at the link’s pace, then training again goes back to live numbers', async () => {
    openLab('#/lab/unrolled?lang=en&steps=2&shape=many-to-one&pace=5');
    await ready();
    fireEvent.click(screen.getByTestId('pass-play'));
    await waitFor(() => expect(screen.getByTestId('pass-play').textContent).toBe('Pause'));
    await waitFor(() => expect(where().textContent).toBe('Backward pass: the gradient has reached step 1 of 2'), { timeout: 5000 });
    await waitFor(() => expect(screen.getByTestId('pass-play').textContent).toBe('Play'));
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    await waitFor(() => expect(source().dataset['source']).toBe('live'));
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
  });

  it('rebuilds for another shape, cell and length, and keeps each choice in the link', async () => {
    const { container } = openLab('#/lab/unrolled?lang=en&steps=4&shape=many-to-many');
    await ready();
    fireEvent.change(screen.getByRole('combobox', { name: 'Task shape' }), { target: { value: 'encoder-decoder' } });
    await waitFor(() => expect(window.location.hash).toContain('shape=encoder-decoder'));
    await ready();
    await waitFor(() => expect(container.querySelectorAll('.ug-col.is-decoder')).toHaveLength(2));
    expect(screen.getByTestId('example-note').textContent).toContain('W′ = W');
    fireEvent.click(screen.getByRole('radio', { name: 'GRU' }));
    await waitFor(() => expect(window.location.hash).toContain('cell=gru'));
    await waitFor(() => expect(container.querySelectorAll('.ug-node-h .ug-cellrow')).toHaveLength(4 * 4));
    fireEvent.change(screen.getByRole('slider', { name: 'Sequence length' }), { target: { value: '7' } });
    await waitFor(() => expect(container.querySelectorAll('.ug-col .ug-cellbox')).toHaveLength(7));
    fireEvent.click(screen.getByRole('radio', { name: 'Rolled' }));
    await waitFor(() => expect(container.querySelectorAll('.ug-col .ug-cellbox')).toHaveLength(1));
    expect(window.location.hash).toContain('view=rolled');
  });

  it('opens a link’s backward pass and follows the address bar to the forward one', async () => {
    openLab('#/lab/unrolled?lang=en&steps=3&mode=backward');
    await ready();
    expect(where().textContent).toBe('Backward pass: the gradient has reached step 1 of 3');
    await act(async () => {
      window.location.hash = '#/lab/unrolled?lang=en&steps=3&mode=forward';
      await new Promise((r) => setTimeout(r, 0));
    });
    await waitFor(() => expect(where().textContent).toBe('Forward pass: step 3 of 3'));
  });

  it('hides what a lecturer’s link asks to hide', async () => {
    const { unmount } = openLab('#/lab/unrolled?lang=en&hide=pace,view,cell,lr');
    await ready();
    expect(screen.queryByRole('slider', { name: 'Animation speed' })).toBeNull();
    expect(screen.queryByRole('radio', { name: 'Rolled' })).toBeNull();
    expect(screen.queryByRole('radio', { name: 'LSTM' })).toBeNull();
    expect(screen.queryByRole('slider', { name: 'Learning rate' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Task shape' })).toBeTruthy();
    expect(screen.getByTestId('pass-play')).toBeTruthy();
    unmount();
    resetStore();
    openLab('#/lab/unrolled?lang=en&hide=pass');
    await ready();
    expect(screen.queryByTestId('pass-play')).toBeNull();
    expect(screen.getByTestId('pass-source').dataset['source']).toBe('live');
  });
});
