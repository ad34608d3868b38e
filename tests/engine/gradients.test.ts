// Backpropagation against central finite differences for what the PyTorch
// cases do not cover: every vanilla activation, the simple LSTM and both GRU
// conventions in stacked bidirectional layers, embedding and dense inputs
// with last_step heads and MSE, and the gradients reaching x_t, h0 and c0.

import { describe, expect, it } from 'vitest';
import type { Param } from '../../src/engine/api.ts';
import { createModel, createRng } from '../../src/engine/index.ts';
import { createParamStore, recurrentShapes } from '../../src/engine/params.ts';
import { checkCellConfig } from '../../src/engine/spec.ts';
import { RecurrentStack } from '../../src/engine/stack.ts';
import { checkModelGradients, expectClose, numericGradients, randomSample, spec, type SpecOptions } from './helpers.ts';

const MODELS: [string, SpecOptions, number][] = [
  ['rnn sigmoid', { cell: 'rnn', activation: 'sigmoid' }, 6],
  ['rnn identity', { cell: 'rnn', activation: 'identity' }, 6],
  ['rnn relu, 2 layers', { cell: 'rnn', activation: 'relu', numLayers: 2, hiddenSize: 4 }, 5],
  ['rnn identity, bidirectional 2 layers', { cell: 'rnn', activation: 'identity', numLayers: 2, bidirectional: true }, 5],
  ['rnn sigmoid, bidirectional 3 layers', { cell: 'rnn', activation: 'sigmoid', numLayers: 3, bidirectional: true }, 4],
  ['lstm_simple, bidirectional 2 layers', { cell: 'lstm_simple', numLayers: 2, bidirectional: true }, 5],
  ['gru reset after, bidirectional 2 layers', { cell: 'gru', resetAfter: true, numLayers: 2, bidirectional: true }, 5],
  ['gru reset before, bidirectional 2 layers', { cell: 'gru', resetAfter: false, numLayers: 2, bidirectional: true }, 5],
  ['gru reset before, 3 layers', { cell: 'gru', resetAfter: false, numLayers: 3 }, 6],
  ['lstm, bidirectional 2 layers', { cell: 'lstm', numLayers: 2, bidirectional: true }, 4],
  [
    'embedding lstm, last_step, mse',
    { cell: 'lstm', input: { kind: 'embedding', vocabSize: 5, embeddingDim: 3 }, head: 'last_step', loss: 'mse', outputSize: 2 },
    6,
  ],
  [
    'embedding gru (reset before), per_step cross-entropy',
    { cell: 'gru', resetAfter: false, input: { kind: 'embedding', vocabSize: 6, embeddingDim: 2 }, outputSize: 6 },
    5,
  ],
  [
    'dense lstm_simple, last_step, mse',
    { cell: 'lstm_simple', input: { kind: 'dense', inputSize: 3 }, head: 'last_step', loss: 'mse', outputSize: 2 },
    6,
  ],
  [
    'dense gru (reset after), last_step, cross-entropy, 2 layers',
    { cell: 'gru', input: { kind: 'dense', inputSize: 2 }, head: 'last_step', numLayers: 2, outputSize: 3 },
    5,
  ],
  [
    'dense rnn tanh, bidirectional, per_step mse',
    { cell: 'rnn', input: { kind: 'dense', inputSize: 2 }, bidirectional: true, loss: 'mse', outputSize: 3 },
    5,
  ],
];

describe('model gradients match central differences', () => {
  for (const [label, o, T] of MODELS) {
    it(label, () => {
      const rng = createRng(11);
      const s = spec(o);
      const model = createModel(s, { kind: 'pytorch' }, rng);
      checkModelGradients(label, model, randomSample(s, T, rng));
    });
  }

  it('a single-step sequence', () => {
    const rng = createRng(5);
    const s = spec({ cell: 'lstm', numLayers: 2 });
    checkModelGradients('T = 1', createModel(s, { kind: 'pytorch' }, rng), randomSample(s, 1, rng));
  });
});

/** A stack alone with loss Σ output ⊙ dy, as in the PyTorch layer cases. */
function stackProblem(o: SpecOptions, I: number, T: number, seed: number) {
  const rng = createRng(seed);
  const cfg = checkCellConfig('rnn', spec(o).rnn);
  const store = createParamStore(recurrentShapes(cfg, I, ''));
  for (const p of store.params) for (let k = 0; k < p.w.length; k++) p.w[k] = 0.6 * rng.normal();
  const stack = new RecurrentStack({ cfg, inputKind: 'dense', inputSize: I, maxSteps: T, inputGrad: true, param: (n) => store.param(n) });
  for (let k = 0; k < T * I; k++) stack.x[k] = rng.normal();
  for (const s of stack.streams) {
    for (let j = 0; j < s.h0.length; j++) s.h0[j] = 0.5 * rng.normal();
    for (let j = 0; j < s.c0.length; j++) s.c0[j] = 0.5 * rng.normal();
  }
  const width = stack.dirs * cfg.hiddenSize;
  const dy = Float64Array.from({ length: T * width }, () => rng.normal());
  const loss = (): number => {
    stack.forward(0, T);
    const out = stack.out[stack.layers - 1]!;
    let sum = 0;
    for (let k = 0; k < T * width; k++) sum += out[k]! * dy[k]!;
    return sum;
  };
  return { stack, store, dy, loss };
}

/** x, every h0 and every c0 of a stack as Params, so central differences can walk them like weights. */
function inputsAsParams(stack: RecurrentStack, T: number, I: number): Param[] {
  const list: Param[] = [{ name: 'x', rows: T, cols: I, w: stack.x.subarray(0, T * I), g: stack.dx.subarray(0, T * I) }];
  stack.streams.forEach((s, k) => {
    list.push({ name: `h0[${k}]`, rows: 1, cols: s.H, w: s.h0, g: s.dh0 });
    if (s.c0.length > 0) list.push({ name: `c0[${k}]`, rows: 1, cols: s.H, w: s.c0, g: s.dc0 });
  });
  return list;
}

describe('stack gradients for x_t, h0 and c0 match central differences', () => {
  const STACKS: [string, SpecOptions][] = [
    ['rnn tanh', { cell: 'rnn', activation: 'tanh', numLayers: 2, bidirectional: true }],
    ['rnn sigmoid', { cell: 'rnn', activation: 'sigmoid', numLayers: 2, bidirectional: true }],
    ['rnn identity', { cell: 'rnn', activation: 'identity', numLayers: 3 }],
    ['lstm', { cell: 'lstm', numLayers: 2, bidirectional: true }],
    ['lstm_simple', { cell: 'lstm_simple', numLayers: 3, bidirectional: true }],
    ['gru reset after', { cell: 'gru', resetAfter: true, numLayers: 2, bidirectional: true }],
    ['gru reset before', { cell: 'gru', resetAfter: false, numLayers: 3, bidirectional: true }],
  ];
  const LARGER: [string, SpecOptions][] = [
    ['lstm, H = 9, T = 13 (every kernel tail)', { cell: 'lstm', numLayers: 2, bidirectional: true, hiddenSize: 9 }],
    ['gru reset before, H = 9, T = 13', { cell: 'gru', resetAfter: false, numLayers: 2, bidirectional: true, hiddenSize: 9 }],
  ];
  for (const [label, o] of [...STACKS.map(([l, so]): [string, SpecOptions] => [l, { ...so, hiddenSize: 4 }]), ...LARGER]) {
    it(label, () => {
      const T = o.hiddenSize === 9 ? 13 : 5;
      const I = 3;
      const { stack, store, dy, loss } = stackProblem(o, I, T, 3);
      loss();
      stack.dOut[stack.layers - 1]!.set(dy);
      store.g.fill(0);
      stack.backward(0, T);
      const all = [...store.params, ...inputsAsParams(stack, T, I)];
      const analytic = all.map((p) => p.g.slice());
      const numeric = numericGradients(all, loss);
      all.forEach((p, k) => expectClose(`${label} ${p.name}`, analytic[k]!, numeric[k]!));
      expect(analytic.every((g) => g.some((v) => v !== 0))).toBe(true);
    });
  }
});
