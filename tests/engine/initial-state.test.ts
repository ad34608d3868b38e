// Initial and final states, the link that chains an encoder to a decoder:
// ∂L/∂(initial state) against central differences for every cell kind,
// stacked and bidirectional; the final state against running a sequence in
// two halves; gradients pushed into the final state from outside; and the
// whole encoder-decoder pair's gradients against central differences.

import { describe, expect, it } from 'vitest';
import type { Sample } from '../../src/engine/api.ts';
import { createModel, createRng, createTrainer, scoreSequence } from '../../src/engine/index.ts';
import { createSeq2Seq, type Seq2SeqSpec } from '../../src/engine/seq2seq.ts';
import { expectClose, numericGradients, randomSample, spec, type SpecOptions } from './helpers.ts';

const EMB = { kind: 'embedding', vocabSize: 5, embeddingDim: 3 } as const;

const CASES: [string, SpecOptions][] = [
  ['rnn tanh', { cell: 'rnn', hiddenSize: 4 }],
  ['lstm', { cell: 'lstm', hiddenSize: 3, input: EMB }],
  ['gru', { cell: 'gru', hiddenSize: 4 }],
  ['gru reset before', { cell: 'gru', resetAfter: false, hiddenSize: 3 }],
  ['lstm_simple', { cell: 'lstm_simple', hiddenSize: 3 }],
  ['gru, 2 layers', { cell: 'gru', numLayers: 2, hiddenSize: 3, input: EMB }],
  ['lstm, 2 layers', { cell: 'lstm', numLayers: 2, hiddenSize: 3 }],
  ['lstm, bidirectional 2 layers', { cell: 'lstm', numLayers: 2, bidirectional: true, hiddenSize: 2 }],
];

function randomState(n: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => 0.8 * rng.normal());
}

/** Central differences of f with respect to every entry of x. */
function numeric(x: Float64Array, f: () => number, eps = 1e-5): Float64Array {
  const out = new Float64Array(x.length);
  for (let k = 0; k < x.length; k++) {
    const v = x[k]!;
    x[k] = v + eps;
    const up = f();
    x[k] = v - eps;
    const down = f();
    x[k] = v;
    out[k] = (up - down) / (2 * eps);
  }
  return out;
}

describe('initial state', () => {
  for (const [label, o] of CASES) {
    it(`${label}: ∂L/∂(h0, c0) matches central differences`, () => {
      const s = spec(o);
      const model = createModel(s, { kind: 'pytorch' }, createRng(3));
      const layers = o.numLayers ?? 1;
      const dirs = o.bidirectional ? 2 : 1;
      const withC = o.cell === 'lstm' || o.cell === 'lstm_simple';
      expect(model.stateSize).toBe(layers * dirs * (o.hiddenSize ?? 3) * (withC ? 2 : 1));
      const state = randomState(model.stateSize, 11);
      const sample: Sample = { ...randomSample(s, 5, createRng(7)), initialState: state };
      model.lossAndGradients(sample);
      const analytic = model.initialStateGrad();
      const fd = numeric(state, () => model.loss(sample));
      expectClose(`${label} dL/dstate`, analytic, fd, 1e-6, 1e-9);
      expect(analytic.some((v) => Math.abs(v) > 1e-4)).toBe(true);
      // and the weights' gradients still match with a non-zero start
      model.lossAndGradients(sample);
      const grads = model.params.map((p) => p.g.slice());
      const num = numericGradients(model.params, () => model.loss(sample));
      model.params.forEach((p, k) => expectClose(`${label} ${p.name}`, grads[k]!, num[k]!));
    });
  }

  it('defaults to zero: no initial state gives the same loss and gradients as zeros', () => {
    const s = spec({ cell: 'lstm', numLayers: 2, hiddenSize: 3 });
    const model = createModel(s, { kind: 'pytorch' }, createRng(5));
    const sample = randomSample(s, 6, createRng(2));
    const plain = model.lossAndGradients(sample);
    const g = model.params.map((p) => p.g.slice());
    const zero = model.lossAndGradients({ ...sample, initialState: new Float64Array(model.stateSize) });
    expect(zero).toBe(plain);
    model.params.forEach((p, k) => expect(Array.from(p.g)).toEqual(Array.from(g[k]!)));
    // a non-zero state changes the loss, so the comparison above could fail
    expect(model.loss({ ...sample, initialState: randomState(model.stateSize, 1) })).not.toBe(plain);
  });

  it('the final state of the first half, given as the initial state of the second, continues the sequence', () => {
    for (const o of [{ cell: 'lstm', numLayers: 2 }, { cell: 'gru' }, { cell: 'rnn', numLayers: 3 }] as SpecOptions[]) {
      const s = spec({ ...o, hiddenSize: 3, input: EMB });
      const model = createModel(s, { kind: 'pytorch' }, createRng(9));
      const ids = [1, 4, 0, 2, 3, 3, 1, 0];
      model.runStates({ kind: 'ids', ids });
      const whole = model.finalState();
      model.runStates({ kind: 'ids', ids: ids.slice(0, 3) });
      const middle = model.finalState();
      model.runStates({ kind: 'ids', ids: ids.slice(3) }, middle);
      expectClose(`${o.cell} final state`, model.finalState(), whole, 1e-12, 1e-14);
      // the top layer's h in the final state is the last output the telemetry shows
      const H = 3;
      const top = ((o.numLayers ?? 1) - 1) * (o.cell === 'lstm' ? 2 * H : H);
      const t = model.telemetry;
      const last = t.h.subarray((((o.numLayers ?? 1) - 1) * t.maxSteps + t.steps - 1) * H, (((o.numLayers ?? 1) - 1) * t.maxSteps + t.steps) * H);
      expectClose(`${o.cell} top h`, whole.subarray(top, top + H), last, 1e-12, 1e-14);
    }
  });

  it('a gradient pushed into the final state reaches the weights and the initial state (stateGradients)', () => {
    const s = spec({ cell: 'lstm', numLayers: 2, hiddenSize: 3, input: EMB });
    const model = createModel(s, { kind: 'pytorch' }, createRng(4));
    const ids = [2, 0, 4, 1, 3];
    const start = randomState(model.stateSize, 8);
    const d = randomState(model.stateSize, 21);
    const f = () => {
      model.runStates({ kind: 'ids', ids }, start);
      const fin = model.finalState();
      return fin.reduce((acc, v, k) => acc + v * d[k]!, 0);
    };
    f();
    model.stateGradients(d);
    const grads = model.params.map((p) => p.g.slice());
    const dStart = model.initialStateGrad();
    const num = numericGradients(model.params, f);
    model.params.forEach((p, k) => {
      // the head never sees the state: its gradient is zero on both sides
      expectClose(`stateGradients ${p.name}`, grads[k]!, num[k]!);
    });
    expectClose('stateGradients dL/dstart', dStart, numeric(start, f), 1e-6, 1e-9);
    expect(grads[0]!.some((v) => Math.abs(v) > 1e-4)).toBe(true);
  });

  it('the trainer starts from the sample’s initial state, and generation and scoring from zero', () => {
    const s = spec({ cell: 'gru', hiddenSize: 3 });
    const model = createModel(s, { kind: 'pytorch' }, createRng(6));
    const sample = randomSample(s, 5, createRng(1));
    const state = randomState(model.stateSize, 2);
    const withState = model.loss({ ...sample, initialState: state });
    const score0 = scoreSequence(model, [0, 1, 2, 3]).total;
    const trainer = createTrainer(model, { optimizer: { name: 'sgd', lr: 1e-3 }, clip: { kind: 'none' }, bptt: { kind: 'full' } });
    const outcome = trainer.train({ ...sample, initialState: state });
    expect(outcome.ok && outcome.report.loss).toBe(withState);
    // the weights moved; the staged state must not leak into a later pass that has none
    model.loss({ ...sample, initialState: state });
    const score1 = scoreSequence(model, [0, 1, 2, 3]).total;
    const fresh = createModel(s, { kind: 'pytorch' }, createRng(6));
    fresh.importStateDict(model.exportStateDict());
    expect(score1).toBe(scoreSequence(fresh, [0, 1, 2, 3]).total);
    expect(score1).not.toBe(score0);
  });

  it('refuses an initial state of the wrong size or with NaN, naming the field', () => {
    const s = spec({ cell: 'lstm', hiddenSize: 3 });
    const model = createModel(s, { kind: 'pytorch' }, createRng(6));
    const sample = randomSample(s, 4, createRng(1));
    expect(() => model.loss({ ...sample, initialState: [1, 2] })).toThrow(/sample\.initialState: expected 6 values/);
    expect(() => model.loss({ ...sample, initialState: [0, 0, 0, 0, Number.NaN, 0] })).toThrow(/sample\.initialState\[4\]: expected a finite number/);
  });
});

describe('encoder-decoder', () => {
  for (const cell of ['gru', 'lstm', 'rnn'] as const) {
    for (const numLayers of [1, 2]) {
      it(`${cell}, ${numLayers} layer(s): every gradient of the pair matches central differences`, () => {
        const s2s: Seq2SeqSpec = {
          cell,
          hiddenSize: 3,
          embeddingDim: 2,
          numLayers,
          sourceVocab: 5,
          targetVocab: 6,
          bos: 0,
          eos: 1,
          maxSource: 8,
          maxTarget: 8,
        };
        const m = createSeq2Seq(s2s, { kind: 'pytorch' }, createRng(12));
        const sample: Sample = { inputs: { kind: 'ids', ids: [3, 0, 4, 2] }, targets: { kind: 'ids', ids: [2, 5, 3, 1] } };
        m.lossAndGradients(sample);
        const analytic = m.params.map((p) => p.g.slice());
        const num = numericGradients(m.params, () => m.loss(sample));
        m.params.forEach((p, k) => expectClose(`${cell} ${p.name}`, analytic[k]!, num[k]!));
        // the encoder learns only through the decoder's initial state: its gradient must not be zero
        const enc = m.params.findIndex((p) => p.name === 'encoder.rnn.weight_hh_l0');
        expect(analytic[enc]!.some((v) => Math.abs(v) > 1e-5)).toBe(true);
        expect(m.params.map((p) => p.name)).toContain('decoder.head.weight');
        expect(m.params.map((p) => p.name)).not.toContain('encoder.head.weight');
      });
    }
  }
});
