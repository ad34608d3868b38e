// This project's engine as a benchmark contestant: the same network, data,
// optimizer and learning rate as the peer, through the public API only.

import type { Contestant } from './contestant.ts';
import type { ModelSpec, Sample } from '../src/engine/api.ts';
import { createModel, createRng, createTrainer } from '../src/engine/index.ts';
import { LEARNING_RATE, type BenchSetting, type Sequence } from './settings.ts';

export function createEngineContestant(setting: BenchSetting, sequences: readonly Sequence[], seed: number): Contestant {
  const spec: ModelSpec = {
    input: { kind: 'onehot', vocabSize: setting.vocab },
    rnn: { cell: setting.cell, hiddenSize: setting.hidden, numLayers: 1, bidirectional: false },
    head: 'per_step',
    outputSize: setting.vocab,
    loss: 'cross_entropy',
  };
  const model = createModel(spec, { kind: 'pytorch' }, createRng(seed), { maxSteps: setting.steps });
  const trainer = createTrainer(model, {
    optimizer: { name: 'adam', lr: LEARNING_RATE },
    clip: { kind: 'none' },
    bptt: { kind: 'full' },
  });
  const samples: Sample[] = sequences.map((s) => ({
    inputs: { kind: 'ids', ids: s.inputs },
    targets: { kind: 'ids', ids: s.targets },
  }));

  let next = 0;
  let last = NaN;
  return {
    engine: 'unrolled',
    form: 'engine',
    activate: () => Promise.resolve(),
    step() {
      const outcome = trainer.train(samples[next]!);
      next = (next + 1) % samples.length;
      if (!outcome.ok) throw new Error(`${setting.name}: the engine diverged at step ${outcome.diverged.step}`);
      last = outcome.report.loss;
    },
    lastLoss: () => last,
    dispose() {},
  };
}
