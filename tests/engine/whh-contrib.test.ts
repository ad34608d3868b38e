import { describe, expect, it } from 'vitest';
import { createModel, createRng } from '../../src/engine/index.ts';
import type { CellKind, Model, Sample } from '../../src/engine/api.ts';

// What step t adds to ∂L/∂W_hh is δ_t h_{t-1}ᵀ, with δ_t the gradient of the
// recurrent pre-activations. With a dense input of width G·H and W_ih = I,
// a_t = x_t + (W_hh h_{t-1} + b), so ∂L/∂x_t = δ_t: central differences on
// the input give δ_t without using the engine's backward pass.

const H = 3;
const T = 5;

function build(cell: CellKind, resetAfter: boolean): { model: Model; sample: Sample; G: number } {
  const G = cell === 'lstm' ? 4 : cell === 'gru' ? 3 : 1;
  const I = G * H;
  const model = createModel(
    {
      input: { kind: 'dense', inputSize: I },
      rnn: { cell, resetAfter, hiddenSize: H, numLayers: 1, bidirectional: false },
      head: 'per_step',
      outputSize: 2,
      loss: 'mse',
    },
    { kind: 'pytorch' },
    createRng(11),
  );
  const wih = model.param('rnn.weight_ih_l0').w;
  wih.fill(0);
  for (let k = 0; k < I; k++) wih[k * I + k] = 1;
  const rng = createRng(5);
  const x = Float64Array.from({ length: T * I }, () => rng.normal());
  const y = Float64Array.from({ length: T * 2 }, () => rng.normal());
  return { model, sample: { inputs: { kind: 'dense', steps: T, x }, targets: { kind: 'values', y } }, G };
}

function inputGradient(model: Model, sample: Sample): Float64Array {
  if (sample.inputs.kind !== 'dense') throw new Error('dense input expected');
  const x = sample.inputs.x;
  const g = new Float64Array(x.length);
  const eps = 1e-6;
  for (let k = 0; k < x.length; k++) {
    const keep = x[k]!;
    x[k] = keep + eps;
    const up = model.loss(sample);
    x[k] = keep - eps;
    const down = model.loss(sample);
    x[k] = keep;
    g[k] = (up - down) / (2 * eps);
  }
  return g;
}

const norm2 = (v: ArrayLike<number>, from: number, to: number): number => {
  let s = 0;
  for (let k = from; k < to; k++) s += v[k]! * v[k]!;
  return s;
};

describe('telemetry.whhContrib', () => {
  const cases: [CellKind, boolean][] = [
    ['rnn', true],
    ['lstm', true],
    ['gru', true],
    ['gru', false],
  ];
  for (const [cell, resetAfter] of cases) {
    it(`matches ‖δ_t h_{t-1}ᵀ‖ from finite differences (${cell}${cell === 'gru' ? (resetAfter ? ', reset after' : ', reset before') : ''})`, () => {
      const { model, sample, G } = build(cell, resetAfter);
      const delta = inputGradient(model, sample);
      model.lossAndGradients(sample);
      const tel = model.telemetry;
      const hs = Array.from({ length: T }, (_, t) => (t === 0 ? new Float64Array(H) : tel.h.slice((t - 1) * H, t * H)));
      const r = tel.gates.r;
      for (let t = 0; t < T; t++) {
        const d = delta.subarray(t * G * H, (t + 1) * G * H);
        const hPrev = hs[t]!;
        let want: number;
        if (cell !== 'gru') {
          want = Math.sqrt(norm2(d, 0, G * H) * norm2(hPrev, 0, H));
        } else {
          const rt = r!.subarray(t * H, (t + 1) * H);
          const rz = norm2(d, 0, 2 * H) * norm2(hPrev, 0, H);
          if (resetAfter) {
            // the n block's recurrent side is scaled by r_t: δ_hn = δ_n ⊙ r_t, times h_{t-1}
            let s = 0;
            for (let j = 0; j < H; j++) s += (d[2 * H + j]! * rt[j]!) ** 2;
            want = Math.sqrt(rz + s * norm2(hPrev, 0, H));
          } else {
            // the n block of W_hh multiplies r_t ⊙ h_{t-1}
            let s = 0;
            for (let j = 0; j < H; j++) s += (rt[j]! * hPrev[j]!) ** 2;
            want = Math.sqrt(rz + norm2(d, 2 * H, 3 * H) * s);
          }
        }
        expect(tel.whhContrib[t]).toBeCloseTo(want, 7);
      }
      // the first step enters from h_0 = 0, so it contributes nothing
      expect(tel.whhContrib[0]).toBe(0);
      expect(tel.whhContrib[T - 1]).toBeGreaterThan(0);
    });
  }
});
