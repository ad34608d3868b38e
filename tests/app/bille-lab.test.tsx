import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import type { ClientFactory } from '../../src/app/engine-context.ts';
import { resetStore } from '../../src/state/store.ts';
import { buildEngineRun } from '../../src/worker/engine-run.ts';
import { createInThreadClient } from '../../src/worker/in-thread-client.ts';
import type { BuildRun } from '../../src/worker/run.ts';

// The lab against the real engine, run in-thread behind the same client interface as the worker.
function openLab(hash: string, factory: ClientFactory = () => createInThreadClient()) {
  window.history.replaceState(null, '', hash);
  return render(<App clientFactory={factory} />);
}

const status = () => screen.getByRole('status');
const readout = (name: string) => screen.getByTestId(`readout-${name}`).textContent ?? '';
const ready = () => waitFor(() => expect(status().dataset['phase']).toBe('ready'), { timeout: 5000 });

async function stepAndRead(n: number): Promise<string[]> {
  const losses: string[] = [];
  for (let k = 1; k <= n; k++) {
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    await waitFor(() => expect(readout('step')).toBe(String(k)));
    losses.push(readout('loss'));
  }
  return losses;
}

beforeEach(() => {
  resetStore();
  localStorage.clear();
});

describe('bille lab', { timeout: 20_000 }, () => {
  it('starts ready at step 0 with the untrained loss and what the untrained network spells', async () => {
    openLab('#/lab/bille?lang=en');
    await ready();
    expect(status().textContent).toMatch(/^Ready\. Press Train/);
    await waitFor(() => expect(readout('loss')).toMatch(/^\d\.\d{4}$/));
    expect(readout('step')).toBe('0');
    const word = screen.getByRole('group', { name: 'Generated word' });
    await waitFor(() => expect(word.textContent).toMatch(/^b[ible]{4}$/));
  });

  it('Train turns into Pause while frames move the step count, and Pause stops it', async () => {
    openLab('#/lab/bille?lang=en');
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    const pause = await screen.findByRole('button', { name: 'Pause' });
    await waitFor(() => expect(Number(readout('step').replace(/\D/g, ''))).toBeGreaterThan(20), { timeout: 5000 });
    fireEvent.click(pause);
    await screen.findByRole('button', { name: 'Train' });
    // The status line and the read-out agree on where training stopped, and it stays there.
    await waitFor(() => expect(status().textContent).toBe(`Paused at step ${readout('step')}.`));
    const stopped = readout('step');
    await new Promise((r) => setTimeout(r, 400));
    expect(readout('step')).toBe(stopped);
    expect(status().textContent).toBe(`Paused at step ${stopped}.`);
  });

  it('learns to spell the word, and says so', async () => {
    openLab('#/lab/bille?lang=en&seed=3&speed=5');
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    const word = screen.getByRole('group', { name: 'Generated word' });
    await waitFor(() => expect(word.textContent).toBe('bille'), { timeout: 15000 });
    await waitFor(() => expect(status().textContent).toMatch(/^Learned! At step [\d,]+, .* spells “bille”\.$/));
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
  });

  it('Reset with the same seed replays the same losses', async () => {
    openLab('#/lab/bille?lang=en&seed=11');
    await ready();
    const first = await stepAndRead(4);
    expect(new Set(first).size).toBe(4);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await ready();
    expect(status().textContent).toMatch(/seed 11/);
    expect(readout('step')).toBe('0');
    expect(await stepAndRead(4)).toEqual(first);
  });

  it('a new seed from the Seed field builds a different network and puts the seed in the URL', async () => {
    openLab('#/lab/bille?lang=en&seed=11');
    await ready();
    const before = await stepAndRead(1);
    const seed = screen.getByRole('textbox', { name: 'Seed' });
    fireEvent.change(seed, { target: { value: '12' } });
    fireEvent.keyDown(seed, { key: 'Enter' });
    await waitFor(() => expect(window.location.hash).toContain('seed=12'));
    await waitFor(() => expect(status().textContent).toBe('New settings: the network was rebuilt from step 0.'));
    expect(await stepAndRead(1)).not.toEqual(before);
  });

  it('works again after leaving the lab and coming back (a new engine, a fresh curve)', async () => {
    openLab('#/lab/bille?lang=en');
    await ready();
    await stepAndRead(2);
    await act(async () => {
      window.location.hash = '#/?lang=en';
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(screen.queryByRole('status')).toBeNull();
    await act(async () => {
      window.location.hash = '#/lab/bille?lang=en';
      await new Promise((r) => setTimeout(r, 0));
    });
    await ready();
    expect(readout('step')).toBe('0');
    expect(await stepAndRead(1)).toHaveLength(1);
  });

  it('shows an error banner when the engine fails, and Restart brings up a new one with the same configuration', async () => {
    let builds = 0;
    let restarts = 0;
    const flaky: BuildRun = (config) => {
      builds++;
      if (builds === 1) throw new Error('out of memory');
      return buildEngineRun(config);
    };
    const factory: ClientFactory = () => {
      const client = createInThreadClient({ buildRun: flaky });
      const restart = client.restart.bind(client);
      return Object.assign(Object.create(client) as typeof client, {
        restart: () => {
          restarts++;
          restart();
        },
      });
    };
    openLab('#/lab/bille?lang=en&seed=5', factory);
    const banner = await screen.findByRole('alert');
    expect(within(banner).getByRole('heading').textContent).toBe('The training engine stopped');
    expect(banner.textContent).toContain('out of memory');
    expect(screen.getByRole('button', { name: 'Train' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(banner).getByRole('button', { name: 'Restart' }));
    await ready();
    expect(restarts).toBe(1);
    expect(builds).toBe(2);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(status().textContent).toBe('The training engine was restarted with the same settings.');
    expect(await stepAndRead(1)).toHaveLength(1);
  });
});
