import { describe, expect, it } from 'vitest';
import { buildEngineRun } from '../../src/worker/engine-run.ts';
import type { RunConfig } from '../../src/worker/protocol.ts';

const TEXT = 'The cat sat on the mat. The dog sat on the log. The cat and the dog sat on the mat.';

function config(feeding: 'teacher' | 'free', level: 'word' | 'char' = 'word'): RunConfig {
  return {
    task: { kind: 'textlm', text: TEXT, level, minCount: 1, cell: 'gru', hiddenSize: 8, embeddingDim: 4, window: 6, feeding },
    seed: 3,
    init: { kind: 'pytorch' },
    optimizer: { name: 'adam', lr: 0.01 },
    clip: { kind: 'norm', maxNorm: 5 },
  };
}

describe('the textlm task in the worker', () => {
  it('hands the model to a free-running task, whose inputs are then its own greedy continuation', () => {
    const run = buildEngineRun(config('free'));
    const sample = run.nextSample();
    if (sample.inputs.kind !== 'ids') throw new Error('expected ids');
    const x = Array.from(sample.inputs.ids);
    // with the run's own weights, each later input is the argmax of the step before (the task could not generate without the model)
    run.model.loss(sample);
    const { probs, outputSize: V } = run.model.telemetry;
    for (let t = 0; t + 1 < x.length; t++) {
      const row = Array.from(probs.subarray(t * V, t * V + V));
      expect(x[t + 1]).toBe(row.indexOf(Math.max(...row)));
    }
    expect(run.trainer.train(sample).ok).toBe(true);
  });

  it('labels the vocabulary with the special tokens first and scores ids', () => {
    const run = buildEngineRun(config('teacher'));
    expect(run.info.vocab?.slice(0, 4)).toEqual(['<PAD>', '<UNK>', '<EOS>', 'the']);
    const e = run.evaluate({ kind: 'ids', ids: [2, 3, 4, 2] });
    expect(e.stepLogProbs).toHaveLength(3);
    expect(e.logProb).toBeCloseTo(Array.from(e.stepLogProbs).reduce((a, b) => a + b, 0), 12);
    // a greedy preview from <EOS>, decoded as words
    expect(typeof run.preview()).toBe('string');
  });
});
