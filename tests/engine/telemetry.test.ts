// Telemetry: ‖∂L/∂h_t‖ and the Jacobian norms ‖∂h_T/∂h_t‖, ‖∂c_T/∂c_t‖
// against central differences through the top layer's forward stream; the
// recorded states and gates against the cell equations; the layout.

import { describe, expect, it } from 'vitest';
import type { Sample } from '../../src/engine/api.ts';
import { createModel, createRng, createTrainer, recurrentEigenvalues, recurrentMatrix, recurrentSpectralRadius } from '../../src/engine/index.ts';
import type { RecurrentModel } from '../../src/engine/model.ts';
import { expectClose, randomSample, spec, type SpecOptions } from './helpers.ts';

/** Re-runs the top forward stream from step t+1 after nudging its h_t[j] (or c_t[j]) by delta; returns the loss. */
function nudge(m: RecurrentModel, sample: Sample, t: number, j: number, delta: number, which: 'h' | 'c'): number {
  m.loss(sample);
  const s = m.stack.top;
  const T = m.steps;
  (which === 'h' ? m.stack.h : m.stack.c)[s.base + t * s.H + j]! += delta;
  if (t + 1 < T) m.stack.ops.forward(s, t + 1, T);
  if (m.stack.dirs === 2) {
    const out = m.topOutput();
    for (let u = 0; u < T; u++) for (let q = 0; q < s.H; q++) out[u * 2 * s.H + q] = m.stack.h[s.base + u * s.H + q]!;
  }
  return m.head.forward(m.topOutput(), 0, T, T);
}

function lastState(m: RecurrentModel, which: 'h' | 'c'): Float64Array {
  const s = m.stack.top;
  const o = s.base + (m.steps - 1) * s.H;
  return (which === 'h' ? m.stack.h : m.stack.c).slice(o, o + s.H);
}

const eps = 1e-6;

const CELLS: [string, SpecOptions][] = [
  ['rnn tanh, 2 layers', { cell: 'rnn', numLayers: 2, hiddenSize: 4 }],
  ['rnn relu', { cell: 'rnn', activation: 'relu', hiddenSize: 4 }],
  ['lstm, bidirectional 2 layers', { cell: 'lstm', numLayers: 2, bidirectional: true }],
  ['lstm_simple', { cell: 'lstm_simple', hiddenSize: 4 }],
  ['gru reset after, 2 layers', { cell: 'gru', numLayers: 2 }],
  ['gru reset before, bidirectional', { cell: 'gru', resetAfter: false, bidirectional: true }],
];

describe('‖∂L/∂h_t‖ (top layer, forward direction)', () => {
  for (const [label, o] of CELLS) {
    it(label, () => {
      const rng = createRng(21);
      const s = spec(o);
      const m = createModel(s, { kind: 'pytorch' }, rng);
      const sample = randomSample(s, 6, rng);
      m.lossAndGradients(sample);
      const got = m.telemetry.dLdh.slice(0, 6);
      const want = got.map((_, t) => {
        let sq = 0;
        for (let j = 0; j < m.stack.H; j++) {
          const d = (nudge(m, sample, t, j, eps, 'h') - nudge(m, sample, t, j, -eps, 'h')) / (2 * eps);
          sq += d * d;
        }
        return Math.sqrt(sq);
      });
      expectClose(`${label} dLdh`, got, want, 1e-6, 1e-9);
      expect(Math.max(...got)).toBeGreaterThan(1e-3);
    });
  }
});

describe('‖∂h_T/∂h_t‖ and ‖∂c_T/∂c_t‖ (exact Jacobian products)', () => {
  for (const [label, o] of CELLS) {
    it(label, () => {
      const rng = createRng(22);
      const s = spec({ ...o, head: 'per_step' });
      const m = createModel(s, { kind: 'gaussian', scale: 1.5 }, rng);
      const sample = randomSample(s, 7, rng);
      const T = 7;
      const H = m.stack.H;
      m.loss(sample);
      m.computeJacobianNorms();
      const dh = m.telemetry.dhTdh.slice(0, T);
      const dc = m.telemetry.dcTdc?.slice(0, T) ?? null;
      const fd = (which: 'h' | 'c'): Float64Array =>
        Float64Array.from({ length: T }, (_, t) => {
          let sq = 0;
          for (let j = 0; j < H; j++) {
            nudge(m, sample, t, j, eps, which);
            const up = lastState(m, which);
            nudge(m, sample, t, j, -eps, which);
            const down = lastState(m, which);
            for (let q = 0; q < H; q++) sq += ((up[q]! - down[q]!) / (2 * eps)) ** 2;
          }
          return Math.sqrt(sq);
        });
      expectClose(`${label} dhTdh`, dh, fd('h'), 1e-6, 1e-9);
      expect(dh[T - 1]).toBeCloseTo(Math.sqrt(H), 12);
      if (m.cells.cell === 'lstm' || m.cells.cell === 'lstm_simple') {
        expect(dc).not.toBeNull();
        expectClose(`${label} dcTdc`, dc!, fd('c'), 1e-6, 1e-9);
      } else {
        expect(dc).toBeNull();
      }
    });
  }

  it('needs a forward pass first', () => {
    const m = createModel(spec({ cell: 'rnn' }), { kind: 'pytorch' }, createRng(1));
    expect(() => m.computeJacobianNorms()).toThrow(/run a forward pass first/);
  });
});

describe('recorded states and gates', () => {
  it('LSTM: c_t = f c_{t-1} + i g and h_t = o tanh(c_t), laid out [stream][t][unit]', () => {
    const rng = createRng(3);
    const s = spec({ cell: 'lstm', numLayers: 2, bidirectional: true, hiddenSize: 2 });
    const m = createModel(s, { kind: 'pytorch' }, rng);
    const T = 4;
    m.loss(randomSample(s, T, rng));
    const tel = m.telemetry;
    expect([tel.steps, tel.layers, tel.directions, tel.hiddenSize]).toEqual([T, 2, 2, 2]);
    const { i, f, g, o } = tel.gates;
    const H = 2;
    for (let stream = 0; stream < 4; stream++) {
      const reverse = stream % 2 === 1;
      for (let t = 0; t < T; t++) {
        for (let j = 0; j < H; j++) {
          const at = (u: number): number => (stream * tel.maxSteps + u) * H + j;
          const prevT = reverse ? t + 1 : t - 1;
          const cPrev = prevT < 0 || prevT >= T ? 0 : tel.c![at(prevT)]!;
          expect(tel.c![at(t)]).toBeCloseTo(f![at(t)]! * cPrev + i![at(t)]! * g![at(t)]!, 14);
          expect(tel.h[at(t)]).toBeCloseTo(o![at(t)]! * Math.tanh(tel.c![at(t)]!), 14);
        }
      }
    }
  });

  it('GRU: h_t = (1 - z) n + z h_{t-1}', () => {
    const rng = createRng(4);
    const s = spec({ cell: 'gru', resetAfter: false });
    const m = createModel(s, { kind: 'pytorch' }, rng);
    m.loss(randomSample(s, 5, rng));
    const { z, n } = m.telemetry.gates;
    const h = m.telemetry.h;
    for (let t = 0; t < 5; t++) {
      for (let j = 0; j < 3; j++) {
        const prev = t === 0 ? 0 : h[(t - 1) * 3 + j]!;
        expect(h[t * 3 + j]).toBeCloseTo((1 - z![t * 3 + j]!) * n![t * 3 + j]! + z![t * 3 + j]! * prev, 14);
      }
    }
    expect(Object.keys(m.telemetry.gates).sort()).toEqual(['n', 'r', 'z']);
  });

  it('per-step losses, probabilities and gradient norms agree with the totals', () => {
    const rng = createRng(5);
    const s = spec({ cell: 'rnn', outputSize: 4 });
    const m = createModel(s, { kind: 'pytorch' }, rng);
    const T = 6;
    const loss = m.lossAndGradients(randomSample(s, T, rng));
    const tel = m.telemetry;
    expect(tel.stepLoss.slice(0, T).reduce((a, b) => a + b, 0) / T).toBeCloseTo(loss, 14);
    for (let t = 0; t < T; t++) {
      const row = tel.probs.slice(t * 4, t * 4 + 4);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
      const logits = tel.logits.slice(t * 4, t * 4 + 4);
      expect(row[1]! / row[0]!).toBeCloseTo(Math.exp(logits[1]! - logits[0]!), 12);
    }
    const sq = tel.paramGradNorms.reduce((a, b) => a + b * b, 0);
    expect(tel.gradNormBefore).toBeCloseTo(Math.sqrt(sq), 14);
    m.params.forEach((p, k) => expect(tel.paramGradNorms[k]).toBeCloseTo(Math.hypot(...p.g), 14));
  });

  it('the trainer records the norm before and after clipping', () => {
    const rng = createRng(6);
    const s = spec({ cell: 'gru' });
    const m = createModel(s, { kind: 'pytorch' }, rng);
    const out = createTrainer(m, { optimizer: { name: 'adam', lr: 0.01 }, clip: { kind: 'norm', maxNorm: 1e-3 }, bptt: { kind: 'full' } }).train(
      randomSample(s, 5, rng),
    );
    if (!out.ok) throw new Error('diverged');
    expect(m.telemetry.gradNormBefore).toBe(out.report.gradNorm);
    expect(m.telemetry.gradNormAfter).toBeCloseTo(1e-3, 8);
  });

  it('sequences longer than maxSteps are refused with the limit in the message', () => {
    const s = spec({ cell: 'rnn' });
    const m = createModel(s, { kind: 'pytorch' }, createRng(1), { maxSteps: 8 });
    expect(m.telemetry.maxSteps).toBe(8);
    expect(() => m.loss(randomSample(s, 9, createRng(2)))).toThrow("inputs.ids: expected at most 8 steps (the model's maxSteps), got 9");
    expect(() => m.loss(randomSample(s, 8, createRng(2)))).not.toThrow();
  });
});

describe('recurrent matrices and their spectrum', () => {
  it('returns the requested H x H gate block of W_hh', () => {
    const m = createModel(spec({ cell: 'lstm', numLayers: 2, bidirectional: true, hiddenSize: 2 }), { kind: 'pytorch' }, createRng(1));
    const w = m.param('rnn.weight_hh_l1_reverse').w;
    const { matrix, n } = recurrentMatrix(m, { layer: 1, reverse: true, gate: 'g' });
    expect(n).toBe(2);
    expect(Array.from(matrix)).toEqual(Array.from(w.slice(8, 12)));
    expect(() => recurrentMatrix(m, { gate: 'r' })).toThrow('gate: expected one of i, f, g, o, got "r"');
    expect(() => recurrentMatrix(m, { layer: 2 })).toThrow('layer: expected an integer in [0, 1], got 2');
  });

  it('an identity-initialised W_hh = 0.9 I has every eigenvalue at 0.9', () => {
    const m = createModel(spec({ cell: 'rnn', activation: 'relu', hiddenSize: 5 }), { kind: 'identity', scale: 0.9 }, createRng(1));
    expect(recurrentSpectralRadius(m)).toBeCloseTo(0.9, 12);
    const { re, im } = recurrentEigenvalues(m);
    expect(Array.from(re)).toEqual(Array(5).fill(expect.closeTo(0.9, 12)));
    expect(Array.from(im)).toEqual(Array(5).fill(expect.closeTo(0, 12)));
  });
});
