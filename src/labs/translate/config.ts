import type { Values } from '../../app/url-state.ts';
import { TRANSLATE_DEFAULTS } from '../../engine/index.ts';
import type { CodeSpec } from '../shared/code-snippets.ts';
import type { RunConfig, TranslateTaskConfig } from '../../worker/protocol.ts';
import type { TRANSLATE_SCHEMA } from './params.ts';

// Run settings of the translate lab: Adam with clipping by global norm, one
// sentence pair per update, both networks of the same cell and size.

export type TranslateValues = Values<typeof TRANSLATE_SCHEMA>;

export function translateTaskConfig(p: TranslateValues): TranslateTaskConfig {
  return {
    kind: 'translate',
    direction: p.dir === 'fr-en' ? 'fr-en' : 'en-fr',
    cell: p.cell === 'lstm' ? 'lstm' : p.cell === 'rnn' ? 'rnn' : 'gru',
    hiddenSize: p.hidden,
    embeddingDim: TRANSLATE_DEFAULTS.embeddingDim,
  };
}

export function translateRunConfig(p: TranslateValues): RunConfig {
  return {
    task: translateTaskConfig(p),
    seed: p.seed,
    init: { kind: 'pytorch' },
    optimizer: { name: 'adam', lr: p.lr },
    clip: { kind: 'norm', maxNorm: TRANSLATE_DEFAULTS.clip },
  };
}

/** The pair as Keras and PyTorch code. */
export function translateCode(task: TranslateTaskConfig, config: RunConfig, sourceVocab: number, targetVocab: number): CodeSpec {
  return {
    kind: 'seq2seq',
    cell: task.cell,
    hiddenSize: task.hiddenSize,
    embeddingDim: task.embeddingDim,
    sourceVocab,
    targetVocab,
    training: { optimizer: config.optimizer, clip: config.clip },
  };
}
