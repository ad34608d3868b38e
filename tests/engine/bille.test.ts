// The lecture notes' toy: learn to spell "bille" (and other words) with a
// 3-unit tanh RNN, then spell greedily from the first letter.

import { describe, expect, it } from 'vitest';
import { billeTask, createModel, createRng, createTrainer, generateWord, WORD_TRAINING, wordTask, type WordTask } from '../../src/engine/index.ts';

/** Updates until greedy spelling from the first letter gives the word, or -1 past the bound. */
function updatesToSpell(task: WordTask, seed: number): number {
  const model = createModel(task.spec, WORD_TRAINING.init, createRng(seed));
  const trainer = createTrainer(model, WORD_TRAINING.trainer);
  for (let k = 1; k <= WORD_TRAINING.maxUpdates; k++) {
    const out = trainer.train(task.nextSample(createRng(0)));
    if (!out.ok) return -1;
    if (generateWord(model, task) === task.word) return k;
  }
  return -1;
}

describe('bille', () => {
  it('is the notes\' set-up: vocabulary i b e l, 3 tanh units, "bill" → "ille"', () => {
    const task = billeTask();
    expect(task.vocab).toEqual(['i', 'b', 'e', 'l']);
    expect(task.spec).toEqual({
      input: { kind: 'onehot', vocabSize: 4 },
      rnn: { cell: 'rnn', activation: 'tanh', hiddenSize: 3, numLayers: 1, bidirectional: false },
      head: 'per_step',
      outputSize: 4,
      loss: 'cross_entropy',
    });
    expect(Array.from((task.sample.inputs as { ids: ArrayLike<number> }).ids)).toEqual([1, 0, 3, 3]);
    expect(Array.from((task.sample.targets as { ids: ArrayLike<number> }).ids)).toEqual([0, 3, 3, 2]);
  });

  it('is spelt from "b" within the bound for at least 18 of 20 seeds', () => {
    const task = billeTask();
    const steps = Array.from({ length: 20 }, (_, k) => updatesToSpell(task, k + 1));
    const solved = steps.filter((n) => n > 0).sort((a, b) => a - b);
    const pct = (q: number): number => solved[Math.min(solved.length - 1, Math.floor(q * solved.length))]!;
    console.log(
      `bille: ${solved.length}/20 seeds spell it within ${WORD_TRAINING.maxUpdates} updates; ` +
        `updates needed: min ${solved[0]}, median ${pct(0.5)}, 90% ${pct(0.9)}, max ${solved.at(-1)}; per seed ${JSON.stringify(steps)}`,
    );
    expect(solved.length).toBeGreaterThanOrEqual(18);
  });

  it('an untrained net does not spell it (the check can fail)', () => {
    const task = billeTask();
    const spelt = Array.from({ length: 20 }, (_, k) => generateWord(createModel(task.spec, WORD_TRAINING.init, createRng(k + 1)), task));
    expect(spelt.filter((w) => w === 'bille').length).toBeLessThan(2);
    spelt.forEach((w) => expect(w).toMatch(/^b[ible]{4}$/));
  });
});

describe('wordTask', () => {
  it('takes its vocabulary from the letters in order of first appearance', () => {
    expect(wordTask('hello').vocab).toEqual(['h', 'e', 'l', 'o']);
    expect(wordTask('été').vocab).toEqual(['é', 't']);
    expect(wordTask('مرحبا').vocab).toEqual(['م', 'ر', 'ح', 'ب', 'ا']);
    expect(wordTask('hello').encode('oh')).toEqual([3, 0]);
    expect(wordTask('hello').decode([0, 1, 2])).toBe('hel');
    expect(wordTask('abracadabra', { hiddenSize: 5 }).spec.rnn.hiddenSize).toBe(5);
  });

  for (const word of ['hello', 'été', 'مرحبا', 'abracadabra', 'mississippi']) {
    it(`learns to spell "${word}" from most seeds`, () => {
      const task = wordTask(word);
      const steps = Array.from({ length: 5 }, (_, k) => updatesToSpell(task, k + 1));
      expect(steps.filter((n) => n > 0).length).toBeGreaterThanOrEqual(4);
    });
  }

  it('spells a 20-letter word', () => {
    const task = wordTask('abcdefghijklmnopqrst');
    expect(updatesToSpell(task, 1)).toBeGreaterThan(0);
  });

  it('names what is wrong with a bad word', () => {
    expect(() => wordTask('')).toThrow('word: expected 2 to 20 letters, got an empty string');
    expect(() => wordTask('a')).toThrow('word: expected 2 to 20 letters, got 1 letter');
    expect(() => wordTask('abcdefghijklmnopqrstu')).toThrow('word: expected 2 to 20 letters, got 21 letters');
    expect(() => wordTask('bil1e')).toThrow('word[3]: expected a letter, got "1"');
    expect(() => wordTask('two words')).toThrow('word[3]: expected a letter, got " "');
    expect(() => wordTask(42 as unknown as string)).toThrow('word: expected a string of 2 to 20 letters, got 42');
    expect(() => wordTask('hello', { hiddenSize: 0 })).toThrow('options.hiddenSize: expected an integer in [1, 256], got 0');
    expect(() => wordTask('hello').encode('hex')).toThrow('text[2]: expected a letter of "helo", got "x"');
  });
});
