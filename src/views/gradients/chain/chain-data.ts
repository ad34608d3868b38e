// The derivative chain view's numbers: the chain table of the notes and the
// factor each step back actually multiplied ‖∂h_T/∂h_t‖ by.

import { chainTable, perStepFactor, type ChainRow } from '../../../engine/experiments/index.ts';
import type { LineChartData } from '../common/line-chart.ts';

export interface ChainData {
  /** which slope s̄ is: the activation's name (tanh, ReLU, σ, identity) */
  slopeName: string;
  /** mean slope at the current activations */
  slope: number;
  rho: number;
  /** ‖∂h_T/∂h_t‖ by distance */
  dhTdh: Float64Array;
}

/** factor[k] = ‖∂h_T/∂h_{T−k−1}‖ / ‖∂h_T/∂h_{T−k}‖: what step k + 1 back multiplied by. */
export function stepFactors(byDistance: ArrayLike<number>): Float64Array {
  const n = Math.max(0, byDistance.length - 1);
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const a = byDistance[k]!;
    const b = byDistance[k + 1]!;
    out[k] = a > 0 && Number.isFinite(a) && Number.isFinite(b) ? b / a : Number.NaN;
  }
  return out;
}

export function chainRows(d: ChainData): ChainRow[] {
  return chainTable(d.slope, d.rho);
}

export function factorChartData(d: ChainData, labels: { one: string; rhoSlope: string }): LineChartData {
  const f = stepFactors(d.dhTdh);
  const x = Float64Array.from({ length: f.length }, (_, k) => k + 1);
  return {
    series: { factor: { x, y: f } },
    hLines: [
      { id: 'one', value: 1, label: labels.one, color: 'var(--fg)', dash: '1 3' },
      { id: 'rho-slope', value: d.rho * d.slope, label: labels.rhoSlope, color: 'var(--accent-2)', dash: '6 4' },
    ],
  };
}

/** The geometric-mean factor over the whole profile. */
export function meanFactor(d: ChainData): number {
  return perStepFactor(d.dhTdh);
}
