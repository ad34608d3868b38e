import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App.tsx';
import { CAPACITY_BUDGET, CapacityNote } from '../../../src/labs/bille/panels/CapacityNote.tsx';
import { resetStore, useStore } from '../../../src/state/store.ts';
import { createInThreadClient } from '../../../src/worker/in-thread-client.ts';

// The bille lab's panels against the real engine, run in-thread behind the worker's client interface.
function openLab(hash: string) {
  window.history.replaceState(null, '', hash);
  return render(<App clientFactory={() => createInThreadClient()} />);
}

const status = () => screen.getByRole('status');
const generated = () => screen.getByRole('group', { name: 'Generated word' });

async function learn(word: string): Promise<void> {
  await waitFor(() => expect(status().dataset['phase']).toBe('ready'), { timeout: 5000 });
  fireEvent.click(screen.getByRole('button', { name: 'Train' }));
  await waitFor(() => expect(generated().textContent).toBe(word), { timeout: 15000 });
  fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
  await screen.findByRole('button', { name: 'Train' });
}

beforeEach(() => {
  resetStore();
  localStorage.clear();
});

describe('bille panels', { timeout: 30_000 }, () => {
  it('step through the worker’s greedy generation, with the argmax fed back', async () => {
    const { container } = openLab('#/lab/bille?lang=en&speed=5');
    await learn('bille');
    const stepper = screen.getByTestId('bille-stepper');
    await waitFor(() => expect(stepper.querySelectorAll('.gs-col')).toHaveLength(5));
    fireEvent.click(within(stepper).getByRole('button', { name: 'Last step' }));
    expect(stepper.querySelector('.gs-status')?.textContent).toBe('Step 5 of 5');
    // The stepper's inputs are the network's own choices: b, then i l l e.
    await waitFor(() => expect(stepper.querySelector('svg desc')?.textContent).toMatch(/^Step 5 of 5: input e;/));
    await waitFor(() => expect(stepper.querySelector('[data-eq=next] annotation')?.textContent).toMatch(/^x_\{6\}/));
    fireEvent.click(within(stepper).getByRole('button', { name: 'First step' }));
    await waitFor(() => expect(stepper.querySelector('[data-eq=next] annotation')?.textContent).toContain('“i”'));
    // Why memory: only the RNN gets the letter after the second l right.
    const memory = screen.getByTestId('bille-memory');
    await waitFor(() => expect(Array.from(memory.querySelectorAll('tr[data-differ] th')).map((th) => th.textContent)).toEqual(['4']));
    expect(container.querySelector('[data-testid=bille-trajectory] svg')).not.toBeNull();
  });

  it('check the word a student types, and learn it', async () => {
    openLab('#/lab/bille?lang=en&speed=5');
    await waitFor(() => expect(status().dataset['phase']).toBe('ready'), { timeout: 5000 });
    const field = screen.getByRole('textbox', { name: 'Word to learn' });
    const type = (v: string) => fireEvent.change(field, { target: { value: v } });
    type('');
    expect(screen.getByText('Type a word: the field is empty.')).toBeTruthy();
    type('b');
    expect(screen.getByText('One letter is not enough: a word needs at least 2 letters.')).toBeTruthy();
    type('bill3');
    expect(screen.getByText(/^“3” is not a letter/)).toBeTruthy();
    type('abcdefghijklmnopqrstu');
    expect(screen.getByText('Too long: 21 letters. Use at most 20.')).toBeTruthy();
    type('Papa');
    fireEvent.keyDown(field, { key: 'Enter' });
    await waitFor(() => expect(window.location.hash).toContain('word=papa'));
    await learn('papa');
    expect(screen.getByTestId('bille-stepper').querySelectorAll('.gs-col')).toHaveLength(4);
  });

  it('say so when the hidden state is too small for the word, and only then', () => {
    useStore.getState().ui.setLang('en');
    const { rerender } = render(<CapacityNote word="anticonstitutionnel" hiddenSize={1} />);
    const publish = (step: number, sample: string) => act(() => useStore.getState().run.publish({ step, loss: 1, stepsPerSecond: 0, sample }));
    publish(CAPACITY_BUDGET - 1, 'annnnnnnnnnnnnnnnnn');
    expect(screen.queryByTestId('capacity-note')).toBeNull();
    publish(CAPACITY_BUDGET, 'annnnnnnnnnnnnnnnnn');
    expect(screen.getByTestId('capacity-note').textContent).toMatch(/^After 2,000 updates the network with a single hidden unit still does not spell “.anticonstitutionnel.”: one unit seems too small/);
    rerender(<CapacityNote word="anticonstitutionnel" hiddenSize={2} />);
    expect(screen.getByTestId('capacity-note').textContent).toMatch(/with 2 hidden units .* this hidden size seems too small/);
    publish(CAPACITY_BUDGET + 50, 'anticonstitutionnel');
    expect(screen.queryByTestId('capacity-note')).toBeNull();
  });
});
