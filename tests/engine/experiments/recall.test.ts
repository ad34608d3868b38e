import { describe, expect, it } from 'vitest';
import { createModel, createRng } from '../../../src/engine/index.ts';
import { createRecallTask, recallSample } from '../../../src/engine/tasks/recall.ts';

describe('the recall task', () => {
  it('builds [country, K distractors, query] → country', () => {
    const task = createRecallTask({ distractors: 7, cell: 'rnn', hiddenSize: 4 });
    const rng = createRng(3);
    for (let n = 0; n < 50; n++) {
      const s = task.nextSample(rng);
      if (s.inputs.kind !== 'ids' || s.targets.kind !== 'ids') throw new Error('expected ids');
      const ids = Array.from(s.inputs.ids);
      expect(ids).toHaveLength(9);
      expect(ids[0]).toBeGreaterThanOrEqual(0);
      expect(ids[0]).toBeLessThan(4);
      for (const d of ids.slice(1, 8)) expect(d >= 4 && d < 8).toBe(true);
      expect(ids[8]).toBe(8);
      expect(Array.from(s.targets.ids)).toEqual([ids[0]]);
    }
    expect(task.vocab).toEqual(['A', 'B', 'C', 'D', 'a', 'b', 'c', 'd', '?']);
    expect(task.spec).toMatchObject({ input: { kind: 'onehot', vocabSize: 9 }, head: 'last_step', outputSize: 4, loss: 'cross_entropy' });
  });

  it('draws every country about equally often and replays from a seed', () => {
    const counts = [0, 0, 0, 0, 0];
    const rng = createRng(11);
    const n = 8000;
    for (let k = 0; k < n; k++) {
      const s = recallSample(rng, 5, 3, 2);
      if (s.targets.kind === 'ids') counts[s.targets.ids[0]!]! += 1;
    }
    // binomial sd = sqrt(n p (1 - p)) ≈ 36: ±5 sd
    for (const c of counts) expect(Math.abs(c - n / 5)).toBeLessThan(180);
    const a = recallSample(createRng(5), 4, 4, 10);
    const b = recallSample(createRng(5), 4, 4, 10);
    expect(a).toEqual(b);
  });

  it('rejects bad sizes with the field name', () => {
    expect(() => createRecallTask({ distractors: -1, cell: 'rnn', hiddenSize: 4 })).toThrow(/recall\.distractors/);
    expect(() => createRecallTask({ distractors: 199, cell: 'rnn', hiddenSize: 4 })).toThrow(/recall\.distractors/);
    expect(() => createRecallTask({ distractors: 3, cell: 'rnn', hiddenSize: 4, countries: 1 })).toThrow(/recall\.countries/);
  });

  it('scores only the last step: the loss is −log softmax(o_T)[country]', () => {
    const task = createRecallTask({ distractors: 3, cell: 'gru', hiddenSize: 5 });
    const model = createModel(task.spec, { kind: 'pytorch' }, createRng(2));
    const s = task.nextSample(createRng(9));
    const loss = model.loss(s);
    const p = model.telemetry.probs;
    const target = s.targets.kind === 'ids' ? s.targets.ids[0]! : -1;
    expect(loss).toBeCloseTo(-Math.log(p[target]!), 12);
    expect(p[0]! + p[1]! + p[2]! + p[3]!).toBeCloseTo(1, 12);
  });
});
