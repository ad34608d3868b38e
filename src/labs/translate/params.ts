import type { Schema } from '../../app/url-state.ts';
import { TRANSLATE_DEFAULTS } from '../../engine/index.ts';
import { FULL_SPEED } from '../../state/speed.ts';

// The translate lab's URL parameters. The defaults are the ones the engine's
// tests train with (see tests/engine/translate.test.ts).
export const TRANSLATE_SCHEMA = {
  seed: { kind: 'int', default: 1, min: 0, max: 2147483647 },
  dir: { kind: 'enum', default: 'en-fr', values: ['en-fr', 'fr-en'] },
  cell: { kind: 'enum', default: TRANSLATE_DEFAULTS.cell, values: ['gru', 'lstm', 'rnn'] },
  hidden: { kind: 'int', default: TRANSLATE_DEFAULTS.hiddenSize, min: 4, max: 96 },
  lr: { kind: 'number', default: TRANSLATE_DEFAULTS.lr, min: 0.0001, max: 0.1 },
  // flat out by default: the pair needs a few thousand updates, a minute at 50 a second
  speed: { kind: 'int', default: FULL_SPEED, min: 1, max: FULL_SPEED },
} as const satisfies Schema;

export const TRANSLATE_HIDEABLE = [...Object.keys(TRANSLATE_SCHEMA), 'step', 'reset'] as const;
