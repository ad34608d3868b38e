// What every gates view draws: the network reading a passage, as the worker
// reported it (an `evaluated` event), and the step and unit the student chose.

import type { CellKind, GateName } from '../../../engine/api.ts';
import type { ParamSnapshot, TelemetrySnapshot } from '../../../worker/protocol.ts';

export interface Reading {
  cell: CellKind;
  /** GRU only: PyTorch's reset convention (true) or Cho 2014's */
  resetAfter: boolean;
  /** chars[t] is x_t, the character read at step t (telemetry.steps of them) */
  chars: readonly string[];
  telemetry: TelemetrySnapshot;
  /** training updates done when the passage was read */
  step: number;
  /** the weights the worker read it with, if it sent them */
  params: ParamSnapshot[] | null;
  /** the model's characters, so x_t can be turned back into its one-hot index */
  vocab: readonly string[] | null;
}

export interface Selection {
  t: number;
  unit: number;
}

/** The gates a cell records, in the lessons' order; the simple LSTM has none. */
export function gatesOf(cell: CellKind): GateName[] {
  if (cell === 'lstm') return ['i', 'f', 'g', 'o'];
  if (cell === 'gru') return ['r', 'z', 'n'];
  return [];
}

/** Gates squashed by tanh (signed); the others are sigmoids in [0, 1]. */
export function isSignedGate(g: GateName): boolean {
  return g === 'g' || g === 'n';
}

/** Index of (t, unit) in a [stream][t][unit] array, first layer, forward direction. */
export function at(t: TelemetrySnapshot, step: number, unit: number): number {
  return step * t.hiddenSize + unit;
}

export function clampSelection(s: Selection, steps: number, units: number): Selection {
  return {
    t: Math.max(0, Math.min(steps - 1, s.t)),
    unit: Math.max(0, Math.min(units - 1, s.unit)),
  };
}
