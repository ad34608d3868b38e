// What the gradient-path plot draws: for a passage of T steps, the norm of
// ∂s_T/∂s_t against the distance d = T − t (0-based steps: t = T − 1 − d),
// where s is the cell state c for the two LSTMs and h for the plain cell.
// The worker fills these norms (dcTdc, dhTdh) when it evaluates a passage.

import type { TelemetrySnapshot } from '../../../worker/protocol.ts';

export type JacobianCell = 'lstm_simple' | 'lstm' | 'rnn';

export interface Curve {
  cell: JacobianCell;
  /** value[d] = ‖∂s_T/∂s_{T−d}‖_F */
  value: Float64Array;
}

export function curveOf(cell: JacobianCell, tel: TelemetrySnapshot): Curve {
  const norms = cell === 'rnn' ? tel.dhTdh : tel.dcTdc;
  const T = tel.steps;
  return { cell, value: Float64Array.from({ length: T }, (_, d) => norms?.[T - 1 - d] ?? Number.NaN) };
}

/** Smallest value the log axis shows: norms that underflow to 0 are drawn at the floor. */
export const LOG_FLOOR = 1e-40;
