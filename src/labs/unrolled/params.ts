import type { Schema } from '../../app/url-state.ts';
import { FULL_SPEED } from '../../state/speed.ts';
import { CELL_TYPES, MAX_STEPS, TASK_SHAPES } from '../../views/unrolled-graph/types.ts';

// The unrolled lab's URL parameters. A link fixes the network (cell, task
// shape, length, hidden size, seed), how it trains (learning rate, training
// speed) and how the graph opens (rolled or unrolled, forward or backward
// pass, animation pace), so a lecture slide can point at one exact picture.

export const PASS_MODES = ['forward', 'backward'] as const;
export const VIEW_MODES = ['unrolled', 'rolled'] as const;

export const UNROLLED_SCHEMA = {
  seed: { kind: 'int', default: 1, min: 0, max: 2147483647 },
  cell: { kind: 'enum', default: 'vanilla', values: CELL_TYPES },
  shape: { kind: 'enum', default: 'many-to-many', values: TASK_SHAPES },
  steps: { kind: 'int', default: 6, min: 1, max: MAX_STEPS },
  /** more than 8 units would not be readable in the cell boxes of thirty LSTM copies */
  hidden: { kind: 'int', default: 4, min: 1, max: 8 },
  /** plain gradient descent, as in the notes: W ← W − λ ∇W */
  lr: { kind: 'number', default: 0.1, min: 0.001, max: 2 },
  /** training speed (the shared control) */
  speed: { kind: 'int', default: 2, min: 1, max: FULL_SPEED },
  /** how fast the pass animation moves from one time step to the next */
  pace: { kind: 'int', default: 3, min: 1, max: 5 },
  /** which pass the graph shows */
  mode: { kind: 'enum', default: 'forward', values: PASS_MODES },
  view: { kind: 'enum', default: 'unrolled', values: VIEW_MODES },
} as const satisfies Schema;

/**
 * Controls a link may hide with `hide=...`: the settings (the pass shown has
 * no control of its own), Step, Reset and the whole row of pass controls.
 */
export const UNROLLED_HIDEABLE = [...Object.keys(UNROLLED_SCHEMA).filter((k) => k !== 'mode'), 'step', 'reset', 'pass'] as const;
