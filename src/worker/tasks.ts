// From a lab's TaskConfig to what the engine trains: the Task, the ModelSpec
// of the network that learns it, and how text maps to token ids. Each new
// kind of lab adds a case here (and a kind to TaskConfig in protocol.ts).

import { createRecallTask, generateWord, wordTask } from '../engine/index.ts';
import type { Model, ModelSpec, RecurrentSpec, Task } from '../engine/index.ts';
import { assertNever } from './protocol.ts';
import type { RecallTaskConfig, TaskConfig, WordTaskConfig } from './protocol.ts';

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

export function setupTask(config: TaskConfig): TaskSetup {
  switch (config.kind) {
    case 'word':
      return wordSetup(config);
    case 'recall':
      return recallSetup(config);
    default:
      return assertNever(config, 'task kind');
  }
}
