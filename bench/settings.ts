// What is trained in the benchmark: the network sizes, the training data and
// the work one training step does. Shared by both engines so they train the
// same thing.

import { createRng } from '../src/engine/random.ts';

export type BenchCell = 'rnn' | 'lstm' | 'gru';

export interface BenchSetting {
  readonly name: string;
  readonly cell: BenchCell;
  /** vocabulary = one-hot input width = softmax output width */
  readonly vocab: number;
  readonly hidden: number;
  /** sequence length: characters per training step */
  readonly steps: number;
}

export const SETTINGS: readonly BenchSetting[] = [
  // The toy net of the first lessons: 4 letters, 3 hidden units, 5 steps.
  { name: 'tiny-rnn', cell: 'rnn', vocab: 4, hidden: 3, steps: 5 },
  { name: 'tiny-lstm', cell: 'lstm', vocab: 4, hidden: 3, steps: 5 },
  { name: 'tiny-gru', cell: 'gru', vocab: 4, hidden: 3, steps: 5 },
  // Karpathy's char-rnn on tiny-shakespeare (65 characters), 25-step windows.
  { name: 'charrnn-lstm', cell: 'lstm', vocab: 65, hidden: 128, steps: 25 },
  { name: 'charrnn-gru', cell: 'gru', vocab: 65, hidden: 128, steps: 25 },
];

/** Adam, batch 1, the same for every engine. */
export const LEARNING_RATE = 0.01;

/** The speed each setting is expected to reach, as a ratio to the fastest form of a peer backend. */
export interface Target {
  readonly against: 'tfjs-cpu' | 'tfjs-wasm';
  readonly ratio: number;
}

export function targetFor(setting: BenchSetting): Target | null {
  if (setting.name.startsWith('tiny-')) return { against: 'tfjs-cpu', ratio: 300 };
  if (setting.name === 'charrnn-lstm') return { against: 'tfjs-wasm', ratio: 2 };
  return null;
}

export function gateCount(cell: BenchCell): number {
  return cell === 'lstm' ? 4 : cell === 'gru' ? 3 : 1;
}

/** One training sequence: next-character prediction on random text. */
export interface Sequence {
  readonly inputs: Int32Array;
  readonly targets: Int32Array;
}

/**
 * A pool of random sequences, cycled through during training. Random targets
 * keep the loss and gradients at their usual size: a single repeated sample
 * would be memorised and its gradients would shrink towards zero (and into
 * subnormal numbers), which is not the workload being measured.
 */
export function makeSequences(setting: BenchSetting, count: number, seed: number): Sequence[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => {
    const text = Int32Array.from({ length: setting.steps + 1 }, () => rng.int(setting.vocab));
    return { inputs: text.slice(0, setting.steps), targets: text.slice(1) };
  });
}

/**
 * Floating point operations of one training step, counting the recurrent
 * (W_hh h) and head (W_out h) matrix products only: forward G·H·H + K·H
 * multiply-adds per character, backward about twice that (one product for
 * the input gradient, one for the weight gradient), 2 flops per multiply-add.
 * The one-hot input product is a row lookup and is not counted.
 */
export function flopsPerTrainStep(setting: BenchSetting): number {
  const h = setting.hidden;
  const forwardMacs = gateCount(setting.cell) * h * h + setting.vocab * h;
  return 2 * 3 * forwardMacs * setting.steps;
}
