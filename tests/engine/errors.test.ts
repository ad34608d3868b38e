// Bad input from JavaScript callers: every error names the field, what was
// expected and what was given.

import { describe, expect, it } from 'vitest';
import type { ModelSpec, Sample, TrainerOptions } from '../../src/engine/api.ts';
import { createModel, createRng, createTrainer, modelFromStateDict } from '../../src/engine/index.ts';
import { spec } from './helpers.ts';

const good = spec({ cell: 'lstm' });
const make = (s: unknown, options?: unknown) => createModel(s as ModelSpec, { kind: 'pytorch' }, createRng(1), options as undefined);
const withRnn = (rnn: Record<string, unknown>) => ({ ...good, rnn: { ...good.rnn, ...rnn } });

describe('model spec', () => {
  const cases: [string, unknown, string][] = [
    ['unknown cell', withRnn({ cell: 'transformer' }), 'spec.rnn.cell: expected one of rnn, lstm, lstm_simple, gru, got "transformer"'],
    ['unknown activation', withRnn({ cell: 'rnn', activation: 'softplus' }), 'spec.rnn.activation: expected one of tanh, relu, sigmoid, identity, got "softplus"'],
    ['hidden size 0', withRnn({ hiddenSize: 0 }), 'spec.rnn.hiddenSize: expected an integer in [1, 4096], got 0'],
    ['fractional layers', withRnn({ numLayers: 1.5 }), 'spec.rnn.numLayers: expected an integer in [1, 16], got 1.5'],
    ['bidirectional as a string', withRnn({ bidirectional: 'yes' }), 'spec.rnn.bidirectional: expected true or false, got "yes"'],
    ['resetAfter as a number', withRnn({ cell: 'gru', resetAfter: 1 }), 'spec.rnn.resetAfter: expected true or false, got 1'],
    ['unknown input', { ...good, input: { kind: 'image' } }, 'spec.input.kind: expected one of onehot, embedding, dense, got "image"'],
    ['vocabulary NaN', { ...good, input: { kind: 'onehot', vocabSize: NaN } }, 'spec.input.vocabSize: expected an integer in [1, 1048576], got NaN'],
    ['no embedding size', { ...good, input: { kind: 'embedding', vocabSize: 4 } }, 'spec.input.embeddingDim: expected an integer in [1, 4096], got undefined'],
    ['unknown head', { ...good, head: 'every_step' }, 'spec.head: expected one of per_step, last_step, mean_pool, got "every_step"'],
    ['unknown loss', { ...good, loss: 'hinge' }, 'spec.loss: expected one of cross_entropy, mse, got "hinge"'],
    ['output size -1', { ...good, outputSize: -1 }, 'spec.outputSize: expected an integer in [1, 1048576], got -1'],
    ['no spec', null, 'spec: expected an object, got null'],
    ['no rnn', { ...good, rnn: undefined }, 'spec.rnn: expected an object, got undefined'],
  ];
  for (const [label, s, message] of cases) {
    it(label, () => expect(() => make(s)).toThrow(message));
  }

  it('maxSteps', () => {
    expect(() => make(good, { maxSteps: 0 })).toThrow('options.maxSteps: expected an integer in [1, 1048576], got 0');
  });

  it('no rng', () => {
    expect(() => createModel(good, { kind: 'pytorch' }, 42 as never)).toThrow('rng: expected an Rng from createRng(seed), got 42');
  });

  it('unknown init', () => {
    expect(() => createModel(good, { kind: 'xavier' } as never, createRng(1))).toThrow(/init\.kind: expected one of .*got "xavier"/);
  });
});

describe('trainer options', () => {
  const model = make(good);
  const base: TrainerOptions = { optimizer: { name: 'adam', lr: 0.01 }, clip: { kind: 'none' }, bptt: { kind: 'full' } };
  const cases: [string, unknown, string][] = [
    ['unknown optimizer', { ...base, optimizer: { name: 'rmsprop', lr: 0.1 } }, 'optimizer.name: expected one of sgd, adam, got "rmsprop"'],
    ['lr 0', { ...base, optimizer: { name: 'sgd', lr: 0 } }, 'optimizer.lr: expected a finite number > 0, got 0'],
    ['lr NaN', { ...base, optimizer: { name: 'adam', lr: NaN } }, 'optimizer.lr: expected a finite number > 0, got NaN'],
    ['momentum 1', { ...base, optimizer: { name: 'sgd', lr: 0.1, momentum: 1 } }, 'optimizer.momentum: expected a number in [0, 1), got 1'],
    ['beta2 1.5', { ...base, optimizer: { name: 'adam', lr: 0.1, betas: [0.9, 1.5] } }, 'optimizer.betas[1]: expected a number in [0, 1), got 1.5'],
    ['eps 0', { ...base, optimizer: { name: 'adam', lr: 0.1, eps: 0 } }, 'optimizer.eps: expected a finite number > 0, got 0'],
    ['unknown clip', { ...base, clip: { kind: 'soft' } }, 'clip.kind: expected one of none, norm, value, got "soft"'],
    ['clip norm -1', { ...base, clip: { kind: 'norm', maxNorm: -1 } }, 'clip.maxNorm: expected a finite number > 0, got -1'],
    ['clip value Infinity', { ...base, clip: { kind: 'value', value: Infinity } }, 'clip.value: expected a finite number > 0, got Infinity'],
    ['unknown bptt', { ...base, bptt: { kind: 'partial' } }, 'bptt.kind: expected one of full, truncated, got "partial"'],
  ];
  for (const [label, o, message] of cases) {
    it(label, () => expect(() => createTrainer(model, o as TrainerOptions)).toThrow(message));
  }

  it('setLearningRate and setClip check their argument and keep the old setting on error', () => {
    const t = createTrainer(model, base);
    expect(() => t.setLearningRate(-1)).toThrow('lr: expected a finite number > 0, got -1');
    expect(() => t.setClip({ kind: 'norm', maxNorm: NaN })).toThrow('clip.maxNorm: expected a finite number > 0, got NaN');
    expect(t.train({ inputs: { kind: 'ids', ids: [1, 2] }, targets: { kind: 'ids', ids: [0, 1] } }).ok).toBe(true);
  });

  it('a model not made by the engine', () => {
    expect(() => createTrainer({} as never, base)).toThrow('model: expected a model made by createModel or modelFromStateDict, got an object');
  });
});

describe('samples', () => {
  const onehot = make(good);
  const ids = (xs: unknown[], ys: unknown[] = xs.map(() => 0)): Sample => ({ inputs: { kind: 'ids', ids: xs as number[] }, targets: { kind: 'ids', ids: ys as number[] } });
  const cases: [string, unknown, string][] = [
    ['id outside the vocabulary', ids([0, 1, 2, 7]), 'inputs.ids[3]: expected an id in [0, 4), got 7'],
    ['negative id', ids([-1]), 'inputs.ids[0]: expected an id in [0, 4), got -1'],
    ['fractional id', ids([0, 1.5]), 'inputs.ids[1]: expected an id in [0, 4), got 1.5'],
    ['string id', ids(['b']), 'inputs.ids[0]: expected an id in [0, 4), got "b"'],
    ['empty sequence', ids([]), 'inputs.ids: expected at least one step, got "an empty sequence"'],
    ['target outside', ids([0, 1], [0, 4]), 'targets.ids[1]: expected an id in [0, 4), got 4'],
    ['too few targets', ids([0, 1, 2], [0, 1]), 'targets.ids: expected one per step (3) ids, got an array of length 2'],
    ['dense inputs to a token model', { inputs: { kind: 'dense', steps: 1, x: [0] }, targets: { kind: 'ids', ids: [0] } }, "inputs.kind: expected 'ids' (the model reads onehot tokens), got \"dense\""],
    ['values as targets for cross-entropy', { inputs: { kind: 'ids', ids: [0] }, targets: { kind: 'values', y: [0] } }, "targets.kind: expected 'ids' (cross-entropy targets are class ids), got \"values\""],
    ['no inputs', { targets: { kind: 'ids', ids: [0] } }, 'inputs: expected an object, got undefined'],
    ['ids not an array', { inputs: { kind: 'ids', ids: 'bill' }, targets: { kind: 'ids', ids: [0] } }, 'inputs.ids: expected an array of numbers, got "bill"'],
  ];
  for (const [label, sample, message] of cases) {
    it(label, () => expect(() => onehot.lossAndGradients(sample as Sample)).toThrow(message));
  }

  it('dense and mse samples', () => {
    const m = make(spec({ cell: 'gru', input: { kind: 'dense', inputSize: 2 }, head: 'last_step', loss: 'mse', outputSize: 3 }));
    const x = Float64Array.of(1, 2, 3, NaN);
    expect(() => m.loss({ inputs: { kind: 'dense', steps: 2, x }, targets: { kind: 'values', y: new Float64Array(3) } })).toThrow(
      'inputs.x[3]: expected a finite number, got NaN',
    );
    expect(() => m.loss({ inputs: { kind: 'dense', steps: 2, x: [1, 2, 3] }, targets: { kind: 'values', y: [0, 0, 0] } } as never)).toThrow(
      'inputs.x: expected 2 x 2 = 4 values, got an array of length 3',
    );
    expect(() => m.loss({ inputs: { kind: 'dense', steps: 0, x: [] }, targets: { kind: 'values', y: [0, 0, 0] } } as never)).toThrow(
      'inputs.steps: expected an integer >= 1, got 0',
    );
    expect(() => m.loss({ inputs: { kind: 'dense', steps: 1, x: [1, 2] }, targets: { kind: 'values', y: [0, 0] } } as never)).toThrow(
      'targets.y: expected 1 x 3 = 3 values (one (last_step head)), got an array of length 2',
    );
    expect(() => m.loss({ inputs: { kind: 'dense', steps: 1, x: [1, 2] }, targets: { kind: 'values', y: [0, Infinity, 0] } } as never)).toThrow(
      'targets.y[1]: expected a finite number, got Infinity',
    );
  });
});

describe('state dicts and parameter names', () => {
  const m = make(good);

  it('round-trips exactly', () => {
    const copy = modelFromStateDict(good, JSON.parse(JSON.stringify(m.exportStateDict())));
    m.params.forEach((p, k) => expect(copy.params[k]!.w).toEqual(p.w));
  });

  it('names the missing, unknown, misshapen or non-finite entry, and changes nothing on error', () => {
    const dict = m.exportStateDict();
    const before = m.param('head.bias').w.slice();
    const without = { ...dict };
    delete without['head.bias'];
    expect(() => m.importStateDict(without)).toThrow(/^stateDict\.head\.bias: missing/);
    expect(() => m.importStateDict({ ...dict, 'rnn.weight_xx': [1] })).toThrow(/^stateDict: unknown parameter "rnn.weight_xx"; expected rnn\.weight_ih_l0, /);
    expect(() => m.importStateDict({ ...dict, 'rnn.weight_hh_l0': [[1, 2, 3]] })).toThrow('rnn.weight_hh_l0: expected shape 12x3, got 1x3');
    const bad = JSON.parse(JSON.stringify(dict)) as Record<string, number[]>;
    bad['head.bias']![2] = NaN;
    bad['head.weight'] = dict['head.weight'] as never;
    expect(() => m.importStateDict(bad)).toThrow('head.bias[2]: expected a finite number, got NaN');
    expect(m.param('head.bias').w).toEqual(before);
  });

  it('an unknown parameter name lists the known ones', () => {
    expect(() => m.param('rnn.weight_hh_l1')).toThrow(/^param: expected one of rnn\.weight_ih_l0, .*head\.bias, got "rnn\.weight_hh_l1"$/);
  });
});
