// The mean-pooling head: o = W h̄ + b with h̄ = (1/T) Σ_t h_t, scored once per
// sequence. Its gradients against central finite differences, and its output
// against the formula recomputed from the recorded states.

import { describe, expect, it } from 'vitest';
import { createModel, createRng } from '../../src/engine/index.ts';
import { expectClose, numericGradients, randomSample, spec } from './helpers.ts';

describe('mean_pool head', () => {
  const cases = [
    { name: 'GRU, one-hot, cross-entropy', s: spec({ cell: 'gru', head: 'mean_pool', outputSize: 2 }) },
    { name: 'LSTM, two layers, bidirectional, embedding', s: spec({ cell: 'lstm', head: 'mean_pool', numLayers: 2, bidirectional: true, input: { kind: 'embedding', vocabSize: 5, embeddingDim: 3 } }) },
    { name: 'vanilla, dense input, mse', s: spec({ cell: 'rnn', head: 'mean_pool', loss: 'mse', outputSize: 2, input: { kind: 'dense', inputSize: 3 } }) },
  ];
  for (const { name, s } of cases) {
    it(`matches finite differences: ${name}`, () => {
      const rng = createRng(11);
      const m = createModel(s, { kind: 'pytorch' }, rng);
      const sample = randomSample(s, 6, rng);
      m.lossAndGradients(sample);
      const analytic = m.params.map((p) => p.g.slice());
      const numeric = numericGradients(m.params, () => m.loss(sample));
      m.params.forEach((p, k) => expectClose(p.name, analytic[k]!, numeric[k]!, 1e-5, 1e-8));
    });
  }

  it('outputs W·mean(h_t) + b, not the last state', () => {
    const s = spec({ cell: 'lstm', head: 'mean_pool', hiddenSize: 3, outputSize: 2 });
    const rng = createRng(4);
    const m = createModel(s, { kind: 'pytorch' }, rng);
    const T = 5;
    m.loss(randomSample(s, T, rng));
    const H = 3;
    const h = m.telemetry.h;
    const W = m.param('head.weight').w;
    const b = m.param('head.bias').w;
    for (let k = 0; k < 2; k++) {
      let mean = b[k]!;
      let last = b[k]!;
      for (let j = 0; j < H; j++) {
        let sum = 0;
        for (let t = 0; t < T; t++) sum += h[t * H + j]!;
        mean += W[k * H + j]! * (sum / T);
        last += W[k * H + j]! * h[(T - 1) * H + j]!;
      }
      expect(m.telemetry.logits[k]).toBeCloseTo(mean, 12);
      expect(Math.abs(mean - last)).toBeGreaterThan(1e-6);
    }
  });
});
