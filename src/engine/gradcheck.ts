// Gradient checking: the gradients backpropagation gives against central
// finite differences of the loss,
//   ∂L/∂w ≈ (L(w + ε) - L(w - ε)) / 2ε,
// with the relative error |a - n| / max(|a| + |n|, 1e-8) per weight. A correct
// backward pass gives errors of 1e-5 or less (the largest on tiny gradients,
// where rounding in L(w ± ε) dominates); a wrong one, errors near 1.

import type { Model, Rng, Sample } from './api.ts';
import { RecurrentModel } from './model.ts';
import { checkInt, checkPositive, fail } from './validate.ts';

export interface GradientCheckOptions {
  /** the step ε; default 1e-5 */
  eps?: number;
  /** check at most this many weights per parameter (chosen with rng); default all */
  maxPerParam?: number;
  /** picks the weights when maxPerParam is smaller than a parameter */
  rng?: Rng;
}

export interface ParamCheck {
  readonly name: string;
  /** how many weights were checked */
  readonly checked: number;
  readonly maxRelError: number;
  /** the weight with the largest error, its backpropagated and finite-difference gradients */
  readonly worstIndex: number;
  readonly analytic: number;
  readonly numeric: number;
}

export interface GradientCheckResult {
  readonly params: ParamCheck[];
  /** the largest error over all parameters */
  readonly maxRelError: number;
}

export function relativeError(a: number, n: number): number {
  return Math.abs(a - n) / Math.max(Math.abs(a) + Math.abs(n), 1e-8);
}

function indicesToCheck(size: number, max: number, rng: Rng | undefined): number[] {
  if (size <= max) return Array.from({ length: size }, (_, k) => k);
  if (rng === undefined) fail('options.rng', 'an Rng to choose the weights to check', rng);
  const picked = new Set<number>();
  while (picked.size < max) picked.add(rng.int(size));
  return [...picked].sort((a, b) => a - b);
}

/**
 * Compares Param.g from lossAndGradients(sample) with central differences of
 * loss(sample), weight by weight. Weights are restored exactly; the model's
 * gradients and telemetry are those of the analytic pass at the end.
 */
export function gradientCheck(model: Model, sample: Sample, options: GradientCheckOptions = {}): GradientCheckResult {
  if (!(model instanceof RecurrentModel)) fail('model', 'a model made by createModel or modelFromStateDict', model);
  const eps = options.eps === undefined ? 1e-5 : checkPositive('options.eps', options.eps);
  const maxPer = options.maxPerParam === undefined ? Infinity : checkInt('options.maxPerParam', options.maxPerParam, 1);
  model.lossAndGradients(sample);
  const analytic = model.params.map((p) => p.g.slice());
  const params: ParamCheck[] = model.params.map((p, k) => {
    let worst = { index: -1, err: 0, a: 0, n: 0 };
    const picks = indicesToCheck(p.w.length, maxPer, options.rng);
    for (const i of picks) {
      const w0 = p.w[i]!;
      p.w[i] = w0 + eps;
      const up = model.loss(sample);
      p.w[i] = w0 - eps;
      const down = model.loss(sample);
      p.w[i] = w0;
      const numeric = (up - down) / (2 * eps);
      const a = analytic[k]![i]!;
      const err = relativeError(a, numeric);
      if (worst.index < 0 || err > worst.err) worst = { index: i, err, a, n: numeric };
    }
    return { name: p.name, checked: picks.length, maxRelError: worst.err, worstIndex: worst.index, analytic: worst.a, numeric: worst.n };
  });
  model.lossAndGradients(sample);
  return { params, maxRelError: Math.max(0, ...params.map((p) => p.maxRelError)) };
}
