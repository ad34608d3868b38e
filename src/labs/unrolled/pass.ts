import type { PassMode } from '../../views/unrolled-graph/types.ts';

// The pass animation as one position p along 2T places: the forward pass
// steps 1 … T (p = 0 … T − 1), then the backward pass from step T back to
// step 1 (p = T … 2T − 1). Pure, so the order is tested on its own.

export interface PassPosition {
  mode: PassMode;
  /** 0-based step the graph shows */
  currentStep: number;
}

export function lastPosition(steps: number): number {
  return 2 * Math.max(1, steps) - 1;
}

export function clampPosition(p: number, steps: number): number {
  return Math.max(0, Math.min(lastPosition(steps), Math.round(p)));
}

export function passPosition(p: number, steps: number): PassPosition {
  const T = Math.max(1, steps);
  const q = clampPosition(p, T);
  return q < T ? { mode: 'forward', currentStep: q } : { mode: 'backward', currentStep: 2 * T - 1 - q };
}

/** Where a link's mode opens: the forward pass complete, or the gradient back at step 1. */
export function initialPosition(mode: PassMode, steps: number): number {
  return mode === 'backward' ? lastPosition(steps) : Math.max(1, steps) - 1;
}
