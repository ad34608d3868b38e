// The recurrent matrices of a model, for the lessons on powers of W_hh:
// h_t ≈ W_hh^t h_0 explodes or vanishes with the spectral radius of W_hh.
// Gated cells stack one H x H block per gate (i f g o; r z n).

import type { Eigenvalues, GateName, Model } from './api.ts';
import { gateNames } from './cells/index.ts';
import { eigenvalues, spectralRadius } from './linalg.ts';
import { checkInt } from './validate.ts';

export interface RecurrentBlockOptions {
  /** default 0 */
  layer?: number;
  /** the reverse direction of a bidirectional layer; default false */
  reverse?: boolean;
  /** the gate block of an LSTM or GRU; default the first (i, or r) */
  gate?: GateName;
}

/** A copy of one H x H block of W_hh (row-major), for eigenvalues and plots. */
export function recurrentMatrix(model: Model, options: RecurrentBlockOptions = {}): { matrix: Float64Array; n: number } {
  const rnn = model.spec.rnn;
  const H = rnn.hiddenSize;
  const layer = checkInt('layer', options.layer ?? 0, 0, rnn.numLayers - 1);
  const reverse = options.reverse ?? false;
  if (reverse && !rnn.bidirectional) throw new Error('reverse: expected false for a unidirectional model, got true');
  const gates = gateNames(rnn.cell);
  let block = 0;
  if (options.gate !== undefined) {
    block = gates.indexOf(options.gate);
    if (block < 0) {
      const known = gates.length > 0 ? `one of ${gates.join(', ')}` : 'no gate (this cell has a single block)';
      throw new Error(`gate: expected ${known}, got ${JSON.stringify(options.gate)}`);
    }
  }
  const w = model.param(`rnn.weight_hh_l${layer}${reverse ? '_reverse' : ''}`).w;
  return { matrix: w.slice(block * H * H, (block + 1) * H * H), n: H };
}

/** Eigenvalues of one block of W_hh. */
export function recurrentEigenvalues(model: Model, options: RecurrentBlockOptions = {}): Eigenvalues {
  const { matrix, n } = recurrentMatrix(model, options);
  return eigenvalues(matrix, n);
}

/** Spectral radius max |λ| of one block of W_hh. */
export function recurrentSpectralRadius(model: Model, options: RecurrentBlockOptions = {}): number {
  const { matrix, n } = recurrentMatrix(model, options);
  return spectralRadius(matrix, n);
}
