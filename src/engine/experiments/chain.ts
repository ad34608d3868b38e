// The derivative chain of the lecture notes: backpropagating through n steps
// multiplies the gradient by n local slopes. The sigmoid's slope is at most
// 1/4 (at 0), so a chain of sigmoids shrinks the gradient at least as fast as
// 0.25^n; tanh's slope is at most 1 but, at the activations a trained net
// actually visits, usually well below it.

import type { Activation } from '../api.ts';

/** σ'(a) = σ(a)(1 − σ(a)) peaks at a = 0, where σ = 1/2: 1/2 · 1/2. */
export const SIGMOID_MAX_SLOPE = 0.25;

/** The chain lengths the notes tabulate. */
export const CHAIN_LENGTHS: readonly number[] = [1, 2, 4, 8, 16, 50];

/**
 * The activation's slope φ'(a) written in terms of its output y = φ(a), so it
 * can be read off recorded states without the pre-activations:
 * tanh' = 1 − y², σ' = y(1 − y), ReLU' = [y > 0], identity' = 1.
 */
export function slopeFromOutput(activation: Activation, y: number): number {
  switch (activation) {
    case 'tanh':
      return 1 - y * y;
    case 'sigmoid':
      return y * (1 - y);
    case 'relu':
      return y > 0 ? 1 : 0;
    case 'identity':
      return 1;
    default: {
      const never: never = activation;
      throw new Error(`activation: expected tanh, relu, sigmoid or identity, got ${JSON.stringify(never)}`);
    }
  }
}

/**
 * Mean slope over the first `steps` time steps of one [t][unit] block of
 * recorded outputs (stream 0 of a telemetry array). NaN when there is nothing
 * to average.
 */
export function meanSlope(activation: Activation, outputs: ArrayLike<number>, steps: number, units: number): number {
  const n = steps * units;
  if (n <= 0 || outputs.length < n) return Number.NaN;
  let sum = 0;
  for (let k = 0; k < n; k++) sum += slopeFromOutput(activation, outputs[k]!);
  return sum / n;
}

export interface ChainRow {
  n: number;
  /** 0.25ⁿ: the best case for a chain of sigmoids */
  sigmoid: number;
  /** s̄ⁿ with s̄ the mean slope at the current activations */
  slope: number;
  /** (ρ s̄)ⁿ: the slope chain times the recurrent matrix's growth per step */
  slopeTimesRho: number;
}

/** One row per chain length. `slope` and `rho` may be NaN (not measured yet); the rows then carry NaN. */
export function chainTable(slope: number, rho: number, lengths: readonly number[] = CHAIN_LENGTHS): ChainRow[] {
  return lengths.map((n) => ({
    n,
    sigmoid: SIGMOID_MAX_SLOPE ** n,
    slope: slope ** n,
    slopeTimesRho: (rho * slope) ** n,
  }));
}

/**
 * The factor one step of backpropagation multiplies the gradient norm by, as
 * measured: the geometric mean of norm(k+1)/norm(k) over the distances
 * `from`..`to` of a per-distance profile (index = distance), i.e.
 * (norm(to)/norm(from))^(1/(to − from)). Zero and non-finite entries end the
 * usable range early. NaN when fewer than two usable points remain.
 */
export function perStepFactor(byDistance: ArrayLike<number>, from = 0, to = byDistance.length - 1): number {
  let last = Math.min(to, byDistance.length - 1);
  for (let k = from; k <= last; k++) {
    const v = byDistance[k]!;
    if (!(v > 0) || !Number.isFinite(v)) {
      last = k - 1;
      break;
    }
  }
  if (last <= from) return Number.NaN;
  return (byDistance[last]! / byDistance[from]!) ** (1 / (last - from));
}
