// From a lab's TaskConfig to what the engine trains: the Task, the ModelSpec
// of the network that learns it, and how text maps to token ids. Each new
// kind of lab adds a case here (and a kind to TaskConfig in protocol.ts).

import { charLmTask, createRecallTask, generate, generateWord, teddyPredictions, teddyTask, TEDDY_MAX_WORDS, wordTask } from '../engine/index.ts';
import type { Model, ModelSpec, RecurrentSpec, Task } from '../engine/index.ts';
import type { TaskReadout } from './protocol.ts';
import { assertNever } from './protocol.ts';
import type { RunConfig } from './protocol.ts';
import type { Run } from './run.ts';
import { translateSetup } from './translate-run.ts';
import type {
  CharLmTaskConfig,
  RecallTaskConfig,
  ShapeTaskConfig,
  TaskConfig,
  TeddyTaskConfig,
  WordTaskConfig,
} from './protocol.ts';
import { shapeExample, shapeTask, tokenize } from './shape-tasks.ts';
import { textLmSetup } from './textlm-setup.ts';
import { captionSetup, forecastSetup } from './forecast-setup.ts';
import { sentimentSetup, taggingSetup } from './sentiment-tagging-setup.ts';

export interface TaskSetup {
  task: Task;
  spec: ModelSpec;
  /** longest sequence the model is built for: training, generation and evaluation */
  maxSteps: number;
  /** token labels, or null for tasks without a vocabulary */
  vocab: string[] | null;
  /** token ids of a text over the vocabulary; throws naming the first unknown symbol */
  encode(text: string): number[];
  decode(ids: readonly number[]): string;
  /** what the model produces now from the task's natural start (greedy), or null */
  preview(model: Model): string | null;
  /** the task's own numbers for frames, for tasks that report some; `step` is the updates done so far */
  readout?(model: Model, step: number): TaskReadout;
  /** hands the task the model it trains (free-running language models generate their own inputs with it) */
  bind?(model: Model): void;
  /** tasks that train something other than one model with the standard trainer (the encoder-decoder) build their own run */
  buildRun?(config: RunConfig): Run;
}

/** Word labs generate and score a few words at most; longer buffers would only inflate every frame. */
const WORD_MAX_STEPS = 64;

function wordSetup(config: WordTaskConfig): TaskSetup {
  const task = wordTask(config.word, { hiddenSize: config.hiddenSize });
  const { activation: _default, ...shape } = task.spec.rnn;
  const rnn: RecurrentSpec = { ...shape, cell: config.cell, numLayers: config.numLayers ?? 1 };
  // The activation only means something for the vanilla cell.
  if (config.cell === 'rnn') rnn.activation = config.activation ?? 'tanh';
  const spec: ModelSpec = { ...task.spec, rnn };
  return {
    task,
    spec,
    maxSteps: WORD_MAX_STEPS,
    vocab: [...task.vocab],
    encode: (text) => task.encode(text),
    decode: (ids) => task.decode(ids),
    preview: (model) => generateWord(model, task),
  };
}

/** Recall (the gradients lab): tokens are labelled A, B, … (countries), a, b, … (distractors) and ? (the query). */
function recallSetup(config: RecallTaskConfig): TaskSetup {
  const task = createRecallTask(config);
  const index = new Map(task.vocab.map((label, id) => [label, id]));
  return {
    task,
    spec: task.spec,
    maxSteps: task.length,
    vocab: [...task.vocab],
    encode: (text) =>
      [...text].map((ch) => {
        const id = index.get(ch);
        if (id === undefined) throw new Error(`text: "${ch}" is not in the vocabulary ${task.vocab.join('')}`);
        return id;
      }),
    decode: (ids) => ids.map((id) => task.vocab[id] ?? '').join(''),
    preview: () => null,
  };
}

/** The unrolled lab's task shapes: one example each, as long as the sequence the graph draws. */
function shapeSetup(config: ShapeTaskConfig): TaskSetup {
  const example = shapeExample(config.shape, config.steps);
  const task = shapeTask(config, example);
  const { inputVocab, outputVocab } = example;
  const join = outputVocab.some((tok) => Array.from(tok).length > 1) ? ' ' : '';
  return {
    task,
    spec: task.spec,
    maxSteps: example.steps,
    vocab: [...inputVocab],
    encode: (text) =>
      tokenize(text, inputVocab).map((tok) => {
        const id = inputVocab.indexOf(tok);
        if (id < 0) throw new Error(`text: "${tok}" is not in the vocabulary ${inputVocab.join(' ')}`);
        return id;
      }),
    decode: (ids) => ids.map((id) => outputVocab[id] ?? '?').join(join),
    preview: () => null,
  };
}

/** Characters of the greedy continuation a char-LM frame carries. */
const CHARLM_PREVIEW = 60;
const CHARLM_PASSAGE = 256;

/** The gates lab's character model: windows of the text to train on, a passage to read back. */
function charLmSetup(config: CharLmTaskConfig): TaskSetup {
  const task = charLmTask(config);
  const passage = config.passage ?? CHARLM_PASSAGE;
  return {
    task,
    spec: task.spec,
    maxSteps: Math.max(task.window, passage),
    vocab: [...task.text.vocab],
    encode: (text) => task.encode(text),
    decode: (ids) => task.decode(ids),
    preview: (model) => {
      const first = task.ids[0] ?? 0;
      const { ids } = generate(model, { prefix: [first], length: CHARLM_PREVIEW });
      return task.decode([first, ...ids]);
    },
  };
}

/** The Teddy tagging task: word tokens in, a tag per word out; no generation. */
function teddySetup(config: TeddyTaskConfig): TaskSetup {
  const task = teddyTask(config);
  return {
    task,
    spec: task.spec,
    maxSteps: TEDDY_MAX_WORDS,
    vocab: null,
    encode: () => {
      throw new Error('text: the Teddy task tags fixed test sentences; it reads no free text');
    },
    decode: () => '',
    preview: () => null,
    readout: (model) => ({ kind: 'teddy', pPerson: Float64Array.from(teddyPredictions(model)) }),
  };
}

export function setupTask(config: TaskConfig): TaskSetup {
  switch (config.kind) {
    case 'word':
      return wordSetup(config);
    case 'recall':
      return recallSetup(config);
    case 'shape':
      return shapeSetup(config);
    case 'charlm':
      return charLmSetup(config);
    case 'textlm':
      return textLmSetup(config);
    case 'teddy':
      return teddySetup(config);
    case 'sentiment':
      return sentimentSetup(config);
    case 'tagging':
      return taggingSetup(config);
    case 'forecast':
      return forecastSetup(config);
    case 'caption':
      return captionSetup(config);
    case 'translate':
      return translateSetup(config);
    default:
      return assertNever(config, 'task kind');
  }
}
