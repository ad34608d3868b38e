// The cells behind one interface: a forward pass over a range of steps, and
// one step of backpropagation from the adjoint of the state at step t to the
// gradient of the pre-activations a_t and the adjoint of the state at t-1.
// Training's backward pass and the Jacobian norms both use the same step.

import type { CellKind } from '../api.ts';
import type { Stream } from '../stream.ts';
import { gruForward, gruStepBack } from './gru.ts';
import { lstmForward, lstmStepBack } from './lstm.ts';
import { lstmSimpleForward, lstmSimpleStepBack } from './lstmSimple.ts';
import { rnnForward, rnnStepBack } from './rnn.ts';
import { writtenOutOps, type WrittenOutCell } from './written-out.ts';
import type { CellConfig } from '../spec.ts';

export type CellForward = (s: Stream, t0: number, t1: number) => void;

/**
 * (dh, dc): adjoint of (h_t, c_t). Writes ∂L/∂a_t into dA (input side) and
 * dAh (recurrent side) at offset ao, and the adjoint of (h_{t-1}, c_{t-1})
 * into (dhPrev, dcPrev). dc and dcPrev are unused by cells without c_t.
 */
export type CellStepBack = (
  s: Stream,
  t: number,
  dh: Float64Array,
  dc: Float64Array,
  dhPrev: Float64Array,
  dcPrev: Float64Array,
  dA: Float64Array,
  dAh: Float64Array,
  ao: number,
) => void;

export interface CellOps {
  readonly forward: CellForward;
  readonly stepBack: CellStepBack;
}

const OPS: Record<CellKind, CellOps> = {
  rnn: { forward: rnnForward, stepBack: rnnStepBack },
  lstm: { forward: lstmForward, stepBack: lstmStepBack },
  lstm_simple: { forward: lstmSimpleForward, stepBack: lstmSimpleStepBack },
  gru: { forward: gruForward, stepBack: gruStepBack },
};

/** The written-out kernels that do a cell's work, if there are any (written-out.ts). */
function writtenOutCell(cfg: CellConfig): WrittenOutCell | null {
  if (cfg.cell === 'lstm') return 'lstm';
  if (cfg.cell === 'gru') return cfg.resetAfter ? 'gru_after' : null;
  if (cfg.cell === 'rnn') return cfg.activation === 'tanh' ? 'rnn_tanh' : cfg.activation === 'sigmoid' ? 'rnn_sigmoid' : null;
  return null;
}

/** A cell's kernels: for a small hidden size, written out for that size. */
export function cellOps(cfg: CellConfig): CellOps {
  const cell = writtenOutCell(cfg);
  return (cell === null ? null : writtenOutOps(cell, cfg.hiddenSize)) ?? OPS[cfg.cell];
}

/** The general kernels, whatever the size (to check the written-out ones against). */
export function generalCellOps(cell: CellKind): CellOps {
  return OPS[cell];
}

/** Names of the gate activations each cell records, in storage order. */
export function gateNames(cell: CellKind): readonly ('i' | 'f' | 'g' | 'o' | 'r' | 'z' | 'n')[] {
  if (cell === 'lstm') return ['i', 'f', 'g', 'o'];
  if (cell === 'gru') return ['r', 'z', 'n'];
  return [];
}
