// Numbers for the clipping views: two runs of the same network from the same
// seed, one clipped by global norm at τ and one not.

import { clipByNorm, clipByValue, clipTrace, type Vec2 } from '../../../engine/experiments/index.ts';
import type { LineChartData } from '../common/line-chart.ts';

export interface Curve {
  step: ArrayLike<number>;
  loss: ArrayLike<number>;
  /** largest global norm before clipping in each bucket of updates */
  gradNorm: ArrayLike<number>;
}

export interface ClipData {
  tau: number;
  clipped: Curve;
  unclipped: Curve;
  /** the update at which a run diverged, or null */
  clippedDiverged: number | null;
  unclippedDiverged: number | null;
  /** the clipped run's latest gradient in two dimensions, before clipping */
  slice: Vec2 | null;
}

export function twinLossData(d: ClipData, divergedLabel: (step: number) => string): LineChartData {
  return {
    series: {
      clipped: { x: d.clipped.step, y: d.clipped.loss },
      unclipped: { x: d.unclipped.step, y: d.unclipped.loss },
    },
    vLines:
      d.unclippedDiverged === null
        ? []
        : [{ id: 'diverged', value: d.unclippedDiverged, label: divergedLabel(d.unclippedDiverged), color: 'var(--neg)', dash: '4 3' }],
  };
}

export function clipNormsData(d: ClipData, labels: { threshold: string; fired: string }): LineChartData {
  const trace = clipTrace(d.clipped.gradNorm, d.tau);
  return {
    series: {
      before: { x: d.clipped.step, y: d.clipped.gradNorm },
      after: { x: d.clipped.step, y: trace.after },
      unclipped: { x: d.unclipped.step, y: d.unclipped.gradNorm },
    },
    hLines: [{ id: 'tau', value: d.tau, label: labels.threshold, color: 'var(--neg)', dash: '6 3' }],
    ticks: { xs: trace.fired.map((k) => d.clipped.step[k]!), color: 'var(--neg)', label: labels.fired },
  };
}

export interface ClipStats {
  points: number;
  fired: number;
  maxBefore: number;
  maxAfter: number;
  maxUnclipped: number;
}

/** Largest value, NaN entries skipped (Infinity counts); NaN when there is none. */
function maxOf(v: ArrayLike<number>): number {
  let m = Number.NEGATIVE_INFINITY;
  let any = false;
  for (let k = 0; k < v.length; k++) {
    const x = v[k]!;
    if (Number.isNaN(x)) continue;
    any = true;
    if (x > m) m = x;
  }
  return any ? m : Number.NaN;
}

export function clipStats(d: ClipData): ClipStats {
  const trace = clipTrace(d.clipped.gradNorm, d.tau);
  return {
    points: d.clipped.gradNorm.length,
    fired: trace.fired.length,
    maxBefore: maxOf(d.clipped.gradNorm),
    maxAfter: maxOf(trace.after),
    maxUnclipped: maxOf(d.unclipped.gradNorm),
  };
}

export interface VectorStats {
  before: Vec2;
  after: Vec2;
  byValue: Vec2;
  lengthBefore: number;
  lengthAfter: number;
  /** degrees from the x axis */
  angleBefore: number;
  angleAfter: number;
  angleByValue: number;
}

const deg = (v: Vec2): number => (Math.atan2(v.y, v.x) * 180) / Math.PI;

export function vectorStats(before: Vec2, tau: number): VectorStats {
  const after = clipByNorm(before, tau);
  const byValue = clipByValue(before, tau);
  return {
    before,
    after,
    byValue,
    lengthBefore: Math.hypot(before.x, before.y),
    lengthAfter: Math.hypot(after.x, after.y),
    angleBefore: deg(before),
    angleAfter: deg(after),
    angleByValue: deg(byValue),
  };
}
