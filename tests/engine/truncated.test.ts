// Truncated BPTT, checked against its definition with central differences:
// window w's update is -lr times the finite-difference gradient of that
// window's loss, with the state entering the window held fixed (the state
// the previous window ended in, computed before that window's update).

import { describe, expect, it } from 'vitest';
import type { Sample } from '../../src/engine/api.ts';
import { createModel, createRng, createTrainer, modelFromStateDict } from '../../src/engine/index.ts';
import type { RecurrentModel } from '../../src/engine/model.ts';
import { expectClose, numericGradients, randomSample, spec, type SpecOptions } from './helpers.ts';

interface State {
  h: Float64Array[];
  c: Float64Array[];
}

function zeroState(m: RecurrentModel): State {
  return { h: m.stack.streams.map((s) => new Float64Array(s.H)), c: m.stack.streams.map((s) => new Float64Array(s.c0.length)) };
}

/** Steps [t0, t1) of a sample (ids input); a last_step target stays the sample's. */
function slice(m: RecurrentModel, s: Sample, t0: number, t1: number): Sample {
  const ids = Array.from((s.inputs as { ids: ArrayLike<number> }).ids).slice(t0, t1);
  if (m.spec.head === 'last_step') return { inputs: { kind: 'ids', ids }, targets: s.targets };
  const y = Array.from((s.targets as { ids: ArrayLike<number> }).ids).slice(t0, t1);
  return { inputs: { kind: 'ids', ids }, targets: { kind: 'ids', ids: y } };
}

/** The loss of a sub-sequence run from a given entering state. */
function lossFrom(m: RecurrentModel, s: Sample, state: State): number {
  const T = m.load(s);
  m.stack.streams.forEach((st, k) => {
    st.h0.set(state.h[k]!);
    st.c0.set(state.c[k]!);
  });
  return m.forwardRange(0, T);
}

/** The state after the latest forward pass. */
function finalState(m: RecurrentModel): State {
  const T = m.steps;
  const at = (buf: Float64Array, s: { base: number; H: number }): Float64Array => buf.slice(s.base + (T - 1) * s.H, s.base + T * s.H);
  return {
    h: m.stack.streams.map((s) => at(m.stack.h, s)),
    c: m.stack.streams.map((s) => (s.c0.length > 0 ? at(m.stack.c, s) : new Float64Array(0))),
  };
}

/** Plain SGD through the windows, by the definition; returns the mean window loss and the state it ends in. */
function simulate(m: RecurrentModel, s: Sample, T: number, k: number, lr: number, entering: State): { loss: number; state: State } {
  let state = entering;
  let sum = 0;
  let updates = 0;
  for (let t0 = 0; t0 < T; t0 += k) {
    const t1 = Math.min(T, t0 + k);
    const sub = slice(m, s, t0, t1);
    const scored = m.spec.head === 'per_step' || t1 === T;
    if (scored) {
      const grads = numericGradients(m.params, () => lossFrom(m, sub, state));
      sum += lossFrom(m, sub, state);
      updates += 1;
      const next = finalState(m);
      m.params.forEach((p, i) => p.w.forEach((w, j) => (p.w[j] = w - lr * grads[i]![j]!)));
      state = next;
    } else {
      lossFrom(m, sub, state);
      state = finalState(m);
    }
  }
  return { loss: sum / updates, state };
}

function setup(o: SpecOptions, T: number, seed: number) {
  const rng = createRng(seed);
  const s = spec(o);
  const model = createModel(s, { kind: 'pytorch' }, rng);
  const twin = modelFromStateDict(s, model.exportStateDict());
  return { model, twin, samples: [randomSample(s, T, rng), randomSample(s, T, rng)] };
}

function expectSameWeights(a: RecurrentModel, b: RecurrentModel): void {
  a.params.forEach((p, k) => expectClose(p.name, p.w, b.params[k]!.w, 1e-7, 1e-9));
}

describe('truncated BPTT', () => {
  const lr = 0.3;

  it('makes one update per window, each by the gradient of its own loss from the carried state (LSTM)', () => {
    const { model, twin, samples } = setup({ cell: 'lstm', hiddenSize: 3 }, 7, 1);
    const trainer = createTrainer(model, { optimizer: { name: 'sgd', lr }, clip: { kind: 'none' }, bptt: { kind: 'truncated', window: 3 } });
    const outcome = trainer.train(samples[0]!);
    if (!outcome.ok) throw new Error('diverged');
    expect(trainer.step).toBe(3);
    const sim = simulate(twin, samples[0]!, 7, 3, lr, zeroState(twin));
    expect(outcome.report.loss).toBeCloseTo(sim.loss, 9);
    expectSameWeights(model, twin);
  });

  it('differs from full BPTT, which it equals when the window covers the sequence', () => {
    const a = setup({ cell: 'gru', numLayers: 2 }, 6, 2);
    const full = createTrainer(a.model, { optimizer: { name: 'sgd', lr }, clip: { kind: 'none' }, bptt: { kind: 'full' } });
    const wide = createTrainer(a.twin, { optimizer: { name: 'sgd', lr }, clip: { kind: 'none' }, bptt: { kind: 'truncated', window: 6 } });
    full.train(a.samples[0]!);
    wide.train(a.samples[0]!);
    a.model.params.forEach((p, k) => expect(p.w).toEqual(a.twin.params[k]!.w));
    const b = setup({ cell: 'gru', numLayers: 2 }, 6, 2);
    createTrainer(b.twin, { optimizer: { name: 'sgd', lr }, clip: { kind: 'none' }, bptt: { kind: 'truncated', window: 2 } }).train(b.samples[0]!);
    expect(b.twin.params[1]!.w).not.toEqual(a.model.params[1]!.w);
  });

  it('with a last_step head, runs the early windows forward only and updates once (2-layer GRU)', () => {
    const { model, twin, samples } = setup({ cell: 'gru', resetAfter: false, numLayers: 2, head: 'last_step' }, 8, 3);
    const trainer = createTrainer(model, { optimizer: { name: 'sgd', lr }, clip: { kind: 'none' }, bptt: { kind: 'truncated', window: 3 } });
    trainer.train(samples[0]!);
    expect(trainer.step).toBe(1);
    simulate(twin, samples[0]!, 8, 3, lr, zeroState(twin));
    expectSameWeights(model, twin);
  });

  it('starts each sample from zero, or from the state the last one ended in with carryState', () => {
    for (const carry of [false, true]) {
      const { model, twin, samples } = setup({ cell: 'lstm_simple', hiddenSize: 2 }, 5, 4);
      const trainer = createTrainer(model, {
        optimizer: { name: 'sgd', lr },
        clip: { kind: 'none' },
        bptt: { kind: 'truncated', window: 2, carryState: carry },
      });
      trainer.train(samples[0]!);
      trainer.train(samples[1]!);
      const first = simulate(twin, samples[0]!, 5, 2, lr, zeroState(twin));
      simulate(twin, samples[1]!, 5, 2, lr, carry ? first.state : zeroState(twin));
      expectSameWeights(model, twin);
    }
  });

  it('forgets the carried state on resetState()', () => {
    const { model, twin, samples } = setup({ cell: 'rnn', hiddenSize: 3 }, 4, 5);
    const trainer = createTrainer(model, { optimizer: { name: 'sgd', lr }, clip: { kind: 'none' }, bptt: { kind: 'truncated', window: 3, carryState: true } });
    trainer.train(samples[0]!);
    trainer.resetState();
    trainer.train(samples[1]!);
    simulate(twin, samples[0]!, 4, 3, lr, zeroState(twin));
    simulate(twin, samples[1]!, 4, 3, lr, zeroState(twin));
    expectSameWeights(model, twin);
  });

  it('refuses a bidirectional model and a bad window', () => {
    const { model } = setup({ cell: 'rnn', bidirectional: true }, 4, 6);
    expect(() => createTrainer(model, { optimizer: { name: 'sgd', lr }, clip: { kind: 'none' }, bptt: { kind: 'truncated', window: 2 } })).toThrow(
      /^bptt\.kind: expected full for a bidirectional model .*got truncated$/,
    );
    const uni = setup({ cell: 'rnn' }, 4, 6).model;
    expect(() => createTrainer(uni, { optimizer: { name: 'sgd', lr }, clip: { kind: 'none' }, bptt: { kind: 'truncated', window: 0 } })).toThrow(
      'bptt.window: expected an integer >= 1, got 0',
    );
  });
});
