import { describe, expect, it } from 'vitest';
import { outputSteps, stepSpecs } from '../../../src/views/unrolled-graph/layout.ts';
import { buildEngineRun } from '../../../src/worker/engine-run.ts';
import type { RunConfig, SequenceShape } from '../../../src/worker/protocol.ts';
import { BLANK, shapeExample, shapeSteps, START } from '../../../src/worker/shape-tasks.ts';
import { setupTask } from '../../../src/worker/tasks.ts';

const SHAPES: SequenceShape[] = ['one-to-one', 'one-to-many', 'many-to-one', 'many-to-many', 'encoder-decoder'];
const words = (ids: readonly number[], vocab: readonly string[]) => ids.map((id) => vocab[id]);

function config(shape: SequenceShape, steps: number, cell: 'rnn' | 'lstm' | 'gru' = 'rnn'): RunConfig {
  return {
    task: { kind: 'shape', shape, steps, hiddenSize: 4, cell },
    seed: 3,
    init: { kind: 'pytorch' },
    optimizer: { name: 'sgd', lr: 0.1 },
    clip: { kind: 'norm', maxNorm: 5 },
  };
}

describe('the unrolled lab’s examples', () => {
  it('are the notes’ examples at their natural lengths', () => {
    const tagging = shapeExample('many-to-many', 6);
    expect(words(tagging.inputs, tagging.inputVocab).join(' ')).toBe('Teddy Roosevelt was a great President');
    expect(words(tagging.targets, tagging.outputVocab).join(' ')).toBe('PER PER O O O O');
    const sentiment = shapeExample('many-to-one', 8);
    expect(words(sentiment.inputs, sentiment.inputVocab).join(' ')).toBe('the food was good not bad at all');
    expect(words(sentiment.targets, sentiment.outputVocab)).toEqual(['positive']);
    const spelling = shapeExample('one-to-many', 4);
    expect(spelling.inputVocab).toEqual(['i', 'b', 'e', 'l']);
    expect(words(spelling.inputs, spelling.inputVocab).join('') + words(spelling.targets, spelling.outputVocab).at(-1)).toBe('bille');
    const translation = shapeExample('encoder-decoder', 6);
    expect(words(translation.inputs, translation.inputVocab)).toEqual(['the', 'cat', 'sat', START, 'le', 'chat']);
    expect(words(translation.targets, translation.outputVocab)).toEqual([BLANK, BLANK, BLANK, 'le', 'chat', 'était']);
  });

  it('have as many steps as the graph draws, and their outputs where the graph draws them', () => {
    for (const shape of SHAPES) {
      for (const steps of [1, 2, 7, 30]) {
        const ex = shapeExample(shape, steps);
        const T = shapeSteps(shape, steps);
        expect(ex.steps, `${shape} ${steps}`).toBe(T);
        expect(ex.inputs).toHaveLength(T);
        expect(stepSpecs(shape, T, ex.encoderSteps)).toHaveLength(T);
        expect(ex.outputSteps).toEqual(outputSteps(shape, T, ex.encoderSteps));
        expect(ex.targets).toHaveLength(ex.head === 'per_step' ? T : 1);
        expect(ex.inputs.every((id) => id >= 0 && id < ex.inputVocab.length)).toBe(true);
        expect(ex.targets.every((id) => id >= 0 && id < ex.outputVocab.length)).toBe(true);
      }
    }
    expect(shapeSteps('one-to-one', 12)).toBe(1);
    expect(shapeSteps('encoder-decoder', 1)).toBe(2);
    expect(shapeSteps('many-to-many', 99)).toBe(30);
  });

  it('train on the engine: the loss of the one example falls for every shape and cell', () => {
    for (const shape of SHAPES) {
      for (const cell of ['rnn', 'lstm', 'gru'] as const) {
        const run = buildEngineRun(config(shape, 6, cell));
        const sample = run.nextSample();
        const first = run.model.loss(sample);
        for (let k = 0; k < 600; k++) run.trainer.train(sample);
        const tel = run.model.telemetry;
        expect(tel.steps, `${shape} ${cell}`).toBe(shapeSteps(shape, 6));
        expect(run.model.loss(sample), `${shape} ${cell}`).toBeLessThan(first / 2);
      }
    }
  });

  it('sets up the worker task with the example’s vocabulary and length', () => {
    const setup = setupTask(config('many-to-many', 6).task);
    expect(setup.maxSteps).toBe(6);
    expect(setup.vocab).toEqual(['Teddy', 'Roosevelt', 'was', 'a', 'great', 'President']);
    expect(setup.encode('Teddy was')).toEqual([0, 2]);
    expect(setup.decode([1, 0])).toBe('PER O');
    expect(() => setup.encode('Teddy bears')).toThrow(/"bears" is not in the vocabulary/);
    expect(setupTask(config('one-to-many', 4).task).encode('bil')).toEqual([1, 0, 3]);
  });
});
