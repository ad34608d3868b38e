import type { Schema } from '../../app/url-state.ts';
import { DEFAULT_SPEED, FULL_SPEED } from '../../state/speed.ts';

// The language lab's URL parameters. A pasted text is not part of the link;
// `corpus=own` without one falls back to the English corpus.
export const LANGUAGE_SCHEMA = {
  seed: { kind: 'int', default: 1, min: 0, max: 2147483647 },
  corpus: { kind: 'enum', default: 'en', values: ['en', 'fr', 'ar', 'own'] },
  level: { kind: 'enum', default: 'char', values: ['char', 'word'] },
  cell: { kind: 'enum', default: 'lstm', values: ['lstm', 'gru', 'rnn'] },
  hidden: { kind: 'int', default: 64, min: 4, max: 128 },
  /** words seen fewer times read as <UNK> */
  mincount: { kind: 'int', default: 2, min: 1, max: 10 },
  lr: { kind: 'number', default: 0.01, min: 0.0001, max: 0.3 },
  /** sampling temperature */
  temp: { kind: 'number', default: 1, min: 0.1, max: 3 },
  speed: { kind: 'int', default: DEFAULT_SPEED, min: 1, max: FULL_SPEED },
} as const satisfies Schema;

export const LANGUAGE_HIDEABLE = [...Object.keys(LANGUAGE_SCHEMA), 'step', 'reset', 'pipeline', 'scoring', 'feeding'] as const;
