// The vanilla cell: a_t = W_ih x_t + b_ih + W_hh h_{t-1} + b_hh,  h_t = φ(a_t)
// with φ = tanh, ReLU, σ or the identity.

import { addTransposedRows, dot } from '../kernels.ts';
import { ACT_IDENTITY, ACT_RELU, ACT_SIGMOID, ACT_TANH, enterState, type Stream } from '../stream.ts';
import { fastSigmoid, fastTanh } from '../fastmath.ts';

/** Forward over steps [t0, t1) (in reverse order for the backward direction). */
export function rnnForward(s: Stream, t0: number, t1: number): void {
  const H = s.H;
  const W = s.whh.w;
  const xw = s.xw;
  const h = s.h;
  const hp = s.hp;
  const act = s.act;
  for (let k = 0, n = t1 - t0; k < n; k++) {
    const t = s.reverse ? t1 - 1 - k : t0 + k;
    enterState(s, t, k === 0);
    const po = t * H;
    const so = s.base + po;
    for (let j = 0; j < H; j++) {
      // a_t[j] = (W_ih x_t + b_ih + b_hh)[j] + W_hh[j,:] · h_{t-1}, then h_t[j] = φ(a_t[j])
      // (ReLU lets NaN through, as PyTorch does; written-out.ts has this loop unrolled for small H)
      const a = xw[po + j]! + dot(W, j * H, hp, po, H);
      h[so + j] = act === ACT_TANH ? fastTanh(a) : act === ACT_RELU ? (a < 0 ? 0 : a) : act === ACT_SIGMOID ? fastSigmoid(a) : a;
    }
  }
}

/**
 * One step back: from ∂L/∂h_t (dh) to ∂L/∂a_t (stored in dA at ao) and the
 * part of ∂L/∂h_{t-1} that flows through W_hh (written to dhPrev).
 * φ' is read off the output y = h_t the way autograd does:
 * tanh' = 1 - y², σ' = (1 - y) y, ReLU' = [y > 0], identity' = 1.
 */
export function rnnStepBack(
  s: Stream,
  t: number,
  dh: Float64Array,
  _dc: Float64Array,
  dhPrev: Float64Array,
  _dcPrev: Float64Array,
  dA: Float64Array,
  _dAh: Float64Array,
  ao: number,
): void {
  const H = s.H;
  const h = s.h;
  const so = s.base + t * H;
  const act = s.act;
  for (let j = 0; j < H; j++) {
    const y = h[so + j]!;
    const g = dh[j]!;
    let da: number;
    if (act === ACT_RELU) da = y > 0 ? g : 0;
    else if (act === ACT_SIGMOID) da = g * (1 - y) * y;
    else if (act === ACT_IDENTITY) da = g;
    else da = g * (1 - y * y);
    dA[ao + j] = da;
    dhPrev[j] = 0;
  }
  // ∂L/∂h_{t-1} = W_hhᵀ ∂L/∂a_t
  addTransposedRows(s.whh.w, H, 0, H, dA, ao, dhPrev, 0);
}
