// The forecasting and captioning sections with the real engine in-thread:
// cross-validation (a short budget) fills every fold's RMSE for both networks,
// the drawings have their text alternatives, the loss is named; the caption
// section trains and writes captions in the page's language (French here).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App.tsx';
import { resetStore } from '../../../src/state/store.ts';
import { createInThreadClient } from '../../../src/worker/in-thread-client.ts';

function openLab(hash: string) {
  window.history.replaceState(null, '', hash);
  return render(<App clientFactory={() => createInThreadClient()} />);
}

const LOAD_MS = 15_000;

beforeEach(() => {
  resetStore();
  localStorage.clear();
});

describe('applications lab: forecasting and captioning', { timeout: 60_000 }, () => {
  it('forecast: runs the expanding-fold cross-validation and shows each fold’s RMSE', async () => {
    openLab('#/lab/applications?lang=en&task=forecast&fc_updates=50');
    const run = await screen.findByRole('button', { name: 'Run cross-validation (4 folds)' }, { timeout: LOAD_MS });
    await waitFor(() => expect((run as HTMLButtonElement).disabled).toBe(false), { timeout: 10_000 });
    expect(screen.getByTestId('app-forecast-loss').textContent).toContain('mean squared error');
    expect(screen.getByRole('img', { name: /The \(N, T, F\) tensor: N = [\d,]+ windows, T = 32 steps, F = 4 features/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /Hidden states of the recurrent net on the drawn window: 32 steps × 16 units/ })).toBeTruthy();
    expect(screen.getByTestId('fc-shapes').textContent).toContain('return_sequences=True → (N, 32, 16)');
    const table = screen.getByRole('table', { name: /Test RMSE per fold/ });
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    fireEvent.click(run);
    await waitFor(() => expect(screen.getByTestId('fc-status').textContent).toContain('Cross-validation done'), { timeout: 45_000 });
    for (let i = 0; i < 4; i++) {
      for (const which of ['rec', 'dense']) {
        const v = Number(screen.getByTestId(`fc-rmse-${which}-${i}`).firstChild?.textContent);
        expect(v).toBeGreaterThan(0);
        expect(v).toBeLessThan(5);
      }
    }
    expect(screen.getByTestId('fc-winner').textContent).toMatch(/Recurrent better on \d of 4 folds so far/);
  });

  it('captions: trains and writes French captions for held-out images, names cross-entropy', async () => {
    openLab('#/lab/applications?lang=fr&task=captions');
    const train = await screen.findByRole('button', { name: /^Entraîner .+ mises à jour$/ }, { timeout: LOAD_MS });
    await waitFor(() => expect((train as HTMLButtonElement).disabled).toBe(false), { timeout: 10_000 });
    expect(screen.getByTestId('app-captions-loss').textContent).toContain('entropie croisée');
    const table = screen.getByRole('table', { name: /Images mises de côté/ });
    // true captions in French, images with their captions as text alternatives
    expect(within(table).getAllByRole('img', { name: /^Image : un (carré|cercle|triangle) / })).toHaveLength(6);
    fireEvent.click(train);
    await waitFor(() => expect(Number(screen.getByTestId('cap-progress').getAttribute('value') ?? 0)).toBeGreaterThan(30), { timeout: 30_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await waitFor(() => expect(screen.getByTestId('cap-pred-0').textContent).not.toBe('–'));
    const written = (screen.getByTestId('cap-pred-0').textContent ?? '').replace(/[✓✗]/g, '').trim();
    const french = new Set(['un', 'carré', 'cercle', 'triangle', 'rouge', 'vert', 'bleu', 'au-dessus', 'au-dessous', 'à', 'gauche', 'droite', 'd’un', '∅']);
    expect(written.split(' ').every((w) => french.has(w)), written).toBe(true);
    expect(screen.getByTestId('cap-accuracy').textContent).toMatch(/Légendes exactes : images mises de côté \d+ %/);
  });
});
