// The language lab's task in the worker: a word- or character-level language
// model (engine/tasks/textlm.ts). Its vocabulary, specials first, is what the
// page encodes with, so the page can show the ids it sends for scoring.

import { EOS_ID, generate, textLmTask } from '../engine/index.ts';
import type { TaskSetup } from './tasks.ts';
import type { TextLmTaskConfig } from './protocol.ts';

/** Tokens of the greedy continuation a frame carries. */
const PREVIEW = { char: 100, word: 24 } as const;
/** Longest generation or scored sentence the page asks for, in tokens. */
export const TEXTLM_LONGEST = { char: 160, word: 48 } as const;

export function textLmSetup(config: TextLmTaskConfig): TaskSetup {
  const task = textLmTask(config);
  const level = task.corpus.level;
  return {
    task,
    spec: task.spec,
    maxSteps: Math.max(task.window, TEXTLM_LONGEST[level]),
    vocab: [...task.corpus.vocab.tokens],
    encode: (text) => task.encodePrompt(text),
    decode: (ids) => task.decode(ids),
    bind: (model) => task.bind(model),
    preview: (model) => {
      const { ids } = generate(model, { prefix: [EOS_ID], length: PREVIEW[level] });
      return task.decode(ids);
    },
  };
}
