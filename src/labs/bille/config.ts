import type { Values } from '../../app/url-state.ts';
import type { ClipSpec } from '../../engine/index.ts';
import { WORD_TRAINING } from '../../engine/index.ts';
import type { RunConfig } from '../../worker/protocol.ts';
import type { BILLE_SCHEMA } from './params.ts';

// The lecture notes' toy: a vanilla tanh RNN reads the word's letters one-hot
// and predicts the next letter at every step, with the engine's tested
// optimiser and initialisation; the page sets the learning rate and clipping.

export function clipSpec(maxNorm: number): ClipSpec {
  return maxNorm > 0 ? { kind: 'norm', maxNorm } : { kind: 'none' };
}

export function billeRunConfig(p: Values<typeof BILLE_SCHEMA>): RunConfig {
  return {
    task: { kind: 'word', word: p.word, hiddenSize: p.hidden, cell: 'rnn', activation: 'tanh' },
    seed: p.seed,
    init: WORD_TRAINING.init,
    optimizer: { ...WORD_TRAINING.trainer.optimizer, lr: p.lr },
    clip: clipSpec(p.clip),
  };
}

/** The word's letters in order of first appearance: the vocabulary, until the engine reports its own. */
export function lettersOf(word: string): string[] {
  return [...new Set(word)];
}
