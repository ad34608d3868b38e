// The lecture notes' gate-free residual cell ("simple LSTM"), one block G = 1:
//   g_t = tanh(W_ih x_t + b_ih + W_hh h_{t-1} + b_hh)
//   c_t = c_{t-1} + g_t          (the additive path: ∂c_t/∂c_{t-1} = I)
//   h_t = tanh(c_t)

import { addTransposedRows, dot } from '../kernels.ts';
import { enterState, type Stream } from '../stream.ts';
import { fastTanh } from '../fastmath.ts';

export function lstmSimpleForward(s: Stream, t0: number, t1: number): void {
  const H = s.H;
  const W = s.whh.w;
  const xw = s.xw;
  const h = s.h;
  const c = s.c;
  const hp = s.hp;
  const cp = s.cp;
  const gs = s.aux;
  for (let k = 0, n = t1 - t0; k < n; k++) {
    const t = s.reverse ? t1 - 1 - k : t0 + k;
    enterState(s, t, k === 0);
    const po = t * H;
    const so = s.base + po;
    for (let j = 0; j < H; j++) {
      const g = fastTanh(xw[po + j]! + dot(W, j * H, hp, po, H));
      const ct = cp[po + j]! + g;
      gs[po + j] = g;
      c[so + j] = ct;
      h[so + j] = fastTanh(ct);
    }
  }
}

/** One step back from (∂L/∂h_t, ∂L/∂c_t) to ∂L/∂a_t and (∂L/∂h_{t-1}, ∂L/∂c_{t-1}). */
export function lstmSimpleStepBack(
  s: Stream,
  t: number,
  dh: Float64Array,
  dc: Float64Array,
  dhPrev: Float64Array,
  dcPrev: Float64Array,
  dA: Float64Array,
  _dAh: Float64Array,
  ao: number,
): void {
  const H = s.H;
  const po = t * H;
  const so = s.base + po;
  const h = s.h;
  const gs = s.aux;
  for (let j = 0; j < H; j++) {
    const y = h[so + j]!;
    const g = gs[po + j]!;
    // h_t = tanh(c_t)
    const dct = dc[j]! + dh[j]! * (1 - y * y);
    // c_t = c_{t-1} + g_t: the residual path passes ∂L/∂c_t back unchanged
    dcPrev[j] = dct;
    dA[ao + j] = dct * (1 - g * g);
    dhPrev[j] = 0;
  }
  // ∂L/∂h_{t-1} = W_hhᵀ ∂L/∂a_t
  addTransposedRows(s.whh.w, H, 0, H, dA, ao, dhPrev, 0);
}
