// The written-out kernels against the general ones: the same numbers, bit for
// bit (states, gates, caches, every gradient, ∂L/∂(h0, c0), the Jacobian
// norms), for every cell they cover, every size up to the limit, both
// directions and stacked layers, and for weights large enough to saturate
// the gates and to reach Math.exp's side of fastExp.

import { describe, expect, it } from 'vitest';
import { generalCellOps } from '../../../src/engine/cells/index.ts';
import { MAX_WRITTEN_OUT, writtenOutOps, writtenOutSource, type WrittenOutCell } from '../../../src/engine/cells/written-out.ts';
import { createModel, type RecurrentModel } from '../../../src/engine/model.ts';
import { createRng } from '../../../src/engine/random.ts';
import type { RecurrentStack } from '../../../src/engine/stack.ts';
import { randomSample, spec } from '../helpers.ts';

const CASES: { cell: WrittenOutCell; opts: Parameters<typeof spec>[0] }[] = [
  { cell: 'lstm', opts: { cell: 'lstm' } },
  { cell: 'gru_after', opts: { cell: 'gru', resetAfter: true } },
  { cell: 'rnn_tanh', opts: { cell: 'rnn', activation: 'tanh' } },
  { cell: 'rnn_sigmoid', opts: { cell: 'rnn', activation: 'sigmoid' } },
];

/** Every recorded value after a training pass: states, gates, caches, gradients, Jacobian norms. */
function snapshot(model: RecurrentModel): Float64Array[] {
  const stack: RecurrentStack = model.stack;
  const out = [stack.h, stack.c, ...Object.values(stack.gates)].map((a) => Float64Array.from(a));
  for (const s of stack.streams) out.push(...[s.hp, s.cp, s.aux, s.dA, s.dAh, s.dh0, s.dc0].map((a) => Float64Array.from(a)));
  model.computeJacobianNorms();
  out.push(Float64Array.from(model.store.g), Float64Array.from(model.telemetry.dhTdh), Float64Array.from(model.telemetry.dcTdc ?? []));
  return out;
}

describe('written-out forward kernels', () => {
  for (const { cell, opts } of CASES) {
    it.each([1, 2, 3, 4, 5, 8])(`${cell} with %i hidden units equals the general kernels bit for bit`, (H) => {
      for (const [layers, bidirectional, scale] of [[1, false, 1], [2, true, 1], [1, false, 4000]] as const) {
        const s = spec({ ...opts, hiddenSize: H, numLayers: layers, bidirectional });
        // the general passes: the fused ones (one layer, one-hot) call the same kernels but leave no dA
        const model = createModel(s, { kind: 'pytorch' }, createRng(H * 7 + layers), { maxSteps: 9, fusedPasses: false });
        model.store.w.forEach((v, k) => (model.store.w[k] = v * scale));
        const sample = randomSample(s, 9, createRng(H));
        expect(model.stack.ops.forward).not.toBe(generalCellOps(s.rnn.cell).forward);
        expect(model.stack.ops.stepBack).not.toBe(generalCellOps(s.rnn.cell).stepBack);
        model.lossAndGradients(sample);
        const written = snapshot(model);
        (model.stack as { ops: unknown }).ops = generalCellOps(s.rnn.cell);
        model.lossAndGradients(sample);
        const general = snapshot(model);
        written.forEach((a, k) => expect(Array.from(a)).toEqual(Array.from(general[k]!)));
        // the large weights drive some pre-activations past fastExp's fast range: a σ of exactly 0
        // needs e^-a = Infinity, which only Math.exp's side gives (tanh takes the same code)
        const sigmoidOut = cell === 'rnn_sigmoid' ? written[0]! : written[2]!;
        if (scale > 1 && cell !== 'rnn_tanh') expect(sigmoidOut.some((v) => v === 0)).toBe(true);
      }
    });
  }

  it('is not written out beyond the size limit, nor for the cells without one', () => {
    expect(writtenOutOps('lstm', MAX_WRITTEN_OUT + 1)).toBeNull();
    const relu = createModel(spec({ cell: 'rnn', activation: 'relu' }), { kind: 'pytorch' }, createRng(1));
    expect(relu.stack.ops.forward).toBe(generalCellOps('rnn').forward);
    const before = createModel(spec({ cell: 'gru', resetAfter: false }), { kind: 'pytorch' }, createRng(1));
    expect(before.stack.ops.forward).toBe(generalCellOps('gru').forward);
  });

  it('reads h_{t-1} once per step and has no loop over units left', () => {
    const src = writtenOutSource('lstm', 3);
    expect(src.match(/hp\[/g)).toHaveLength(3);
    expect(src.match(/\bfor \(/g)).toHaveLength(1);
    expect(writtenOutSource('lstm', 3, 'back')).not.toMatch(/\bfor \(/);
  });
});
