// The GRU, gate blocks r z n:
//   r = σ(W_ir x + b_ir + W_hr h_{t-1} + b_hr)   reset gate
//   z = σ(W_iz x + b_iz + W_hz h_{t-1} + b_hz)   update gate
//   reset after W_hn (PyTorch, cuDNN, Keras):  n = tanh(W_in x + b_in + r ⊙ (W_hn h_{t-1} + b_hn))
//   reset before (Cho et al. 2014):            n = tanh(W_in x + b_in + W_hn (r ⊙ h_{t-1}) + b_hn)
//   h_t = (1 - z) ⊙ n + z ⊙ h_{t-1}, computed as PyTorch does: (h_{t-1} - n) ⊙ z + n

import { addTransposedRows, dot } from '../kernels.ts';
import { enterState, type Stream } from '../stream.ts';
import { fastSigmoid, fastTanh } from '../fastmath.ts';

export function gruForward(s: Stream, t0: number, t1: number): void {
  for (let k = 0, n = t1 - t0; k < n; k++) {
    const t = s.reverse ? t1 - 1 - k : t0 + k;
    enterState(s, t, k === 0);
    if (s.resetAfter) gruStepAfter(s, t);
    else gruStepBefore(s, t);
  }
}

/** Reset after W_hn: the three rows of unit j share one pass over h_{t-1}; aux keeps W_hn h_{t-1} + b_hn. */
function gruStepAfter(s: Stream, t: number): void {
  const H = s.H;
  const HH = H * H;
  const W = s.whh.w;
  const bhh = s.bhh.w;
  const xw = s.xw;
  const hp = s.hp;
  const po = t * H;
  const so = s.base + po;
  const xo = 3 * po;
  const gr = s.gates[0]!;
  const gz = s.gates[1]!;
  const gn = s.gates[2]!;
  const aux = s.aux;
  const h = s.h;
  for (let j = 0; j < H; j++) {
    const rr = j * H;
    const rz = rr + HH;
    const rn = rz + HH;
    let ar = xw[xo + j]!;
    let az = xw[xo + H + j]!;
    let hn = bhh[2 * H + j]!;
    for (let q = 0; q < H; q++) {
      const hq = hp[po + q]!;
      ar += W[rr + q]! * hq;
      az += W[rz + q]! * hq;
      hn += W[rn + q]! * hq;
    }
    const r = fastSigmoid(ar);
    const z = fastSigmoid(az);
    const nn = fastTanh(xw[xo + 2 * H + j]! + r * hn);
    // h_{t-1} read before the stores (see the kernels' header)
    const hpj = hp[po + j]!;
    gr[so + j] = r;
    gz[so + j] = z;
    gn[so + j] = nn;
    aux[po + j] = hn;
    h[so + j] = (hpj - nn) * z + nn;
  }
}

/** Reset before W_hn: r and z first, then n from r ⊙ h_{t-1} (kept in aux); b_hn is already in xw. */
function gruStepBefore(s: Stream, t: number): void {
  const H = s.H;
  const HH = H * H;
  const W = s.whh.w;
  const xw = s.xw;
  const hp = s.hp;
  const rh = s.aux;
  const po = t * H;
  const so = s.base + po;
  const xo = 3 * po;
  const gr = s.gates[0]!;
  const gz = s.gates[1]!;
  const gn = s.gates[2]!;
  for (let j = 0; j < H; j++) {
    const rr = j * H;
    const rz = rr + HH;
    let ar = xw[xo + j]!;
    let az = xw[xo + H + j]!;
    for (let q = 0; q < H; q++) {
      const hq = hp[po + q]!;
      ar += W[rr + q]! * hq;
      az += W[rz + q]! * hq;
    }
    const r = fastSigmoid(ar);
    gr[so + j] = r;
    gz[so + j] = fastSigmoid(az);
    rh[po + j] = r * hp[po + j]!;
  }
  const h = s.h;
  for (let j = 0; j < H; j++) {
    const nn = fastTanh(xw[xo + 2 * H + j]! + dot(W, 2 * HH + j * H, rh, po, H));
    const z = gz[so + j]!;
    const hpj = hp[po + j]!;
    gn[so + j] = nn;
    h[so + j] = (hpj - nn) * z + nn;
  }
}

/**
 * One step back from ∂L/∂h_t to ∂L/∂a_t (dA: input side; dAh: recurrent
 * side, which differs in the n block when the reset comes after W_hn) and
 * ∂L/∂h_{t-1} (dhPrev).
 */
export function gruStepBack(
  s: Stream,
  t: number,
  dh: Float64Array,
  _dc: Float64Array,
  dhPrev: Float64Array,
  _dcPrev: Float64Array,
  dA: Float64Array,
  dAh: Float64Array,
  ao: number,
): void {
  if (s.resetAfter) gruBackAfter(s, t, dh, dhPrev, dA, dAh, ao);
  else gruBackBefore(s, t, dh, dhPrev, dA, ao);
}

function gruBackAfter(s: Stream, t: number, dh: Float64Array, dhPrev: Float64Array, dA: Float64Array, dAh: Float64Array, ao: number): void {
  const H = s.H;
  const po = t * H;
  const so = s.base + po;
  const hp = s.hp;
  const hn = s.aux;
  const gr = s.gates[0]!;
  const gz = s.gates[1]!;
  const gn = s.gates[2]!;
  for (let j = 0; j < H; j++) {
    const r = gr[so + j]!;
    const z = gz[so + j]!;
    const nn = gn[so + j]!;
    const d = dh[j]!;
    // h_t = (h_{t-1} - n) ⊙ z + n
    const dz = d * (hp[po + j]! - nn);
    const dn = d * (1 - z);
    // n = tanh(a_n + r ⊙ (W_hn h_{t-1} + b_hn))
    const dan = dn * (1 - nn * nn);
    const dar = dan * hn[po + j]! * (1 - r) * r;
    const daz = dz * (1 - z) * z;
    dA[ao + j] = dar;
    dA[ao + H + j] = daz;
    dA[ao + 2 * H + j] = dan;
    dAh[ao + j] = dar;
    dAh[ao + H + j] = daz;
    dAh[ao + 2 * H + j] = dan * r;
    // the direct path z ⊙ h_{t-1}
    dhPrev[j] = d * z;
  }
  // ... plus W_hhᵀ over the recurrent-side gradients of all three blocks
  addTransposedRows(s.whh.w, H, 0, 3 * H, dAh, ao, dhPrev, 0);
}

function gruBackBefore(s: Stream, t: number, dh: Float64Array, dhPrev: Float64Array, dA: Float64Array, ao: number): void {
  const H = s.H;
  const po = t * H;
  const so = s.base + po;
  const hp = s.hp;
  const gr = s.gates[0]!;
  const gz = s.gates[1]!;
  const gn = s.gates[2]!;
  const drh = s.tmp;
  for (let j = 0; j < H; j++) {
    const z = gz[so + j]!;
    const nn = gn[so + j]!;
    const d = dh[j]!;
    // h_t = (h_{t-1} - n) ⊙ z + n
    dA[ao + H + j] = d * (hp[po + j]! - nn) * (1 - z) * z;
    dA[ao + 2 * H + j] = d * (1 - z) * (1 - nn * nn);
    drh[j] = 0;
  }
  // n = tanh(a_n + W_hn (r ⊙ h_{t-1})): ∂L/∂(r ⊙ h_{t-1}) = W_hnᵀ ∂L/∂a_n
  addTransposedRows(s.whh.w, H, 2 * H, H, dA, ao + 2 * H, drh, 0);
  for (let j = 0; j < H; j++) {
    const r = gr[so + j]!;
    const hq = hp[po + j]!;
    dA[ao + j] = drh[j]! * hq * (1 - r) * r;
    // through r ⊙ h_{t-1} and through the direct path z ⊙ h_{t-1}
    dhPrev[j] = drh[j]! * r + dh[j]! * gz[so + j]!;
  }
  // ... plus W_hrᵀ ∂L/∂a_r + W_hzᵀ ∂L/∂a_z
  addTransposedRows(s.whh.w, H, 0, 2 * H, dA, ao, dhPrev, 0);
}
