// The lecture notes' toy: a vanilla tanh RNN learns to spell a word. Letters
// are one-hot, h_0 = 0, and at every step the net predicts the next letter:
// inputs "bill" → targets "ille". Spelling then runs greedily from the first
// letter, feeding each argmax back as the next input (x_t = argmax o_{t-1}).

import type { InitSpec, Model, ModelSpec, Sample, Task, TrainerOptions } from '../api.ts';
import { generate } from '../generate.ts';
import { checkInt, checkRecord, fail } from '../validate.ts';

export const MIN_WORD_LETTERS = 2;
export const MAX_WORD_LETTERS = 20;

/** The notes' vocabulary for "bille", in their order: i, b, e, l. */
const BILLE_VOCAB = ['i', 'b', 'e', 'l'];

export interface WordTaskOptions {
  /** hidden units; default 3 (the notes' choice) up to 6 letters, 8 beyond */
  hiddenSize?: number;
}

export interface WordTask extends Task {
  readonly word: string;
  /** the word's letters (Unicode code points, NFC) */
  readonly letters: readonly string[];
  /** the vocabulary: letters in order of first appearance ("bille": i, b, e, l) */
  readonly vocab: readonly string[];
  /** the one training sample: the word without its last letter → the word without its first */
  readonly sample: Sample;
  /** letter ids of a text over the vocabulary (throws on a letter outside it) */
  encode(text: string): number[];
  decode(ids: readonly number[]): string;
}

/** Training settings with which greedy spelling of "bille" is learnt from (almost) every seed; the app uses the same. */
export const WORD_TRAINING: { readonly init: InitSpec; readonly trainer: TrainerOptions; readonly maxUpdates: number } = {
  init: { kind: 'pytorch' },
  trainer: { optimizer: { name: 'adam', lr: 0.1 }, clip: { kind: 'norm', maxNorm: 5 }, bptt: { kind: 'full' } },
  /** a bound on the updates needed; runs that need more count as failures */
  maxUpdates: 500,
};

function splitLetters(word: unknown): string[] {
  if (typeof word !== 'string') fail('word', `a string of ${MIN_WORD_LETTERS} to ${MAX_WORD_LETTERS} letters`, word);
  const letters = Array.from(word.normalize('NFC'));
  if (letters.length < MIN_WORD_LETTERS || letters.length > MAX_WORD_LETTERS) {
    const got = letters.length === 0 ? 'an empty string' : `${letters.length} letter${letters.length === 1 ? '' : 's'}`;
    throw new Error(`word: expected ${MIN_WORD_LETTERS} to ${MAX_WORD_LETTERS} letters, got ${got}`);
  }
  letters.forEach((ch, k) => {
    if (!/^\p{L}$/u.test(ch)) fail(`word[${k}]`, 'a letter', ch);
  });
  return letters;
}

export function wordTask(word: string, options: WordTaskOptions = {}): WordTask {
  const letters = splitLetters(word);
  const o = checkRecord('options', options);
  const text = letters.join('');
  const vocab = text === 'bille' ? BILLE_VOCAB : [...new Set(letters)];
  const hiddenSize = o.hiddenSize === undefined ? (letters.length <= 6 ? 3 : 8) : checkInt('options.hiddenSize', o.hiddenSize, 1, 256);
  const index = new Map(vocab.map((ch, k) => [ch, k]));
  const encode = (s: string): number[] =>
    Array.from(s.normalize('NFC'), (ch, k) => {
      const id = index.get(ch);
      if (id === undefined) fail(`text[${k}]`, `a letter of ${JSON.stringify(vocab.join(''))}`, ch);
      return id;
    });
  const ids = encode(text);
  const V = vocab.length;
  const spec: ModelSpec = {
    input: { kind: 'onehot', vocabSize: V },
    rnn: { cell: 'rnn', activation: 'tanh', hiddenSize, numLayers: 1, bidirectional: false },
    head: 'per_step',
    outputSize: V,
    loss: 'cross_entropy',
  };
  const sample: Sample = {
    inputs: { kind: 'ids', ids: Int32Array.from(ids.slice(0, -1)) },
    targets: { kind: 'ids', ids: Int32Array.from(ids.slice(1)) },
  };
  return {
    id: `word:${text}`,
    spec,
    word: text,
    letters,
    vocab,
    sample,
    nextSample: () => sample,
    encode,
    decode: (xs) => xs.map((id) => vocab[id] ?? '?').join(''),
  };
}

/** The notes' example: "bille", vocabulary i, b, e, l, 3 hidden units. */
export function billeTask(): WordTask {
  return wordTask('bille');
}

/** Greedy spelling from the word's first letter, as many letters as the word has. */
export function generateWord(model: Model, task: WordTask): string {
  const first = task.encode(task.letters[0]!);
  const { ids } = generate(model, { prefix: first, length: task.letters.length - 1 });
  return task.letters[0]! + task.decode(ids);
}
