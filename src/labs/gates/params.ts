import type { Schema } from '../../app/url-state.ts';
import { DEFAULT_SPEED, FULL_SPEED } from '../../state/speed.ts';

// The gates lab's URL parameters. A pasted text is not part of the link (it
// can be 20,000 characters); `text=own` then falls back to a shipped text.
export const GATES_SCHEMA = {
  seed: { kind: 'int', default: 1, min: 0, max: 2147483647 },
  cell: { kind: 'enum', default: 'lstm', values: ['lstm', 'gru', 'lstm_simple'] },
  /** GRU reset convention: after (PyTorch) or before (Cho 2014) W_hn */
  reset: { kind: 'enum', default: 'after', values: ['after', 'before'] },
  hidden: { kind: 'int', default: 16, min: 2, max: 48 },
  lr: { kind: 'number', default: 0.01, min: 0.0001, max: 0.5 },
  text: { kind: 'enum', default: 'en', values: ['en', 'fr', 'ar', 'own'] },
  speed: { kind: 'int', default: DEFAULT_SPEED, min: 1, max: FULL_SPEED },
} as const satisfies Schema;

export const GATES_HIDEABLE = [...Object.keys(GATES_SCHEMA), 'step', 'reset', 'teddy'] as const;
