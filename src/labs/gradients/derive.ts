// From engine frames to what each view draws. Pure functions of a frame, so
// they are tested on hand-made frames without a worker or a DOM.

import { byDistance, meanSlope, type Activation, type CellKind } from '../../engine/index.ts';
import type { FrameEvent } from '../../worker/protocol.ts';
import type { ChainData } from '../../views/gradients/chain/chain-data.ts';
import type { EigenData } from '../../views/gradients/eigen/eigen-data.ts';
import type { ProfileData } from '../../views/gradients/grad-profile/profile-data.ts';
import type { Vec2 } from '../../engine/index.ts';
import { gradientSlice } from '../../engine/index.ts';

export function profileFrom(frame: FrameEvent): ProfileData {
  const t = frame.telemetry;
  return {
    steps: t.steps,
    dLdh: byDistance(t.dLdh, t.steps),
    dhTdh: byDistance(t.dhTdh, t.steps),
    dcTdc: t.dcTdc ? byDistance(t.dcTdc, t.steps) : null,
    rho: frame.spectrum?.spectralRadius ?? Number.NaN,
  };
}

/** The names the chain table uses for the slope it measures. */
export const SLOPE_NAMES: Record<Activation, string> = { tanh: 'tanh', relu: 'ReLU', sigmoid: 'σ', identity: 'id' };

/**
 * The slope s̄ of the chain: the vanilla cell's own activation at h_t; for
 * the gated cells, tanh at their candidate (g for the LSTM, n for the GRU),
 * the squashing every step of their main path goes through.
 */
export function chainFrom(frame: FrameEvent, cell: CellKind, activation: Activation): ChainData {
  const t = frame.telemetry;
  const H = t.hiddenSize;
  let slope: number;
  let slopeName: string;
  if (cell === 'rnn') {
    slope = meanSlope(activation, t.h, t.steps, H);
    slopeName = SLOPE_NAMES[activation];
  } else {
    const candidate = cell === 'lstm' ? t.gates.g : t.gates.n;
    slope = candidate ? meanSlope('tanh', candidate, t.steps, H) : Number.NaN;
    slopeName = 'tanh';
  }
  return { slopeName, slope, rho: frame.spectrum?.spectralRadius ?? Number.NaN, dhTdh: byDistance(t.dhTdh, t.steps) };
}

/** The first H × H block of W_hh (the only one for vanilla cells; i for the LSTM, r for the GRU). */
export function eigenFrom(frame: FrameEvent): EigenData | null {
  const s = frame.spectrum;
  const w = frame.params.find((p) => p.name === 'rnn.weight_hh_l0');
  if (!s || !w) return null;
  const H = w.cols;
  return { re: s.re, im: s.im, rho: s.spectralRadius, w: w.w.subarray(0, H * H), hiddenSize: H };
}

/** The latest gradient as (‖∇W_hh‖, ‖∇ rest‖), from the frame's per-parameter norms. */
export function sliceFrom(frame: FrameEvent): Vec2 | null {
  const names = frame.params.map((p) => p.name);
  const norms = frame.telemetry.paramGradNorms;
  if (norms.length !== names.length || frame.step === 0) return null;
  return gradientSlice(norms, (k) => names[k]!.startsWith('rnn.weight_hh'));
}
