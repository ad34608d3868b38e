import type { Schema } from '../../app/url-state.ts';

// The gradients lab's URL parameters. Sequences up to 200 steps and up to 64
// hidden units: the Jacobian norms cost O(T H³) per frame, and at 200 × 64
// that is still a few milliseconds.
export const GRADIENTS_SCHEMA = {
  seed: { kind: 'int', default: 1, min: 0, max: 2147483647 },
  cell: { kind: 'enum', default: 'rnn', values: ['rnn', 'lstm', 'gru'] },
  act: { kind: 'enum', default: 'tanh', values: ['tanh', 'relu', 'sigmoid', 'identity'] },
  init: { kind: 'enum', default: 'orthogonal', values: ['gaussian', 'orthogonal', 'identity', 'echo_state'] },
  /** the scale of W_hh: its spectral radius for orthogonal, identity and echo-state, σ for Gaussian */
  rho: { kind: 'number', default: 1, min: 0.05, max: 3 },
  steps: { kind: 'int', default: 50, min: 3, max: 200 },
  hidden: { kind: 'int', default: 16, min: 2, max: 64 },
  lr: { kind: 'number', default: 0.05, min: 0.0001, max: 5 },
  /** τ of the clipping comparison */
  tau: { kind: 'number', default: 1, min: 0.01, max: 100 },
  speed: { kind: 'int', default: 5, min: 1, max: 5 },
  /** updates per network in the memory experiment */
  budget: { kind: 'int', default: 3000, min: 100, max: 20000 },
  /** learning rate of the memory experiment (Adam) */
  memlr: { kind: 'number', default: 0.001, min: 0.0001, max: 0.1 },
} as const satisfies Schema;

/** Controls a link may hide with hide=…: the settings, Step and Reset. */
export const GRADIENTS_HIDEABLE = [...Object.keys(GRADIENTS_SCHEMA), 'step', 'reset', 'remedies'] as const;
