// One direction of one recurrent layer ("stream" s = layer · D + direction),
// with every buffer its forward and backward passes need, allocated once for
// `maxSteps` steps. Row t of a per-step cache starts at t·H (t·G·H for the
// gate blocks); the telemetry buffers shared by all streams start at base + t·H.

import type { CellKind, Param } from './api.ts';
import type { CellConfig } from './spec.ts';
import { gatesOf, hasCellState } from './spec.ts';

/** Activation codes for the vanilla cell's inner loops. */
export const ACT_TANH = 0;
export const ACT_RELU = 1;
export const ACT_SIGMOID = 2;
export const ACT_IDENTITY = 3;

export interface Stream {
  readonly layer: number;
  readonly reverse: boolean;
  readonly cell: CellKind;
  readonly act: number;
  readonly resetAfter: boolean;
  readonly H: number;
  /** G·H: rows of W_ih and W_hh */
  readonly GH: number;
  /** width of x_t */
  readonly I: number;
  readonly wih: Param;
  readonly whh: Param;
  readonly bih: Param;
  readonly bhh: Param;
  /** rows of xw that already hold b_hh (all but the GRU's n block when the reset is applied after W_hn) */
  readonly foldRows: number;
  /** offset of this stream's step 0 in the shared buffers h, c and gates */
  readonly base: number;
  /** shared [stream][t][unit] buffers (telemetry) */
  readonly h: Float64Array;
  readonly c: Float64Array;
  readonly gates: readonly Float64Array[];
  /** h_{t-1} and c_{t-1} as they entered step t */
  readonly hp: Float64Array;
  readonly cp: Float64Array;
  /** lstm: tanh(c_t); lstm_simple: g_t; gru: W_hn h_{t-1} + b_hn (reset after) or r_t ⊙ h_{t-1} (reset before) */
  readonly aux: Float64Array;
  /** W_ih x_t + b_ih (+ b_hh), all gate blocks */
  readonly xw: Float64Array;
  /** ∂L/∂a_t for the input side (W_ih, b_ih, x_t) ... */
  readonly dA: Float64Array;
  /** ... and for the recurrent side (W_hh, b_hh); the same array except in the GRU with the reset after W_hn */
  readonly dAh: Float64Array;
  /** the state entering the first step, and the gradient reaching it */
  readonly h0: Float64Array;
  readonly c0: Float64Array;
  readonly dh0: Float64Array;
  readonly dc0: Float64Array;
  /** scratch vectors of H */
  readonly dh: Float64Array;
  readonly dcTmp: Float64Array;
  readonly tmp: Float64Array;
  /** ‖∂L/∂h_t‖ per step, when this stream reports it (top layer, forward direction) */
  dhNorm: Float64Array | null;
  /** ‖what step t adds to ∂L/∂W_hh‖ (Frobenius), reported by the same stream */
  whhContrib: Float64Array | null;
}

export interface SharedBuffers {
  readonly h: Float64Array;
  readonly c: Float64Array;
  readonly gates: readonly Float64Array[];
}

export function createStream(
  cfg: CellConfig,
  layer: number,
  reverse: boolean,
  index: number,
  inputSize: number,
  maxSteps: number,
  weights: { wih: Param; whh: Param; bih: Param; bhh: Param },
  shared: SharedBuffers,
): Stream {
  const H = cfg.hiddenSize;
  const GH = gatesOf(cfg.cell) * H;
  const withC = hasCellState(cfg.cell);
  const twoSided = cfg.cell === 'gru' && cfg.resetAfter;
  const dA = new Float64Array(maxSteps * GH);
  const acts = ['tanh', 'relu', 'sigmoid', 'identity'];
  return {
    layer,
    reverse,
    cell: cfg.cell,
    act: acts.indexOf(cfg.activation),
    resetAfter: cfg.resetAfter,
    H,
    GH,
    I: inputSize,
    ...weights,
    foldRows: twoSided ? 2 * H : GH,
    base: index * maxSteps * H,
    h: shared.h,
    c: shared.c,
    gates: shared.gates,
    hp: new Float64Array(maxSteps * H),
    cp: new Float64Array(withC ? maxSteps * H : 0),
    aux: new Float64Array(cfg.cell === 'rnn' ? 0 : maxSteps * H),
    xw: new Float64Array(maxSteps * GH),
    dA,
    dAh: twoSided ? new Float64Array(maxSteps * GH) : dA,
    h0: new Float64Array(H),
    c0: new Float64Array(withC ? H : 0),
    dh0: new Float64Array(H),
    dc0: new Float64Array(withC ? H : 0),
    dh: new Float64Array(H),
    dcTmp: new Float64Array(withC ? H : 0),
    tmp: new Float64Array(H),
    dhNorm: null,
    whhContrib: null,
  };
}

/**
 * Copies the state entering step t into hp[t] (and cp[t]). The first step of
 * a pass starts from h0 (c0) when it starts the sequence (t = 0, or t = T-1
 * going backwards); a pass that starts later (a truncated-BPTT window, one
 * step of generation) continues from the cached state of the step before.
 */
export function enterState(s: Stream, t: number, first: boolean): void {
  const H = s.H;
  const o = t * H;
  const fromStart = first && (s.reverse || t === 0);
  const src = fromStart ? s.h0 : s.h;
  const so = fromStart ? 0 : s.base + (s.reverse ? t + 1 : t - 1) * H;
  const hp = s.hp;
  for (let j = 0; j < H; j++) hp[o + j] = src[so + j]!;
  if (s.cp.length === 0) return;
  const csrc = fromStart ? s.c0 : s.c;
  const cp = s.cp;
  for (let j = 0; j < H; j++) cp[o + j] = csrc[so + j]!;
}
