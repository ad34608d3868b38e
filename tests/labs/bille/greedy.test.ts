import { describe, expect, it } from 'vitest';
import { billeFrameFrom, corrected, evaluationIds, firstCandidate, firstMismatch, teacherForcedPredictions } from '../../../src/labs/bille/panels/greedy.ts';
import { generatedWord } from '../../../src/views/bille/types.ts';
import { WORD_TRAINING } from '../../../src/engine/index.ts';
import { buildEngineRun } from '../../../src/worker/engine-run.ts';
import type { RunConfig } from '../../../src/worker/protocol.ts';
import { copyParams, copyTelemetry } from '../../../src/worker/snapshot.ts';

const VOCAB = ['i', 'b', 'e', 'l'];

function billeRun(word = 'bille', updates = 0) {
  const config: RunConfig = {
    task: { kind: 'word', word, hiddenSize: 3, cell: 'rnn' },
    seed: 1,
    init: WORD_TRAINING.init,
    optimizer: WORD_TRAINING.trainer.optimizer,
    clip: WORD_TRAINING.trainer.clip,
  };
  const run = buildEngineRun(config);
  const sample = run.nextSample();
  for (let k = 0; k < updates; k++) run.trainer.train(sample);
  return run;
}

/** What the page does with the worker's answers, run here against the engine directly. */
function settle(run: ReturnType<typeof billeRun>, start: number[]): { candidate: number[]; asked: number } {
  let candidate = start;
  for (let asked = 1; asked <= start.length + 1; asked++) {
    run.evaluate({ kind: 'ids', ids: evaluationIds(candidate) });
    const tel = copyTelemetry(run.model.telemetry);
    const miss = firstMismatch(candidate, tel.probs, tel.outputSize);
    if (miss < 0) return { candidate, asked };
    candidate = corrected(candidate, tel.probs, tel.outputSize, miss);
  }
  throw new Error('did not settle');
}

describe('the greedy generation behind the stepper', () => {
  it('starts from the frame’s sample when it fits, else from the first letter', () => {
    expect(firstCandidate('bille', 'bille', VOCAB)).toEqual([1, 0, 3, 3, 2]);
    expect(firstCandidate('bx', 'bille', VOCAB)).toEqual([1, 1, 1, 1, 1]);
    expect(firstCandidate(null, 'bille', VOCAB)).toEqual([1, 1, 1, 1, 1]);
    expect(evaluationIds([1, 0, 3])).toEqual([1, 0, 3, 3]);
  });

  it('settles on the network’s own greedy spelling, whatever the first guess', () => {
    for (const updates of [0, 3, 40]) {
      const run = billeRun('bille', updates);
      const spelled = run.preview();
      const { candidate, asked } = settle(run, [1, 1, 1, 1, 1]);
      expect(asked).toBeLessThanOrEqual(5);
      run.evaluate({ kind: 'ids', ids: evaluationIds(candidate) });
      const frame = billeFrameFrom(candidate, copyTelemetry(run.model.telemetry), VOCAB, copyParams(run.model));
      expect(frame).not.toBeNull();
      expect(generatedWord(frame!)).toBe(spelled);
      expect(frame!.weights?.Wh).toHaveLength(3 * 7);
    }
    // A first guess that is already right is confirmed by one pass.
    const learned = billeRun('bille', 40);
    expect(learned.preview()).toBe('bille');
    expect(settle(learned, firstCandidate('bille', 'bille', VOCAB)).asked).toBe(1);
  });

  it('reads the teacher-forced predictions for the bigram comparison from a training pass', () => {
    const run = billeRun('bille', 40);
    run.trainer.train(run.nextSample());
    const predictions = teacherForcedPredictions(copyTelemetry(run.model.telemetry), 'bille', VOCAB);
    expect(predictions).toEqual(['i', 'l', 'l', 'e', null]);
    expect(teacherForcedPredictions(copyTelemetry(run.model.telemetry), 'billes', VOCAB)).toBeNull();
  });
});
