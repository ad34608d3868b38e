import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createModel, createRng } from '../../../src/engine/index.ts';
import { PlainCheck } from '../../../src/labs/gates/PlainCheck.tsx';
import type { Reading } from '../../../src/views/gates/common/reading.ts';
import { copyParams, copyTelemetry } from '../../../src/worker/snapshot.ts';

// The live check as a student sees it: a GRU's real pass (engine numbers),
// the toggle, and a table whose forced-GRU rows equal the plain cell's,
// computed independently here from the formula.

const V = 4;
const H = 3;
const CHARS = ['a', 'b', 'c', 'd', 'a', 'c'];

function gruReading(resetAfter: boolean): Reading {
  const model = createModel(
    { input: { kind: 'onehot', vocabSize: V }, rnn: { cell: 'gru', hiddenSize: H, numLayers: 1, bidirectional: false, resetAfter }, head: 'per_step', outputSize: V, loss: 'cross_entropy' },
    { kind: 'pytorch' },
    createRng(11),
    { maxSteps: 8 },
  );
  const ids = CHARS.map((c) => 'abcd'.indexOf(c));
  model.loss({ inputs: { kind: 'ids', ids }, targets: { kind: 'ids', ids: [...ids.slice(1), 0] } });
  return { cell: 'gru', resetAfter, chars: CHARS, telemetry: copyTelemetry(model.telemetry), step: 0, params: copyParams(model), vocab: ['a', 'b', 'c', 'd'] };
}

describe.each([true, false])('the r = 1, z = 0 check (reset after: %s)', (resetAfter) => {
  it('shows the forced GRU equal to tanh(W_in x + b_in + W_hn h + b_hn) from the worker’s numbers', () => {
    const r = gruReading(resetAfter);
    const t = 4;
    const unit = 1;
    render(<PlainCheck reading={r} sel={{ t, unit }} x="a" />);
    const toggle = screen.getByRole('button', { name: 'Force r = 1 and z = 0 at this step' });
    expect(screen.getByTestId('gru-plain').querySelector('table')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    // The formula, written out here from the weight snapshot: the n rows are 2H + j.
    const p = (name: string) => r.params?.find((q) => q.name === `rnn.${name}_l0`)?.w ?? new Float64Array();
    const [wih, whh, bih, bhh] = [p('weight_ih'), p('weight_hh'), p('bias_ih'), p('bias_hh')];
    const row = 2 * H + unit;
    let pre = (wih[row * V + 0] ?? 0) + (bih[row] ?? 0) + (bhh[row] ?? 0);
    for (let q = 0; q < H; q++) pre += (whh[row * H + q] ?? 0) * (r.telemetry.h[(t - 1) * H + q] ?? 0);
    const expected = Math.tanh(pre);
    const cell = (key: string) => Number(screen.getByTestId('gru-plain').querySelector(`tr[data-row=${key}] td`)?.getAttribute('data-value'));
    expect(cell('plain')).toBeCloseTo(expected, 14);
    expect(cell('after')).toBeCloseTo(expected, 14);
    expect(cell('before')).toBeCloseTo(expected, 14);
    // and with its learnt gates the recomputed GRU is the worker's own h_t
    expect(cell('learnt')).toBeCloseTo(r.telemetry.h[t * H + unit] ?? Number.NaN, 14);
    expect(screen.getByRole('status').textContent).toMatch(/both conventions give the plain recurrent cell/);
  });
});
