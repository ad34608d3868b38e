import type { Schema } from '../../app/url-state.ts';
import { DEFAULT_SPEED, FULL_SPEED } from '../../state/speed.ts';

// The applications lab's URL parameters. `task` opens one section; the
// sections that train share the seed and the learning rate. Other sections may
// add their own keys here.
export const APPLICATIONS_SCHEMA = {
  task: { kind: 'enum', default: 'sentiment', values: ['sentiment', 'tagging', 'forecast', 'captions'] },
  seed: { kind: 'int', default: 1, min: 0, max: 2147483647 },
  lr: { kind: 'number', default: 0.01, min: 0.0001, max: 0.1 },
  speed: { kind: 'int', default: DEFAULT_SPEED, min: 1, max: FULL_SPEED },
  /** forecasting: the recurrent cell, and updates per cross-validation fold */
  fc_cell: { kind: 'enum', default: 'gru', values: ['gru', 'lstm', 'rnn'] },
  fc_updates: { kind: 'int', default: 1500, min: 50, max: 5000 },
  /** captioning: the decoder's cell */
  cap_cell: { kind: 'enum', default: 'gru', values: ['gru', 'lstm', 'rnn'] },
} as const satisfies Schema;

export const APPLICATIONS_HIDEABLE = [...Object.keys(APPLICATIONS_SCHEMA), 'toc'] as const;

export type ApplicationTask = (typeof APPLICATIONS_SCHEMA.task.values)[number];
