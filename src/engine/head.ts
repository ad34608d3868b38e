// The output layer and the loss: o_t = W_o h_t + b_o on every step
// ('per_step') or on the last one only ('last_step'), or o = W_o h̄ + b_o on
// the mean of the states h̄ = (1/T) Σ_t h_t ('mean_pool'), then
//   cross-entropy: ŷ_t = softmax(o_t), ℓ_t = -log ŷ_t[y_t]
//   mse:           ℓ_t = (1/K) Σ_k (o_t[k] - y_t[k])²
// and L = the mean of ℓ_t over the scored steps. Scored step j is row j of
// logits, probs, stepLoss and of the targets: j = t for per_step, j = 0 (t = T-1) for last_step
// and mean_pool. mean_pool is scored with the last step, so under truncated
// BPTT only the last window's states receive its gradient (the earlier ones
// still count in the mean).

import type { HeadKind, LossKind, Param } from './api.ts';
import { addColumnSums, addOuterSum, addTransposedRows, projectSteps } from './kernels.ts';
import { fastExp } from './fastmath.ts';

export class Head {
  readonly K: number;
  /** width of the layer below: D·H */
  readonly width: number;
  readonly kind: HeadKind;
  readonly lossKind: LossKind;
  readonly W: Param;
  readonly b: Param;
  readonly logits: Float64Array;
  readonly probs: Float64Array;
  readonly stepLoss: Float64Array;
  readonly dLogits: Float64Array;
  /** targets per scored step: ids (cross-entropy) or K values (mse) */
  readonly targetIds: Int32Array;
  readonly targetY: Float64Array;
  /** mean_pool only: h̄ of the latest forward pass, and ∂L/∂h̄ */
  readonly pooled: Float64Array;
  private readonly dPooled: Float64Array;

  constructor(kind: HeadKind, lossKind: LossKind, W: Param, b: Param, maxSteps: number) {
    this.K = W.rows;
    this.width = W.cols;
    this.kind = kind;
    this.lossKind = lossKind;
    this.W = W;
    this.b = b;
    this.logits = new Float64Array(maxSteps * this.K);
    this.probs = new Float64Array(maxSteps * this.K);
    this.stepLoss = new Float64Array(maxSteps);
    this.dLogits = new Float64Array(maxSteps * this.K);
    this.targetIds = new Int32Array(lossKind === 'cross_entropy' ? maxSteps : 0);
    this.targetY = new Float64Array(lossKind === 'mse' ? maxSteps * this.K : 0);
    const pooling = kind === 'mean_pool' ? this.width : 0;
    this.pooled = new Float64Array(pooling);
    this.dPooled = new Float64Array(pooling);
  }

  // The scored rows [j0, j1) among steps [t0, t1) of a sequence of T steps,
  // and tj, the step of row j0 (fields rather than a returned tuple: no allocation per step).
  private j0 = 0;
  private j1 = 0;
  private tj = 0;

  private locate(t0: number, t1: number, T: number): void {
    const perStep = this.kind === 'per_step';
    this.j0 = perStep ? t0 : 0;
    this.j1 = perStep ? t1 : t1 === T ? 1 : 0;
    this.tj = perStep ? t0 : T - 1;
  }

  /** Whether steps [t0, t1) contain a scored step. */
  scores(t0: number, t1: number, T: number): boolean {
    this.locate(t0, t1, T);
    return this.j1 > this.j0;
  }

  /** Logits, probabilities and losses of the scored steps in [t0, t1); returns their mean loss (0 if none). */
  forward(out: Float64Array, t0: number, t1: number, T: number): number {
    this.locate(t0, t1, T);
    const { j0, j1, tj } = this;
    if (j1 === j0) return 0;
    const K = this.K;
    if (this.kind === 'mean_pool') {
      this.pool(out, T);
      projectSteps(this.W.w, K, this.width, this.b.w, this.b.w, 0, this.pooled, 0, this.width, this.logits, 0, 1);
    } else {
      projectSteps(this.W.w, K, this.width, this.b.w, this.b.w, 0, out, (tj - j0) * this.width, this.width, this.logits, j0, j1);
    }
    let sum = 0;
    for (let j = j0; j < j1; j++) sum += this.lossKind === 'cross_entropy' ? this.softmaxRow(j, 1) : this.squaredRow(j);
    return sum / (j1 - j0);
  }

  /** h̄ = (1/T) Σ_{t<T} h_t (rows of `out`). */
  private pool(out: Float64Array, T: number): void {
    const width = this.width;
    const p = this.pooled;
    p.fill(0);
    for (let t = 0; t < T; t++) {
      const o = t * width;
      for (let q = 0; q < width; q++) p[q]! += out[o + q]!;
    }
    for (let q = 0; q < width; q++) p[q]! /= T;
  }

  /** o_t and ŷ_t = softmax(o_t / τ) of step t into row t, whatever the head kind (generation, scoring). */
  predict(out: Float64Array, t: number, temperature: number): void {
    projectSteps(this.W.w, this.K, this.width, this.b.w, this.b.w, 0, out, 0, this.width, this.logits, t, t + 1);
    this.softmaxRow(t, temperature, false);
  }

  /** ŷ = softmax(o / τ) into probs row j; returns -log ŷ[target] when targets are set (else 0). */
  softmaxRow(j: number, temperature: number, scoreTarget = true): number {
    const K = this.K;
    const o = j * K;
    const z = this.logits;
    const p = this.probs;
    let m = -Infinity;
    for (let k = 0; k < K; k++) m = Math.max(m, z[o + k]!);
    let s = 0;
    for (let k = 0; k < K; k++) {
      const e = fastExp((z[o + k]! - m) / temperature);
      p[o + k] = e;
      s += e;
    }
    const inv = 1 / s;
    for (let k = 0; k < K; k++) p[o + k]! *= inv;
    if (!scoreTarget) return 0;
    // -log softmax(o)[y] = log Σ exp(o - m) + m - o[y]
    const loss = Math.log(s) + m - z[o + this.targetIds[j]!]!;
    this.stepLoss[j] = loss;
    return loss;
  }

  private squaredRow(j: number): number {
    const K = this.K;
    const o = j * K;
    let s = 0;
    for (let k = 0; k < K; k++) {
      const v = this.logits[o + k]!;
      this.probs[o + k] = v;
      const d = v - this.targetY[o + k]!;
      s += d * d;
    }
    const loss = s / K;
    this.stepLoss[j] = loss;
    return loss;
  }

  /**
   * ∂L/∂o_t for the scored steps of [t0, t1), then the head's weight
   * gradients and ∂L/∂h_t into dOut (rows t0..t1-1, zero where unscored).
   */
  backward(out: Float64Array, dOut: Float64Array, t0: number, t1: number, T: number): void {
    this.locate(t0, t1, T);
    const { j0, j1, tj } = this;
    const K = this.K;
    const width = this.width;
    dOut.fill(0, t0 * width, t1 * width);
    if (j1 === j0) return;
    const n = j1 - j0;
    const dz = this.dLogits;
    for (let j = j0; j < j1; j++) {
      const o = j * K;
      if (this.lossKind === 'cross_entropy') {
        // ∂ℓ/∂o = ŷ - onehot(y), divided by the number of scored steps
        for (let k = 0; k < K; k++) dz[o + k] = this.probs[o + k]! / n;
        dz[o + this.targetIds[j]!]! -= 1 / n;
      } else {
        const scale = 2 / (n * K);
        for (let k = 0; k < K; k++) dz[o + k] = scale * (this.logits[o + k]! - this.targetY[o + k]!);
      }
    }
    if (this.kind === 'mean_pool') {
      // ∂L/∂W = ∂L/∂o h̄ᵀ, ∂L/∂h̄ = Wᵀ ∂L/∂o, and every h_t of the window gets ∂L/∂h̄ / T
      addOuterSum(this.W.g, width, 0, K, dz, K, this.pooled, 0, width, 0, 1);
      addColumnSums(this.b.g, dz, K, K, 0, 1);
      const dp = this.dPooled;
      dp.fill(0);
      addTransposedRows(this.W.w, width, 0, K, dz, 0, dp, 0);
      for (let t = t0; t < t1; t++) {
        const o = t * width;
        for (let q = 0; q < width; q++) dOut[o + q] = dp[q]! / T;
      }
      return;
    }
    const xo = (tj - j0) * width;
    addOuterSum(this.W.g, width, 0, K, dz, K, out, xo, width, j0, j1);
    addColumnSums(this.b.g, dz, K, K, j0, j1);
    for (let j = j0; j < j1; j++) addTransposedRows(this.W.w, width, 0, K, dz, j * K, dOut, xo + j * width);
  }
}
