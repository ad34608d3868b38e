// The written-out forward kernels against the general ones: the same numbers,
// bit for bit, for every cell they cover, every size up to the limit, both
// directions and stacked layers, and for weights large enough to saturate
// the gates and to reach Math.exp's side of fastExp.

import { describe, expect, it } from 'vitest';
import { generalCellOps } from '../../../src/engine/cells/index.ts';
import { MAX_WRITTEN_OUT, writtenOutForward, writtenOutSource, type WrittenOutCell } from '../../../src/engine/cells/written-out.ts';
import { createModel } from '../../../src/engine/model.ts';
import { createRng } from '../../../src/engine/random.ts';
import type { RecurrentStack } from '../../../src/engine/stack.ts';
import { randomSample, spec } from '../helpers.ts';

const CASES: { cell: WrittenOutCell; opts: Parameters<typeof spec>[0] }[] = [
  { cell: 'lstm', opts: { cell: 'lstm' } },
  { cell: 'gru_after', opts: { cell: 'gru', resetAfter: true } },
  { cell: 'rnn_tanh', opts: { cell: 'rnn', activation: 'tanh' } },
  { cell: 'rnn_sigmoid', opts: { cell: 'rnn', activation: 'sigmoid' } },
];

/** Every recorded value of the stack after a forward pass: states, gates, caches. */
function snapshot(stack: RecurrentStack): Float64Array[] {
  const out = [stack.h, stack.c, ...Object.values(stack.gates)].map((a) => Float64Array.from(a));
  for (const s of stack.streams) out.push(Float64Array.from(s.hp), Float64Array.from(s.cp), Float64Array.from(s.aux));
  return out;
}

describe('written-out forward kernels', () => {
  for (const { cell, opts } of CASES) {
    it.each([1, 2, 3, 4, 5, 8])(`${cell} with %i hidden units equals the general kernel bit for bit`, (H) => {
      for (const [layers, bidirectional, scale] of [[1, false, 1], [2, true, 1], [1, false, 4000]] as const) {
        const s = spec({ ...opts, hiddenSize: H, numLayers: layers, bidirectional });
        const model = createModel(s, { kind: 'pytorch' }, createRng(H * 7 + layers), { maxSteps: 9 });
        model.store.w.forEach((v, k) => (model.store.w[k] = v * scale));
        const sample = randomSample(s, 9, createRng(H));
        expect(model.stack.ops.forward).not.toBe(generalCellOps(s.rnn.cell).forward);
        model.loss(sample);
        const written = snapshot(model.stack);
        (model.stack as { ops: unknown }).ops = generalCellOps(s.rnn.cell);
        model.loss(sample);
        const general = snapshot(model.stack);
        written.forEach((a, k) => expect(Array.from(a)).toEqual(Array.from(general[k]!)));
        // the large weights drive some pre-activations past fastExp's fast range: a σ of exactly 0
        // needs e^-a = Infinity, which only Math.exp's side gives (tanh takes the same code)
        const sigmoidOut = cell === 'rnn_sigmoid' ? written[0]! : written[2]!;
        if (scale > 1 && cell !== 'rnn_tanh') expect(sigmoidOut.some((v) => v === 0)).toBe(true);
      }
    });
  }

  it('is not written out beyond the size limit, nor for the cells without one', () => {
    expect(writtenOutForward('lstm', MAX_WRITTEN_OUT + 1)).toBeNull();
    const relu = createModel(spec({ cell: 'rnn', activation: 'relu' }), { kind: 'pytorch' }, createRng(1));
    expect(relu.stack.ops.forward).toBe(generalCellOps('rnn').forward);
    const before = createModel(spec({ cell: 'gru', resetAfter: false }), { kind: 'pytorch' }, createRng(1));
    expect(before.stack.ops.forward).toBe(generalCellOps('gru').forward);
  });

  it('reads h_{t-1} once per step and has no loop over units left', () => {
    const src = writtenOutSource('lstm', 3);
    expect(src.match(/hp\[/g)).toHaveLength(3);
    expect(src.match(/\bfor \(/g)).toHaveLength(1);
  });
});
