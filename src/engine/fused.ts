// The passes of the first lessons' nets, fused: one recurrent layer, one
// direction, one-hot input, a softmax cross-entropy head on every step (the
// bille net, the char-level language models).
//
// At 3 hidden units a training step is a few hundred multiply-adds, and the
// general path's separate passes over the steps (the head's logits, its
// softmax, its gradient, ∂L/∂h_t, the recurrence back), each with its own
// loops and calls, cost about as much as the arithmetic. Here the head runs
// step by step behind the cell, and backpropagation does for each step, in
// one loop: the head's gradient, ∂L/∂h_t and its norm, the cell's step back.
// The recurrent layer's weight gradients then take one pass over the whole
// range, as in the general path.
//
// The cells' own kernels (forward, step back) are the general path's. The
// results are the general path's up to the order in which the head's weight
// gradients add up over the steps (tests/engine/fused.test.ts).

import type { ModelSpec } from './api.ts';
import type { Head } from './head.ts';
import { writtenOutHead, type HeadKernels } from './head-written-out.ts';
import { lookupSteps } from './kernels.ts';
import type { RecurrentStack } from './stack.ts';
import type { Stream } from './stream.ts';
import { fastExp } from './fastmath.ts';

/** Whether a model can take the fused passes. */
export function fusable(spec: ModelSpec, stack: RecurrentStack): boolean {
  return (
    spec.input.kind === 'onehot' &&
    stack.layers === 1 &&
    stack.dirs === 1 &&
    spec.head === 'per_step' &&
    spec.loss === 'cross_entropy'
  );
}

export class FusedPasses {
  private readonly stack: RecurrentStack;
  private readonly head: Head;
  private readonly s: Stream;
  /** the head written out for this model's sizes (head-written-out.ts), when they are small */
  private readonly written: HeadKernels | null;

  constructor(stack: RecurrentStack, head: Head, writeOut = true) {
    this.stack = stack;
    this.head = head;
    this.s = stack.streams[0]!;
    const s = this.s;
    this.written = !writeOut
      ? null
      : writtenOutHead(head.K, s.H, {
          W: head.W.w,
          b: head.b.w,
          dW: head.W.g,
          db: head.b.g,
          h: stack.h,
          logits: head.logits,
          probs: head.probs,
          dLogits: head.dLogits,
          stepLoss: head.stepLoss,
          targets: head.targetIds,
          dh: s.dh,
          dhNext: s.dh0,
          dhNorm: s.dhNorm!,
        });
  }

  /** Forward over steps [t0, t1): states, logits, probabilities, step losses; returns their mean loss. */
  forward(t0: number, t1: number): number {
    const s = this.s;
    lookupSteps(s.wih.w, s.GH, s.I, s.bih.w, s.bhh.w, s.foldRows, this.stack.ids, s.xw, t0, t1);
    this.stack.ops.forward(s, t0, t1);
    const written = this.written;
    let sum = 0;
    for (let t = t0; t < t1; t++) sum += written !== null ? written.forward(t) : this.headStep(t);
    return sum / (t1 - t0);
  }

  /** o_t = W_o h_t + b_o, ŷ_t = softmax(o_t), ℓ_t = -log ŷ_t[y_t] (rows t of the head's buffers). */
  private headStep(t: number): number {
    const head = this.head;
    const K = head.K;
    const H = this.s.H;
    const W = head.W.w;
    const b = head.b.w;
    const h = this.stack.h;
    const z = head.logits;
    const p = head.probs;
    const ho = t * H;
    const o = t * K;
    let m = -Infinity;
    for (let k = 0; k < K; k++) {
      // the sum first, then the bias: the general path's order (kernels.projectSteps)
      let acc = 0;
      for (let q = 0, w = k * H; q < H; q++) acc += W[w + q]! * h[ho + q]!;
      const a = b[k]! + acc;
      z[o + k] = a;
      m = Math.max(m, a);
    }
    let sum = 0;
    for (let k = 0; k < K; k++) {
      const e = fastExp(z[o + k]! - m);
      p[o + k] = e;
      sum += e;
    }
    const inv = 1 / sum;
    for (let k = 0; k < K; k++) p[o + k]! *= inv;
    // -log softmax(o)[y] = log Σ exp(o - m) + m - o[y]
    const loss = Math.log(sum) + m - z[o + head.targetIds[t]!]!;
    head.stepLoss[t] = loss;
    return loss;
  }

  /**
   * Backpropagation over [t0, t1) after forward(t0, t1): adds into every
   * Param.g, writes ‖∂L/∂h_t‖ and ‖δ_t h_{t-1}ᵀ‖ per step, and leaves
   * ∂L/∂h0 (c0) in the stream's dh0 (dc0). No gradient enters from beyond t1.
   */
  backward(t0: number, t1: number): void {
    const s = this.s;
    const dhNext = s.dh0;
    let dcNext = s.dc0;
    let dcTmp = s.dcTmp;
    dhNext.fill(0);
    dcNext.fill(0);
    const stepBack = this.stack.ops.stepBack;
    const invN = 1 / (t1 - t0);
    const written = this.written;
    for (let t = t1 - 1; t >= t0; t--) {
      if (written !== null) written.back(t, invN);
      else this.headStepBack(t, invN, dhNext);
      stepBack(s, t, s.dh, dcNext, dhNext, dcTmp, s.dA, s.dAh, t * s.GH);
      const swap = dcNext;
      dcNext = dcTmp;
      dcTmp = swap;
    }
    if (dcNext !== s.dc0) s.dc0.set(dcNext);
    this.stack.addWeightGradients(s, t0, t1, null);
  }

  /**
   * ∂L/∂o_t = (ŷ_t - onehot(y_t)) / n, its weight gradients, and
   * ∂L/∂h_t = W_oᵀ ∂L/∂o_t + (what step t+1 sent back) into the stream's dh,
   * with its norm.
   */
  private headStepBack(t: number, invN: number, dhNext: Float64Array): void {
    const head = this.head;
    const s = this.s;
    const K = head.K;
    const H = s.H;
    const W = head.W.w;
    const dW = head.W.g;
    const db = head.b.g;
    const p = head.probs;
    const dz = head.dLogits;
    const h = this.stack.h;
    const dh = s.dh;
    const o = t * K;
    const ho = t * H;
    for (let k = 0; k < K; k++) dz[o + k] = p[o + k]! * invN;
    dz[o + head.targetIds[t]!]! -= invN;
    for (let k = 0; k < K; k++) {
      const d = dz[o + k]!;
      db[k]! += d;
      for (let q = 0, w = k * H; q < H; q++) dW[w + q]! += d * h[ho + q]!;
    }
    let sq = 0;
    for (let q = 0; q < H; q++) {
      let acc = 0;
      for (let k = 0; k < K; k++) acc += W[k * H + q]! * dz[o + k]!;
      const v = acc + dhNext[q]!;
      dh[q] = v;
      sq += v * v;
    }
    s.dhNorm![t] = Math.sqrt(sq);
  }
}
