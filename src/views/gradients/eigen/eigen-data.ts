// Numbers for the eigenvalue view: the growth of the fastest and slowest
// eigen-directions, |λ|^t, and what repeated multiplication by W_hh really
// does to a vector, ‖W^t x‖/‖x‖, which follows ρ^t once the largest
// eigenvalue takes over (the power method).

import { createRng } from '../../../engine/random.ts';
import { moduli, powerVectorNorms } from '../../../engine/experiments/index.ts';
import type { LineChartData } from '../common/line-chart.ts';

export interface EigenData {
  re: Float64Array;
  im: Float64Array;
  rho: number;
  /** W_hh (the first gate block for gated cells), H x H row-major */
  w: Float64Array;
  hiddenSize: number;
}

export interface EigenCounts {
  grow: number;
  shrink: number;
  /** |λ| within 10⁻⁹ of 1 */
  keep: number;
  minModulus: number;
}

export type ModulusKind = 'shrink' | 'keep' | 'grow';

/**
 * What t steps do along an eigen-direction. Orthogonal and identity matrices
 * put their eigenvalues on a circle only up to rounding (|λ| = 1 ± 10⁻¹⁵),
 * so moduli within 10⁻⁹ of 1 count as exactly 1.
 */
export function modulusKind(r: number): ModulusKind {
  if (r > 1 + 1e-9) return 'grow';
  if (r < 1 - 1e-9) return 'shrink';
  return 'keep';
}

export function eigenCounts(d: EigenData): EigenCounts {
  const m = moduli(d.re, d.im);
  let grow = 0;
  let shrink = 0;
  let minModulus = Number.POSITIVE_INFINITY;
  for (const r of m) {
    const kind = modulusKind(r);
    if (kind === 'grow') grow++;
    else if (kind === 'shrink') shrink++;
    minModulus = Math.min(minModulus, r);
  }
  return { grow, shrink, keep: m.length - grow - shrink, minModulus: m.length ? minModulus : Number.NaN };
}

/** A fixed start vector, the same for every frame so the curve moves only when W does. */
export function startVector(n: number): Float64Array {
  const rng = createRng(20130101);
  return Float64Array.from({ length: n }, () => rng.normal());
}

export function powersChartData(d: EigenData, tMax: number, t: number, cursorLabel: string): LineChartData {
  const ts = Float64Array.from({ length: tMax + 1 }, (_, k) => k);
  const { minModulus } = eigenCounts(d);
  const n = d.hiddenSize;
  const measured = d.w.length === n * n && n > 0 ? powerVectorNorms(d.w, n, startVector(n), tMax) : null;
  return {
    series: {
      largest: { x: ts, y: ts.map((k) => d.rho ** k) },
      smallest: { x: ts, y: ts.map((k) => minModulus ** k) },
      measured: measured ? { x: ts, y: measured } : undefined,
    },
    hLines: [{ id: 'one', value: 1, label: '1', color: 'var(--fg)', dash: '1 3' }],
    vLines: [{ id: 'cursor', value: t, label: cursorLabel, color: 'var(--accent-2)', dash: '4 3' }],
  };
}
