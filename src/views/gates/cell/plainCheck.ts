// The GRU with r = 1 and z = 0 is the plain recurrent cell. This module
// recomputes one GRU step from the weights the worker used for the reading
// (an `evaluated` event's params) and the state it reported, with the gates
// either as learnt or forced, and the plain tanh cell built from the GRU's
// n-block weights, so the page can show the two side by side.
//
// Layouts are PyTorch's: weight_ih is 3H × V with blocks [r; z; n], inputs
// are one-hot, so W x is one column.

import type { ParamSnapshot } from '../../../worker/protocol.ts';

export interface GruWeights {
  H: number;
  V: number;
  wih: Float64Array;
  whh: Float64Array;
  bih: Float64Array;
  bhh: Float64Array;
}

/** The first layer's forward-direction GRU weights, or null if the snapshot lacks them. */
export function gruWeights(params: readonly ParamSnapshot[]): GruWeights | null {
  const find = (name: string) => params.find((p) => p.name === `rnn.${name}_l0`);
  const wih = find('weight_ih');
  const whh = find('weight_hh');
  const bih = find('bias_ih');
  const bhh = find('bias_hh');
  if (!wih || !whh || !bih || !bhh || wih.rows % 3 !== 0) return null;
  return { H: wih.rows / 3, V: wih.cols, wih: wih.w, whh: whh.w, bih: bih.w, bhh: bhh.w };
}

/** Row `row` of W times the one-hot x (its column x) plus the bias. */
function inputSide(w: GruWeights, row: number, x: number): number {
  return (w.wih[row * w.V + x] ?? Number.NaN) + (w.bih[row] ?? Number.NaN);
}

/** Row `row` of W_hh times v (no bias). */
function hidden(w: GruWeights, row: number, v: ArrayLike<number>): number {
  let s = 0;
  for (let q = 0; q < w.H; q++) s += (w.whh[row * w.H + q] ?? Number.NaN) * (v[q] ?? Number.NaN);
  return s;
}

const sigmoid = (a: number) => 1 / (1 + Math.exp(-a));

export interface GruStep {
  r: Float64Array;
  z: Float64Array;
  n: Float64Array;
  h: Float64Array;
}

/** One GRU step from h_{t−1} on character id x; `force` replaces the learnt r and z everywhere. */
export function gruStep(
  w: GruWeights,
  x: number,
  hPrev: ArrayLike<number>,
  resetAfter: boolean,
  force: { r: number; z: number } | null = null,
): GruStep {
  const H = w.H;
  const r = new Float64Array(H);
  const z = new Float64Array(H);
  const n = new Float64Array(H);
  const h = new Float64Array(H);
  for (let j = 0; j < H; j++) {
    r[j] = force ? force.r : sigmoid(inputSide(w, j, x) + hidden(w, j, hPrev) + (w.bhh[j] ?? 0));
    z[j] = force ? force.z : sigmoid(inputSide(w, H + j, x) + hidden(w, H + j, hPrev) + (w.bhh[H + j] ?? 0));
  }
  // Cho et al. 2014 apply r to h_{t−1} before W_hn; PyTorch to W_hn h_{t−1} + b_hn.
  const rh = Float64Array.from({ length: H }, (_, q) => (r[q] ?? 0) * (hPrev[q] ?? 0));
  for (let j = 0; j < H; j++) {
    const row = 2 * H + j;
    const rec = resetAfter ? (r[j] ?? 0) * (hidden(w, row, hPrev) + (w.bhh[row] ?? 0)) : hidden(w, row, rh) + (w.bhh[row] ?? 0);
    n[j] = Math.tanh(inputSide(w, row, x) + rec);
    h[j] = (1 - (z[j] ?? 0)) * (n[j] ?? 0) + (z[j] ?? 0) * (hPrev[j] ?? 0);
  }
  return { r, z, n, h };
}

/** The plain tanh cell with the GRU's n-block weights: h_t = tanh(W_in x + b_in + W_hn h_{t−1} + b_hn). */
export function plainStep(w: GruWeights, x: number, hPrev: ArrayLike<number>): Float64Array {
  const H = w.H;
  return Float64Array.from({ length: H }, (_, j) => {
    const row = 2 * H + j;
    return Math.tanh(inputSide(w, row, x) + hidden(w, row, hPrev) + (w.bhh[row] ?? 0));
  });
}

/** Largest |a − b| over the units. */
export function maxGap(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let j = 0; j < a.length; j++) m = Math.max(m, Math.abs((a[j] ?? Number.NaN) - (b[j] ?? Number.NaN)));
  return m;
}

export interface PlainCheck {
  /** the GRU recomputed with its learnt gates (should equal the worker's h_t) */
  learnt: GruStep;
  after: Float64Array;
  before: Float64Array;
  plain: Float64Array;
}

/** Everything the check shows for step t, from the weights and the worker's h_{t−1} (zero at t = 0). */
export function plainCheck(w: GruWeights, x: number, hPrev: ArrayLike<number>, resetAfter: boolean): PlainCheck {
  const force = { r: 1, z: 0 };
  return {
    learnt: gruStep(w, x, hPrev, resetAfter),
    after: gruStep(w, x, hPrev, true, force).h,
    before: gruStep(w, x, hPrev, false, force).h,
    plain: plainStep(w, x, hPrev),
  };
}
