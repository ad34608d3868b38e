// PyTorch's update rules, over the model's single weight and gradient arrays.
//   SGD:      buf = g (first step), then buf = μ·buf + g;  p -= lr·buf   (μ = 0: p -= lr·g)
//   Adam:     m = β1·m + (1-β1)·g;  v = β2·v + (1-β2)·g²;  t from 1
//             p -= (lr / (1-β1^t)) · m / (√v / √(1-β2^t) + ε)
// An update that would leave a non-finite weight is undone completely
// (weights and optimizer state), so a diverging run can be resumed.

import type { OptimizerSpec } from './api.ts';
import { checkOneOf, checkPositive, checkRange, checkRecord, fail } from './validate.ts';

export interface OptimizerConfig {
  readonly name: 'sgd' | 'adam';
  lr: number;
  readonly momentum: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
}

export function checkLearningRate(field: string, lr: unknown): number {
  return checkPositive(field, lr);
}

export function checkOptimizer(value: unknown): OptimizerConfig {
  const o = checkRecord('optimizer', value);
  const name = checkOneOf('optimizer.name', o.name, ['sgd', 'adam'] as const);
  const lr = checkLearningRate('optimizer.lr', o.lr);
  if (name === 'sgd') {
    const momentum = o.momentum === undefined ? 0 : checkRange('optimizer.momentum', o.momentum, 0, 1);
    return { name, lr, momentum, beta1: 0, beta2: 0, eps: 0 };
  }
  let beta1 = 0.9;
  let beta2 = 0.999;
  if (o.betas !== undefined) {
    if (!Array.isArray(o.betas) || o.betas.length !== 2) fail('optimizer.betas', 'a pair [β1, β2]', o.betas);
    beta1 = checkRange('optimizer.betas[0]', o.betas[0], 0, 1);
    beta2 = checkRange('optimizer.betas[1]', o.betas[1], 0, 1);
  }
  const eps = o.eps === undefined ? 1e-8 : checkPositive('optimizer.eps', o.eps);
  return { name, lr, momentum: 0, beta1, beta2, eps };
}

/** Below these, no update can overflow a finite weight (its ulp near the largest double is ~2e292) or square to Infinity. */
const SAFE_STEP = 1e290;
const SAFE_GRADIENT = 1e150;
/** 2^-60: well below half an ulp of 1 (2^-54), so 1 - β^t === 1 for this and every later t. */
const TINY_POWER = 2 ** -60;

export class Optimizer {
  readonly config: OptimizerConfig;
  /** Adam's t: updates applied so far */
  private t = 0;
  /** SGD's momentum buffer, or Adam's first moment */
  private readonly m: Float64Array;
  /** Adam's second moment */
  private readonly v: Float64Array;
  /** a bound on max |m| (or max |buf|), kept without a pass over m: it bounds every step */
  private mBound = 0;
  /**
   * The first t at which β1^t (β2^t) was found below 2^-60, or Infinity. From
   * there on 1 - β^t rounds to exactly 1 (β^t only decreases, and pow errs by
   * less than an ulp), so the bias correction is 1 without calling pow: two pows
   * per step cost about as much as updating a tiny network's hundred weights.
   */
  private tiny1 = Infinity;
  private tiny2 = Infinity;
  private readonly backupW: Float64Array;
  private readonly backupM: Float64Array;
  private readonly backupV: Float64Array;

  constructor(spec: OptimizerSpec, size: number) {
    this.config = checkOptimizer(spec);
    const adam = this.config.name === 'adam';
    const withM = adam || this.config.momentum > 0;
    this.m = new Float64Array(withM ? size : 0);
    this.v = new Float64Array(adam ? size : 0);
    this.backupW = new Float64Array(size);
    this.backupM = new Float64Array(this.m.length);
    this.backupV = new Float64Array(this.v.length);
  }

  /**
   * Applies one update to w from g, whose global L2 norm (a bound on every
   * |g_k|) is gNorm. Returns false, with everything as before, if a finite
   * weight became non-finite. The snapshot that makes this possible is only
   * taken when the bounds cannot rule it out (huge learning rates or gradients).
   */
  step(w: Float64Array, g: Float64Array, gNorm: number): boolean {
    const { name, lr, momentum, beta1, eps } = this.config;
    const mBound = this.mBound;
    let stepBound: number;
    if (name === 'adam') {
      // |m| <= β1 max|m| + (1-β1) max|g|, and the step is at most lr/(1-β1^t) · |m| / ε
      // <= lr/(1-β1) · |m| / ε (t >= 1): a looser bound, without a pow per step
      this.mBound = beta1 * mBound + (1 - beta1) * gNorm;
      stepBound = (lr / (1 - beta1)) * (this.mBound / eps);
    } else {
      this.mBound = momentum * mBound + gNorm;
      stepBound = lr * this.mBound;
    }
    const risky = !(gNorm < SAFE_GRADIENT && stepBound < SAFE_STEP);
    if (risky) {
      this.backupW.set(w);
      this.backupM.set(this.m);
      this.backupV.set(this.v);
    }
    const ok = name === 'adam' ? this.adam(w, g) : this.sgd(w, g);
    if (ok) return true;
    // Within the bounds, a finite weight stays finite: a weight was non-finite
    // before the update (bad input, which the caller reports), nothing to undo.
    if (!risky) return false;
    w.set(this.backupW);
    this.m.set(this.backupM);
    this.v.set(this.backupV);
    this.mBound = mBound;
    if (name === 'adam') this.t -= 1;
    return false;
  }

  private sgd(w: Float64Array, g: Float64Array): boolean {
    const lr = this.config.lr;
    const mu = this.config.momentum;
    // q - q is 0 for finite q: the sum stays 0 unless some new weight is ±Infinity or NaN
    let check = 0;
    if (mu === 0) {
      for (let k = 0; k < w.length; k++) {
        const q = w[k]! - lr * g[k]!;
        w[k] = q;
        check += q - q;
      }
      return check === 0;
    }
    const buf = this.m;
    for (let k = 0; k < w.length; k++) {
      // the buffer starts at 0, so the first step gives buf = g exactly, as PyTorch's clone does
      const b = mu * buf[k]! + g[k]!;
      buf[k] = b;
      const q = w[k]! - lr * b;
      w[k] = q;
      check += q - q;
    }
    return check === 0;
  }

  private adam(w: Float64Array, g: Float64Array): boolean {
    const { lr, beta1, beta2, eps } = this.config;
    const t = (this.t += 1);
    const stepSize = lr / (1 - this.power1(beta1, t));
    // √v / √(1-β2^t) as √v · (1/√(1-β2^t)): one division per weight instead of two
    const invBc2Sqrt = 1 / Math.sqrt(1 - this.power2(beta2, t));
    const m = this.m;
    const v = this.v;
    const c1 = 1 - beta1;
    const c2 = 1 - beta2;
    let check = 0;
    // every load before any store: V8 re-checks a typed array read after a store to any typed array
    for (let k = 0, n = w.length; k < n; k++) {
      const gk = g[k]!;
      const mk = m[k]!;
      const vk = v[k]!;
      const wk = w[k]!;
      const m1 = mk * beta1 + c1 * gk;
      const v1 = vk * beta2 + c2 * gk * gk;
      const q = wk - (stepSize * m1) / (Math.sqrt(v1) * invBc2Sqrt + eps);
      m[k] = m1;
      v[k] = v1;
      w[k] = q;
      check += q - q;
    }
    return check === 0;
  }

  /** β1^t, or 0 where 1 - β1^t is 1 anyway (see tiny1). */
  private power1(beta: number, t: number): number {
    if (t >= this.tiny1) return 0;
    const p = beta ** t;
    if (p < TINY_POWER) this.tiny1 = t;
    return p;
  }

  private power2(beta: number, t: number): number {
    if (t >= this.tiny2) return 0;
    const p = beta ** t;
    if (p < TINY_POWER) this.tiny2 = t;
    return p;
  }
}
