// The unrolled lab's examples: one per task shape of the lecture notes, each
// a single sequence the network learns by heart, so that every number of its
// forward and backward pass can be followed on the unrolled graph. The page
// reads the same examples to label inputs and outputs: this module is pure
// data and small functions, shared by the worker and the page.
//
//   one-to-one       "b" → "i"                       (a feed-forward net)
//   one-to-many      "bille" spelled from "b"        (generation, teacher-forced)
//   many-to-one      "the food was good …" → positive (sentiment)
//   many-to-many     "Teddy Roosevelt was …" → PER PER O … (tagging)
//   encoder-decoder  "the cat sat …" → "le chat était …" (translation)
//
// The engine has one recurrent network and no per-step mask, so the
// encoder-decoder is one network that reads the source, then writes the
// target; its encoder steps are trained to output a blank "·". The page says so.

import type { ModelSpec, Sample, Task } from '../engine/index.ts';
import type { SequenceShape, ShapeTaskConfig } from './protocol.ts';

export const MAX_SHAPE_STEPS = 30;
/** what an encoder step is trained to output: nothing yet */
export const BLANK = '·';
/** the decoder's first input */
export const START = '<s>';

export interface ShapeExample {
  shape: SequenceShape;
  /** sequence length T */
  steps: number;
  /** steps that read the source (encoder-decoder); T for the other shapes */
  encoderSteps: number;
  inputVocab: readonly string[];
  outputVocab: readonly string[];
  /** one input id per step */
  inputs: readonly number[];
  /** ids the engine scores: one per step (per_step head) or one for the last step (last_step) */
  targets: readonly number[];
  head: 'per_step' | 'last_step';
  /** the steps the example has an output at, in time order (the encoder's blanks are not among them) */
  outputSteps: readonly number[];
}

/** The notes' vocabulary for "bille", in their order. */
const LETTERS = ['i', 'b', 'e', 'l'] as const;

const TAGGED =
  'Teddy/PER Roosevelt/PER was/O a/O great/O President/O and/O Marie/PER Curie/PER worked/O in/O Paris/LOC ' +
  'while/O Teddy/O bears/O sat/O on/O shelves/O in/O New/LOC York/LOC shops/O that/O sold/O toys/O to/O ' +
  'children/O every/O single/O day/O';
const TAGS = ['O', 'PER', 'LOC'] as const;

const SOURCE = 'the cat sat on the mat and the dog slept by the door all day'.split(' ');
const TARGET = 'le chat était assis sur le tapis et le chien dormait près de la porte'.split(' ');

/** Reviews short enough for small T; longer ones insert "really" before "good". */
const REVIEWS: Readonly<Record<number, string>> = {
  1: 'good',
  2: 'not bad',
  3: 'food was good',
  4: 'the food was good',
  5: 'the food was not bad',
  6: 'the food was really very good',
  7: 'the food was not bad at all',
  8: 'the food was good not bad at all',
};
const SENTIMENTS = ['positive', 'negative'] as const;

/** The drawn length for a shape: one step for one-to-one, at least two for encoder-decoder. */
export function shapeSteps(shape: SequenceShape, steps: number): number {
  const T = Number.isFinite(steps) ? Math.max(1, Math.min(MAX_SHAPE_STEPS, Math.round(steps))) : 1;
  if (shape === 'one-to-one') return 1;
  if (shape === 'encoder-decoder') return Math.max(2, T);
  return T;
}

/** Distinct tokens in order of first appearance. */
function vocabOf(tokens: readonly string[]): string[] {
  return [...new Set(tokens)];
}

function ids(tokens: readonly string[], vocab: readonly string[]): number[] {
  return tokens.map((tok) => vocab.indexOf(tok));
}

function review(T: number): string[] {
  const short = REVIEWS[T];
  if (short !== undefined) return short.split(' ');
  return ['the', 'food', 'was', ...Array<string>(T - 8).fill('really'), 'good', 'not', 'bad', 'at', 'all'];
}

function sequenceExample(shape: SequenceShape, inputs: readonly string[], outputs: readonly string[], inVocab: readonly string[], outVocab: readonly string[]): ShapeExample {
  const T = inputs.length;
  return {
    shape,
    steps: T,
    encoderSteps: T,
    inputVocab: inVocab,
    outputVocab: outVocab,
    inputs: ids(inputs, inVocab),
    targets: ids(outputs, outVocab),
    head: 'per_step',
    outputSteps: Array.from({ length: T }, (_, t) => t),
  };
}

function translation(T: number): ShapeExample {
  const e = Math.ceil(T / 2);
  const d = T - e;
  const source = SOURCE.slice(0, e);
  const target = TARGET.slice(0, d);
  const inputs = [...source, START, ...target.slice(0, d - 1)];
  const outputs = [...Array<string>(e).fill(BLANK), ...target];
  const inVocab = vocabOf(inputs);
  const outVocab = vocabOf([BLANK, ...target]);
  return {
    shape: 'encoder-decoder',
    steps: T,
    encoderSteps: e,
    inputVocab: inVocab,
    outputVocab: outVocab,
    inputs: ids(inputs, inVocab),
    targets: ids(outputs, outVocab),
    head: 'per_step',
    outputSteps: Array.from({ length: d }, (_, k) => e + k),
  };
}

/** The example a shape's network learns at sequence length `steps` (clamped as the graph draws it). */
export function shapeExample(shape: SequenceShape, steps: number): ShapeExample {
  const T = shapeSteps(shape, steps);
  switch (shape) {
    case 'one-to-one':
      return sequenceExample(shape, ['b'], ['i'], LETTERS, LETTERS);
    case 'one-to-many': {
      const text = Array.from({ length: T + 1 }, (_, k) => 'bille'[k % 5] ?? 'b');
      return sequenceExample(shape, text.slice(0, T), text.slice(1), LETTERS, LETTERS);
    }
    case 'many-to-one': {
      const words = review(T);
      const inVocab = vocabOf(words);
      return {
        shape,
        steps: T,
        encoderSteps: T,
        inputVocab: inVocab,
        outputVocab: SENTIMENTS,
        inputs: ids(words, inVocab),
        targets: [0],
        head: 'last_step',
        outputSteps: [T - 1],
      };
    }
    case 'many-to-many': {
      const pairs = TAGGED.split(' ').slice(0, T).map((p) => p.split('/'));
      const words = pairs.map((p) => p[0] ?? '');
      return sequenceExample(shape, words, pairs.map((p) => p[1] ?? 'O'), vocabOf(words), TAGS);
    }
    case 'encoder-decoder':
      return translation(T);
  }
}

/** The engine's task for an example: a one-hot network that learns this one sequence. */
export function shapeTask(config: ShapeTaskConfig, example: ShapeExample = shapeExample(config.shape, config.steps)): Task {
  const spec: ModelSpec = {
    input: { kind: 'onehot', vocabSize: example.inputVocab.length },
    rnn: {
      cell: config.cell,
      ...(config.cell === 'rnn' && { activation: config.activation ?? 'tanh' }),
      hiddenSize: config.hiddenSize,
      numLayers: 1,
      bidirectional: false,
    },
    head: example.head,
    outputSize: example.outputVocab.length,
    loss: 'cross_entropy',
  };
  const sample: Sample = {
    inputs: { kind: 'ids', ids: Int32Array.from(example.inputs) },
    targets: { kind: 'ids', ids: Int32Array.from(example.targets) },
  };
  return { id: `shape:${example.shape}:${example.steps}`, spec, nextSample: () => sample };
}

/** Splits a text into the example's tokens: words when the vocabulary has words, else letters. */
export function tokenize(text: string, vocab: readonly string[]): string[] {
  const words = vocab.some((tok) => Array.from(tok).length > 1);
  return words ? text.trim().split(/\s+/).filter(Boolean) : Array.from(text);
}
