// The LSTM (PyTorch's): with a_t = W_ih x_t + b_ih + W_hh h_{t-1} + b_hh
// split into the blocks i f g o,
//   i = σ(a_i)  input gate      f = σ(a_f)  forget gate
//   g = tanh(a_g) candidate     o = σ(a_o)  output gate
//   c_t = f ⊙ c_{t-1} + i ⊙ g,   h_t = o ⊙ tanh(c_t)

import { addTransposedRows } from '../kernels.ts';
import { enterState, type Stream } from '../stream.ts';
import { fastSigmoid, fastTanh } from '../fastmath.ts';

/** Forward over steps [t0, t1); the four gate rows of unit j share one pass over h_{t-1}. */
export function lstmForward(s: Stream, t0: number, t1: number): void {
  const H = s.H;
  const HH = H * H;
  const W = s.whh.w;
  const xw = s.xw;
  const h = s.h;
  const c = s.c;
  const hp = s.hp;
  const cp = s.cp;
  const tc = s.aux;
  const gi = s.gates[0]!;
  const gf = s.gates[1]!;
  const gg = s.gates[2]!;
  const go = s.gates[3]!;
  for (let k = 0, n = t1 - t0; k < n; k++) {
    const t = s.reverse ? t1 - 1 - k : t0 + k;
    enterState(s, t, k === 0);
    const po = t * H;
    const so = s.base + po;
    const xo = 4 * po;
    for (let j = 0; j < H; j++) {
      const ri = j * H;
      const rf = ri + HH;
      const rg = rf + HH;
      const ro = rg + HH;
      let ai = xw[xo + j]!;
      let af = xw[xo + H + j]!;
      let ag = xw[xo + 2 * H + j]!;
      let ao = xw[xo + 3 * H + j]!;
      for (let q = 0; q < H; q++) {
        const hq = hp[po + q]!;
        ai += W[ri + q]! * hq;
        af += W[rf + q]! * hq;
        ag += W[rg + q]! * hq;
        ao += W[ro + q]! * hq;
      }
      const i = fastSigmoid(ai);
      const f = fastSigmoid(af);
      const g = fastTanh(ag);
      const o = fastSigmoid(ao);
      const ct = f * cp[po + j]! + i * g;
      const tct = fastTanh(ct);
      gi[so + j] = i;
      gf[so + j] = f;
      gg[so + j] = g;
      go[so + j] = o;
      c[so + j] = ct;
      tc[po + j] = tct;
      h[so + j] = o * tct;
    }
  }
}

/**
 * One step back from the adjoint of the state (dh = ∂L/∂h_t, dc = ∂L/∂c_t
 * from step t+1) to ∂L/∂a_t (dA at ao, blocks i f g o) and the adjoint of
 * the entering state (dhPrev, dcPrev).
 */
export function lstmStepBack(
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
  const cp = s.cp;
  const tc = s.aux;
  const gi = s.gates[0]!;
  const gf = s.gates[1]!;
  const gg = s.gates[2]!;
  const go = s.gates[3]!;
  for (let j = 0; j < H; j++) {
    const i = gi[so + j]!;
    const f = gf[so + j]!;
    const g = gg[so + j]!;
    const o = go[so + j]!;
    const tct = tc[po + j]!;
    const dhj = dh[j]!;
    // read before the first store (see the kernels' header)
    const cpj = cp[po + j]!;
    // h_t = o ⊙ tanh(c_t): c_t gets dh · o · (1 - tanh²(c_t)) on top of what c_{t+1} sends back
    const dct = dc[j]! + dhj * o * (1 - tct * tct);
    // c_t = f ⊙ c_{t-1} + i ⊙ g, then each gate through its own non-linearity
    dA[ao + j] = dct * g * (1 - i) * i;
    dA[ao + H + j] = dct * cpj * (1 - f) * f;
    dA[ao + 2 * H + j] = dct * i * (1 - g * g);
    dA[ao + 3 * H + j] = dhj * tct * (1 - o) * o;
    dcPrev[j] = dct * f;
    dhPrev[j] = 0;
  }
  // ∂L/∂h_{t-1} = W_hhᵀ ∂L/∂a_t over the four gate blocks
  addTransposedRows(s.whh.w, H, 0, 4 * H, dA, ao, dhPrev, 0);
}
