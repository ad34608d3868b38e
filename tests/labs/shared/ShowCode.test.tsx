// The "Show the code" panel: Keras first, the arrow keys move between the
// tabs, Copy puts the visible code on the clipboard, and the download is the
// latest weights as a state_dict (or a message before there are any).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ModelSpec } from '../../../src/engine/api.ts';
import { defaults } from '../../../src/app/url-state.ts';
import { billeRunConfig } from '../../../src/labs/bille/config.ts';
import { BILLE_SCHEMA } from '../../../src/labs/bille/params.ts';
import { RunShowCode, ShowCode, type WeightsSource } from '../../../src/labs/shared/ShowCode.tsx';
import { resetStore, useStore } from '../../../src/state/store.ts';
import { createTelemetryBuffer } from '../../../src/state/telemetry.ts';
import { setupTask } from '../../../src/worker/tasks.ts';

const SPEC: ModelSpec = {
  input: { kind: 'onehot', vocabSize: 4 },
  rnn: { cell: 'rnn', activation: 'tanh', hiddenSize: 3, numLayers: 1, bidirectional: false },
  head: 'per_step',
  outputSize: 4,
  loss: 'cross_entropy',
};

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ShowCode', () => {
  it('shows Keras, then PyTorch with the arrow key, and copies what is shown', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ShowCode code={{ kind: 'model', spec: SPEC }} weights={() => null} fileName="w.json" />);
    const keras = screen.getByRole('tab', { name: 'Keras' });
    expect(keras.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').textContent).toContain('layers.SimpleRNN(3, activation="tanh", return_sequences=True)');
    keras.focus();
    fireEvent.keyDown(keras, { key: 'ArrowRight' });
    const torch = screen.getByRole('tab', { name: 'PyTorch' });
    expect(torch.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(torch);
    expect(screen.getByRole('tabpanel').textContent).toContain('nn.RNN(input_size=4, hidden_size=3, batch_first=True)');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy the code' }));
      await Promise.resolve();
    });
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('class Net(nn.Module):'));
    expect(screen.getByTestId('show-code-status').textContent).toBe('Copied.');
  });

  it('downloads the latest weights as a state_dict, and says so when there are none yet', async () => {
    let weights: WeightsSource | null = null;
    const blobs: Blob[] = [];
    const create = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:weights';
    });
    Object.defineProperty(URL, 'createObjectURL', { value: create, configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<ShowCode code={{ kind: 'model', spec: SPEC }} weights={() => weights} fileName="bille-weights.json" />);
    const button = screen.getByRole('button', { name: 'Download weights (state_dict JSON)' });
    fireEvent.click(button);
    expect(create).not.toHaveBeenCalled();
    expect(screen.getByTestId('show-code-status').textContent).toContain('once the network has been built');
    weights = {
      step: 12,
      params: [
        { name: 'rnn.weight_ih_l0', rows: 3, cols: 4, w: Float64Array.from({ length: 12 }, (_, k) => k) },
        { name: 'rnn.bias_ih_l0', rows: 3, cols: 1, w: Float64Array.from([1, 2, 3]) },
      ],
    };
    fireEvent.click(button);
    expect(click).toHaveBeenCalledTimes(1);
    const dict = JSON.parse(await blobs[0]!.text()) as Record<string, unknown>;
    expect(dict['rnn.weight_ih_l0']).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9, 10, 11],
    ]);
    expect(dict['rnn.bias_ih_l0']).toEqual([1, 2, 3]);
    expect(screen.getByTestId('show-code-status').textContent).toBe('Weights of update 12 saved as bille-weights.json.');
  });

  it('writes the code of the network the worker announced, and nothing before it is ready', async () => {
    resetStore();
    const config = billeRunConfig(defaults(BILLE_SCHEMA));
    render(<RunShowCode config={config} buffer={createTelemetryBuffer()} fileName="bille-weights.json" />);
    expect(screen.queryByTestId('show-code')).toBeNull();
    // what the worker's ready event carries: the network it built from this config
    const { spec, vocab } = setupTask(config.task);
    act(() => useStore.getState().run.setModel({ vocab, spec }));
    const code = await screen.findByTestId('code-keras');
    // the bille net: 4 letters one-hot, 3 tanh units, a head at every letter
    expect(code.textContent).toContain('tf.keras.Input(shape=(None, 4))');
    expect(code.textContent).toContain('layers.SimpleRNN(3, activation="tanh", return_sequences=True)');
    expect(code.textContent).toContain('layers.Dense(4)');
  });
});
