// The fused passes (one layer, one direction, one-hot input, softmax head on
// every step) against the general ones on the same weights: the losses,
// every gradient, the telemetry and the gradient reaching h0 (c0), for every
// cell, full and truncated BPTT. They differ only in the order in which the
// head's weight gradients add up over the steps, so they agree to rounding.

import { describe, expect, it } from 'vitest';
import { FusedPasses } from '../../src/engine/fused.ts';
import { createModel, type RecurrentModel } from '../../src/engine/model.ts';
import { createRng } from '../../src/engine/random.ts';
import { createTrainer } from '../../src/engine/trainer.ts';
import { expectClose, randomSample, spec, type SpecOptions } from './helpers.ts';

const CELLS: SpecOptions[] = [
  { cell: 'rnn', activation: 'tanh' },
  { cell: 'rnn', activation: 'relu' },
  { cell: 'rnn', activation: 'sigmoid' },
  { cell: 'rnn', activation: 'identity' },
  { cell: 'lstm' },
  { cell: 'lstm_simple' },
  { cell: 'gru', resetAfter: true },
  { cell: 'gru', resetAfter: false },
];

function pair(o: SpecOptions, H: number): [RecurrentModel, RecurrentModel] {
  const s = spec({ ...o, hiddenSize: H, outputSize: 5, input: { kind: 'onehot', vocabSize: 5 } });
  const make = (fusedPasses: boolean) => createModel(s, { kind: 'pytorch' }, createRng(H), { maxSteps: 12, fusedPasses });
  return [make(true), make(false)];
}

function expectSameTelemetry(a: RecurrentModel, b: RecurrentModel, T: number): void {
  const ta = a.telemetry;
  const tb = b.telemetry;
  const n = T * a.stack.H;
  expectClose('h', ta.h.subarray(0, n), tb.h.subarray(0, n), 1e-13, 1e-15);
  expectClose('probs', ta.probs.subarray(0, T * 5), tb.probs.subarray(0, T * 5), 1e-13, 1e-15);
  expectClose('stepLoss', ta.stepLoss.subarray(0, T), tb.stepLoss.subarray(0, T), 1e-13, 1e-15);
  expectClose('dL/dh', ta.dLdh.subarray(0, T), tb.dLdh.subarray(0, T), 1e-12, 1e-15);
  expectClose('whhContrib', ta.whhContrib.subarray(0, T), tb.whhContrib.subarray(0, T), 1e-12, 1e-15);
  expectClose('paramGradNorms', ta.paramGradNorms, tb.paramGradNorms, 1e-12, 1e-15);
}

describe('fused passes', () => {
  for (const o of CELLS) {
    const name = `${o.cell}${o.activation ? ` ${o.activation}` : ''}${o.resetAfter === false ? ' (reset before)' : ''}`;
    it(`${name}: loss, gradients, telemetry and ∂L/∂(h0, c0) equal the general passes'`, () => {
      for (const H of [1, 3, 9]) {
        const [fused, general] = pair(o, H);
        const sample = randomSample(fused.spec, 11, createRng(40 + H));
        const la = fused.lossAndGradients(sample);
        const lb = general.lossAndGradients(sample);
        expect(Math.abs(la - lb)).toBeLessThanOrEqual(1e-13 * Math.abs(lb));
        expectClose('gradients', fused.store.g, general.store.g, 1e-11, 1e-15);
        expectSameTelemetry(fused, general, 11);
        expectClose('dL/d(h0, c0)', fused.initialStateGrad(), general.initialStateGrad(), 1e-11, 1e-15);
      }
    });

    it(`${name}: 20 updates of truncated BPTT (window 4, state carried) end on the same weights`, () => {
      const [fused, general] = pair(o, 3);
      const options = { optimizer: { name: 'adam', lr: 0.05 }, clip: { kind: 'norm', maxNorm: 1 }, bptt: { kind: 'truncated', window: 4, carryState: true } } as const;
      const ta = createTrainer(fused, options);
      const tb = createTrainer(general, options);
      const rng = createRng(5);
      for (let k = 0; k < 20; k++) {
        const sample = randomSample(fused.spec, 10, rng);
        const a = ta.train(sample);
        const b = tb.train(sample);
        expect(a.ok && b.ok).toBe(true);
      }
      expect(ta.step).toBe(60);
      expectClose('weights', fused.store.w, general.store.w, 1e-9, 1e-12);
      expectSameTelemetry(fused, general, 10);
    });
  }

  it.each([
    [4, 3],
    [1, 1],
    [16, 8],
    [7, 5],
  ])('with %i outputs and %i hidden units, the written-out head gives the general head\'s numbers bit for bit', (K, H) => {
    const s = spec({ cell: 'gru', hiddenSize: H, outputSize: K, input: { kind: 'onehot', vocabSize: 3 } });
    const model = createModel(s, { kind: 'pytorch' }, createRng(K + H), { maxSteps: 8 });
    // large logits too, so that e^(o - max) reaches Math.exp's side of fastExp
    const head = model.param('head.weight');
    head.w.forEach((v, k) => (head.w[k] = k % 3 === 0 ? v * 1e5 : v));
    const sample = randomSample(s, 8, createRng(3));
    const run = () => {
      const loss = model.lossAndGradients(sample);
      const t = model.telemetry;
      return [loss, ...model.store.g, ...t.logits.subarray(0, 8 * K), ...t.probs.subarray(0, 8 * K), ...t.stepLoss.subarray(0, 8), ...t.dLdh.subarray(0, 8)];
    };
    const written = run();
    const fused = (model as unknown as { fused: unknown }).fused;
    expect((fused as { written: unknown }).written).not.toBeNull();
    (model as unknown as { fused: unknown }).fused = new FusedPasses(model.stack, model.head, false);
    expect(written).toEqual(run());
    // a probability below e^-708 (relative to the largest) comes from Math.exp's side
    const probs = written.slice(1 + model.store.g.length + 8 * K, 1 + model.store.g.length + 16 * K);
    if (K > 1) expect(probs.some((p) => p < 1e-308)).toBe(true);
  });

  it('is taken only where it applies', () => {
    const fusedOf = (m: RecurrentModel) => (m as unknown as { fused: unknown }).fused !== null;
    const base = { cell: 'lstm' } as const;
    expect(fusedOf(createModel(spec(base), { kind: 'pytorch' }, createRng(1)))).toBe(true);
    for (const o of [{ numLayers: 2 }, { bidirectional: true }, { head: 'last_step' }, { loss: 'mse' }, { input: { kind: 'embedding', vocabSize: 4, embeddingDim: 2 } }] as const) {
      expect(fusedOf(createModel(spec({ ...base, ...o }), { kind: 'pytorch' }, createRng(1)))).toBe(false);
    }
    expect(fusedOf(createModel(spec(base), { kind: 'pytorch' }, createRng(1), { fusedPasses: false }))).toBe(false);
    expect(() => createModel(spec(base), { kind: 'pytorch' }, createRng(1), { fusedPasses: 'yes' as unknown as boolean })).toThrow(
      /options\.fusedPasses/,
    );
  });
});
