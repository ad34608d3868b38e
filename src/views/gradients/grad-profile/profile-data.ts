// What the gradient-profile chart draws, computed from one telemetry frame
// (already turned into per-distance arrays). Pure, so it is tested without a DOM.

import { perStepFactor, regimeOf, type Regime } from '../../../engine/experiments/index.ts';
import type { LineChartData } from '../common/line-chart.ts';

export interface ProfileData {
  /** T */
  steps: number;
  /** ‖∂L/∂h_t‖ by distance k = T − 1 − t (index 0 is the last step) */
  dLdh: Float64Array;
  /** ‖∂h_T/∂h_t‖ by distance */
  dhTdh: Float64Array;
  /** ‖∂c_T/∂c_t‖ by distance, LSTM only */
  dcTdc: Float64Array | null;
  /** spectral radius of W_hh (the first gate block for gated cells) */
  rho: number;
  /** ‖∂h_T/∂h_t‖ by distance before the latest change of settings, to compare with */
  ghost?: Float64Array | null;
}

export interface ProfileSummary {
  far: number;
  first: number;
  last: number;
  lossFirst: number;
  lossLast: number;
  factor: number;
  regime: Regime | null;
  rhoFar: number;
}

export const PROFILE_SERIES = ['dLdh', 'dhTdh', 'dcTdc', 'ref', 'ghost'] as const;

export function profileChartData(d: ProfileData): LineChartData {
  const n = d.dhTdh.length;
  const x = Float64Array.from({ length: n }, (_, k) => k);
  // ρ^k scaled to start where ‖∂h_T/∂h_t‖ starts (√H: the identity at k = 0).
  const start = d.dhTdh[0] ?? 1;
  const ref = Float64Array.from({ length: n }, (_, k) => start * d.rho ** k);
  return {
    series: {
      dLdh: { x, y: d.dLdh },
      dhTdh: { x, y: d.dhTdh },
      dcTdc: d.dcTdc ? { x, y: d.dcTdc } : undefined,
      ref: Number.isFinite(d.rho) ? { x, y: ref } : undefined,
      ghost: d.ghost ? { x: Float64Array.from({ length: d.ghost.length }, (_, k) => k), y: d.ghost } : undefined,
    },
  };
}

export function summariseProfile(d: ProfileData): ProfileSummary {
  const far = Math.max(0, d.dhTdh.length - 1);
  const factor = perStepFactor(d.dhTdh);
  return {
    far,
    first: d.dhTdh[0] ?? Number.NaN,
    last: d.dhTdh[far] ?? Number.NaN,
    lossFirst: d.dLdh[0] ?? Number.NaN,
    lossLast: d.dLdh[far] ?? Number.NaN,
    factor,
    regime: regimeOf(factor),
    rhoFar: d.rho ** far,
  };
}

/** Distances worth a table row: 0, 1, 2, 5, 10, 20, 50, 100, 150, … and the last one. */
export function tableDistances(n: number): number[] {
  const picks = [0, 1, 2, 5, 10, 20, 50, 100, 150].filter((k) => k < n);
  if (n > 0 && !picks.includes(n - 1)) picks.push(n - 1);
  return picks;
}
