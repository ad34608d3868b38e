import type { Values } from '../../app/url-state.ts';
import { TEDDY_TRAINING } from '../../engine/index.ts';
import type { CellKind } from '../../engine/index.ts';
import type { RunConfig } from '../../worker/protocol.ts';
import type { GATES_SCHEMA } from './params.ts';

// Run settings of the gates lab. Adam with clipping learns a paragraph's
// characters quickly; windows of 64 characters trained with truncated BPTT in
// chunks of 16 keep each update short, so the worker answers fast.

/** Characters of the passage read back for the views (the worker's evaluate). */
export const PASSAGE_CHARS = 200;
export const TRAIN_WINDOW = 64;
export const BPTT_CHUNK = 16;

export function gatesRunConfig(p: Values<typeof GATES_SCHEMA>, text: string): RunConfig {
  const cell = p.cell as CellKind;
  return {
    task: {
      kind: 'charlm',
      text,
      cell,
      ...(cell === 'gru' && { resetAfter: p.reset === 'after' }),
      hiddenSize: p.hidden,
      window: TRAIN_WINDOW,
      passage: PASSAGE_CHARS,
    },
    seed: p.seed,
    init: { kind: 'pytorch' },
    optimizer: { name: 'adam', lr: p.lr },
    clip: { kind: 'norm', maxNorm: 5 },
    bptt: { kind: 'truncated', window: BPTT_CHUNK },
  };
}

/** The two Teddy taggers: same seed, same budget, one direction or two. */
export function teddyRunConfig(seed: number, bidirectional: boolean): RunConfig {
  return {
    task: { kind: 'teddy', bidirectional, hiddenSize: TEDDY_TRAINING.hiddenSize },
    seed,
    init: { kind: 'pytorch' },
    optimizer: { name: 'adam', lr: TEDDY_TRAINING.lr },
    clip: { kind: 'norm', maxNorm: 5 },
  };
}
