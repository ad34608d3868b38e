// A diverging update is refused: the weights and the optimizer state stay as
// they were before it, and training can resume with other settings.

import { describe, expect, it } from 'vitest';
import { createModel, createRng, createTrainer, modelFromStateDict } from '../../src/engine/index.ts';
import type { RecurrentModel } from '../../src/engine/model.ts';
import { randomSample, snapshot, spec } from './helpers.ts';

/** An exploding ReLU net: W_hh = 3 I, so gradients grow like 3^T. */
function exploding(T: number, seed = 1) {
  const s = spec({ cell: 'rnn', activation: 'relu', hiddenSize: 4 });
  const model = createModel(s, { kind: 'identity', scale: 3 }, createRng(seed));
  return { s, model, sample: randomSample(s, T, createRng(seed + 1)) };
}

function sameWeights(m: RecurrentModel, before: Float64Array[]): boolean {
  return m.params.every((p, k) => p.w.every((v, j) => Object.is(v, before[k]![j])));
}

describe('divergence', () => {
  it('a huge learning rate on an exploding net: reported with its step, weights and Adam state kept, then resumable', () => {
    const { model, sample } = exploding(30);
    const opts = { optimizer: { name: 'adam' as const, lr: 1e-3 }, clip: { kind: 'none' as const }, bptt: { kind: 'full' as const } };
    const trainer = createTrainer(model, opts);
    for (let k = 0; k < 3; k++) expect(trainer.train(sample).ok).toBe(true);
    const before = snapshot(model.params);

    trainer.setLearningRate(1e306);
    const out = trainer.train(sample);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.diverged.step).toBe(4);
    expect(out.diverged.reason).toBe('gradient');
    expect(out.diverged.maxGradNorm).toBeGreaterThan(1e6);
    expect(trainer.step).toBe(3);
    expect(sameWeights(model, before)).toBe(true);

    // resumed with a small rate, the run is bit for bit one that never tried the bad step
    trainer.setLearningRate(1e-3);
    const resumed = trainer.train(sample);
    expect(resumed.ok && resumed.report.step === 4).toBe(true);
    const clean = exploding(30).model;
    const replay = createTrainer(clean, opts);
    for (let k = 0; k < 4; k++) replay.train(sample);
    expect(sameWeights(model, snapshot(clean.params))).toBe(true);
  });

  it('a non-finite loss (the forward pass overflows): reported as "loss", weights untouched', () => {
    const s = spec({ cell: 'rnn', activation: 'identity', hiddenSize: 3 });
    const model = createModel(s, { kind: 'identity', scale: 1e3 }, createRng(1));
    const sample = randomSample(s, 120, createRng(2));
    expect(Number.isFinite(model.lossAndGradients(sample))).toBe(false);
    const before = snapshot(model.params);
    const trainer = createTrainer(model, { optimizer: { name: 'sgd', lr: 0.1, momentum: 0.9 }, clip: { kind: 'norm', maxNorm: 1 }, bptt: { kind: 'full' } });
    const out = trainer.train(sample);
    expect(out).toEqual({ ok: false, diverged: { step: 1, reason: 'loss', maxGradNorm: Infinity } });
    expect(sameWeights(model, before)).toBe(true);
  });

  it('SGD momentum is restored too: a refused step leaves no trace in the buffer', () => {
    const { model, sample } = exploding(30, 3);
    const twin = modelFromStateDict(model.spec, model.exportStateDict());
    const opts = { optimizer: { name: 'sgd' as const, lr: 1e-6, momentum: 0.9 }, clip: { kind: 'none' as const }, bptt: { kind: 'full' as const } };
    const a = createTrainer(model, opts);
    const b = createTrainer(twin, opts);
    a.train(sample);
    b.train(sample);
    a.setLearningRate(1e306);
    expect(a.train(sample).ok).toBe(false);
    a.setLearningRate(1e-6);
    a.train(sample);
    b.train(sample);
    expect(sameWeights(model, snapshot(twin.params))).toBe(true);
  });

  it('a NaN written into the weights is bad input, not divergence', () => {
    const { model, sample } = exploding(5);
    model.param('rnn.weight_hh_l0').w[5] = NaN;
    expect(() => model.loss(sample)).toThrow('rnn.weight_hh_l0[5]: expected a finite weight, got NaN');
    const trainer = createTrainer(model, { optimizer: { name: 'sgd', lr: 0.1 }, clip: { kind: 'none' }, bptt: { kind: 'full' } });
    expect(() => trainer.train(sample)).toThrow('rnn.weight_hh_l0[5]: expected a finite weight, got NaN');
  });

  it('a NaN in a weight the sample never reads is caught at the update', () => {
    const s = spec({ cell: 'lstm', input: { kind: 'onehot', vocabSize: 6 }, outputSize: 6 });
    const model = createModel(s, { kind: 'pytorch' }, createRng(1));
    // column 5 of W_ih is read only by token 5, which the sample does not contain
    model.param('rnn.weight_ih_l0').w[5] = NaN;
    const sample = { inputs: { kind: 'ids' as const, ids: [0, 1, 2] }, targets: { kind: 'ids' as const, ids: [1, 2, 3] } };
    expect(Number.isFinite(model.loss(sample))).toBe(true);
    const trainer = createTrainer(model, { optimizer: { name: 'adam', lr: 0.1 }, clip: { kind: 'none' }, bptt: { kind: 'full' } });
    expect(() => trainer.train(sample)).toThrow('rnn.weight_ih_l0[5]: expected a finite weight, got NaN');
  });
});
