// The update rules against closed forms worked out by hand, and clipping
// against central-difference gradients.

import { describe, expect, it } from 'vitest';
import { createModel, createRng, createTrainer, modelFromStateDict } from '../../src/engine/index.ts';
import { Optimizer } from '../../src/engine/optimizer.ts';
import { expectClose, numericGradients, randomSample, snapshot, spec } from './helpers.ts';

function run(opt: ConstructorParameters<typeof Optimizer>[0], p0: number, grads: readonly number[]): number[] {
  const o = new Optimizer(opt, 1);
  const w = Float64Array.of(p0);
  return grads.map((g) => {
    o.step(w, Float64Array.of(g), Math.abs(g));
    return w[0]!;
  });
}

describe('SGD', () => {
  it('plain: p -= lr g', () => {
    expect(run({ name: 'sgd', lr: 0.1 }, 1, [2, -1, 0.5])).toEqual([0.8, 0.9, 0.85].map((v) => expect.closeTo(v, 14)));
  });

  it('momentum: a constant g moves p by lr g (1 - μ^t) / (1 - μ) at step t', () => {
    const lr = 0.1;
    const mu = 0.9;
    const g = 0.5;
    const got = run({ name: 'sgd', lr, momentum: mu }, 0, [g, g, g, g]);
    let p = 0;
    got.forEach((v, k) => {
      p -= (lr * g * (1 - mu ** (k + 1))) / (1 - mu);
      expect(v).toBeCloseTo(p, 14);
    });
  });

  it('momentum: the buffer is g at the first step, then μ buf + g', () => {
    // g = 1, then -1: buf = 1, then 0.9 - 1 = -0.1, so p = 0 - 0.1, then -0.1 + 0.01
    expect(run({ name: 'sgd', lr: 0.1, momentum: 0.9 }, 0, [1, -1])).toEqual([expect.closeTo(-0.1, 15), expect.closeTo(-0.09, 15)]);
  });
});

describe('Adam', () => {
  it('a constant g moves p by lr g / (|g| + ε) at every step (bias correction makes m̂ = g, v̂ = g²)', () => {
    const lr = 0.01;
    const got = run({ name: 'adam', lr }, 1, [0.3, 0.3, 0.3, 0.3, 0.3]);
    got.forEach((v, k) => expect(v).toBeCloseTo(1 - ((k + 1) * lr * 0.3) / (0.3 + 1e-8), 13));
  });

  it('g = 1 then -1: the second step is lr (-0.01 / 0.19) / (√(0.001999 / 0.001999) + ε)', () => {
    // step 1: m = 0.1, v = 0.001, m̂ = 1, v̂ = 1; step 2: m = 0.09 - 0.1 = -0.01, v = 0.000999 + 0.001
    // m̂ = -0.01 / (1 - 0.81), v̂ = 0.001999 / (1 - 0.998001) = 1
    const lr = 0.5;
    const [p1, p2] = run({ name: 'adam', lr, betas: [0.9, 0.999], eps: 1e-8 }, 0, [1, -1]);
    expect(p1).toBeCloseTo(-lr / (1 + 1e-8), 14);
    expect(p2! - p1!).toBeCloseTo((lr * (0.01 / 0.19)) / (1 + 1e-8), 12);
  });

  it('uses the given betas and eps: β1 = 0 makes m = g; a huge ε turns Adam into SGD with lr / ε', () => {
    const [a] = run({ name: 'adam', lr: 0.1, betas: [0, 0.5], eps: 1e-8 }, 0, [4]);
    expect(a).toBeCloseTo(-0.1 * (4 / (4 + 1e-8)), 14);
    const [b] = run({ name: 'adam', lr: 1, betas: [0.9, 0.999], eps: 1e6 }, 0, [2]);
    expect(b).toBeCloseTo(-2 / (2 + 1e6), 14);
  });
});

describe('clipping inside the trainer (SGD, lr 1: the update is minus the clipped gradient)', () => {
  const s = spec({ cell: 'lstm', hiddenSize: 3 });

  function fixture(seed: number) {
    const rng = createRng(seed);
    const model = createModel(s, { kind: 'pytorch' }, rng);
    const sample = randomSample(s, 6, rng);
    const probe = modelFromStateDict(s, model.exportStateDict());
    const numeric = numericGradients(probe.params, () => probe.loss(sample));
    const norm = Math.sqrt(numeric.reduce((acc, g) => acc + g.reduce((a, v) => a + v * v, 0), 0));
    return { model, sample, numeric, norm };
  }

  it('by norm: scales by max / (‖g‖ + 1e-6) when that is below 1', () => {
    const { model, sample, numeric, norm } = fixture(1);
    const maxNorm = norm / 4;
    const before = snapshot(model.params);
    const trainer = createTrainer(model, { optimizer: { name: 'sgd', lr: 1 }, clip: { kind: 'norm', maxNorm }, bptt: { kind: 'full' } });
    const out = trainer.train(sample);
    if (!out.ok) throw new Error('diverged');
    const coef = maxNorm / (norm + 1e-6);
    expect(out.report.clipped).toBe(true);
    expect(out.report.gradNorm).toBeCloseTo(norm, 8);
    expect(out.report.gradNormAfterClip).toBeCloseTo(norm * coef, 8);
    model.params.forEach((p, k) => expectClose(p.name, p.w, before[k]!.map((w, j) => w - coef * numeric[k]![j]!)));
  });

  it('by norm: leaves the gradient alone when it is already short enough', () => {
    const { model, sample, numeric, norm } = fixture(2);
    const before = snapshot(model.params);
    const out = createTrainer(model, { optimizer: { name: 'sgd', lr: 1 }, clip: { kind: 'norm', maxNorm: 2 * norm }, bptt: { kind: 'full' } }).train(sample);
    expect(out.ok && !out.report.clipped && out.report.gradNorm === out.report.gradNormAfterClip).toBe(true);
    model.params.forEach((p, k) => expectClose(p.name, p.w, before[k]!.map((w, j) => w - numeric[k]![j]!)));
  });

  it('by value: clamps every entry to [-c, c]', () => {
    const { model, sample, numeric } = fixture(3);
    const all = numeric.flatMap((g) => Array.from(g, Math.abs)).sort((a, b) => a - b);
    const c = all[Math.floor(all.length * 0.8)]!; // a fifth of the entries get clamped
    const before = snapshot(model.params);
    const trainer = createTrainer(model, { optimizer: { name: 'sgd', lr: 1 }, clip: { kind: 'value', value: c }, bptt: { kind: 'full' } });
    const out = trainer.train(sample);
    if (!out.ok) throw new Error('diverged');
    expect(out.report.clipped).toBe(true);
    const clamped = numeric.map((g) => g.map((v) => Math.min(c, Math.max(-c, v))));
    const after = Math.sqrt(clamped.reduce((acc, g) => acc + g.reduce((a, v) => a + v * v, 0), 0));
    expect(out.report.gradNormAfterClip).toBeCloseTo(after, 7);
    model.params.forEach((p, k) => expectClose(p.name, p.w, before[k]!.map((w, j) => w - clamped[k]![j]!)));
  });

  it('setClip and setLearningRate take effect at the next step', () => {
    const { model, sample, numeric, norm } = fixture(4);
    const trainer = createTrainer(model, { optimizer: { name: 'sgd', lr: 1e-9 }, clip: { kind: 'none' }, bptt: { kind: 'full' } });
    trainer.setLearningRate(0.5);
    trainer.setClip({ kind: 'norm', maxNorm: norm / 2 });
    const before = snapshot(model.params);
    const out = trainer.train(sample);
    expect(out.ok && out.report.clipped).toBe(true);
    const coef = norm / 2 / (norm + 1e-6);
    model.params.forEach((p, k) => expectClose(p.name, p.w, before[k]!.map((w, j) => w - 0.5 * coef * numeric[k]![j]!), 1e-6, 1e-8));
  });
});
