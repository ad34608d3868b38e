// A small dense network (multilayer perceptron), the baseline the recurrent
// forecaster is compared with: a window of W steps of F features, flattened
// into W·F inputs (the lecture's "dense model"), one tanh hidden layer, a
// linear output of K values, and the squared error averaged over K.
//
//   z = W1 x + b1,  u = tanh(z),  ŷ = W2 u + b2,  L = (1/K) Σ_k (ŷ_k − y_k)²
//
// All weights live in one Float64Array (`w`, gradients in `g`) so the
// engine's Adam updates them exactly as it updates a recurrent model.

import type { ClipSpec, OptimizerSpec, Rng } from './api.ts';
import { checkClip, clipGradients } from './clip.ts';
import { Optimizer } from './optimizer.ts';
import { checkInt } from './validate.ts';

export interface DenseShape {
  inputSize: number;
  hiddenSize: number;
  outputSize: number;
}

export interface DenseNet {
  readonly shape: DenseShape;
  /** W1 (H×D), b1 (H), W2 (K×H), b2 (K), in that order */
  readonly w: Float64Array;
  readonly g: Float64Array;
  /** the outputs of the latest forward pass */
  readonly out: Float64Array;
}

interface Views {
  W1: Float64Array;
  b1: Float64Array;
  W2: Float64Array;
  b2: Float64Array;
}

function views(a: Float64Array, { inputSize: D, hiddenSize: H, outputSize: K }: DenseShape): Views {
  let o = 0;
  const take = (n: number) => a.subarray(o, (o += n));
  return { W1: take(H * D), b1: take(H), W2: take(K * H), b2: take(K) };
}

/** PyTorch's nn.Linear default: uniform in ±1/sqrt(fan_in) for weights and biases. */
export function createDense(shape: DenseShape, rng: Rng): DenseNet {
  const D = checkInt('inputSize', shape.inputSize, 1, 100_000);
  const H = checkInt('hiddenSize', shape.hiddenSize, 1, 4096);
  const K = checkInt('outputSize', shape.outputSize, 1, 4096);
  const size = H * D + H + K * H + K;
  const net: DenseNet = { shape: { inputSize: D, hiddenSize: H, outputSize: K }, w: new Float64Array(size), g: new Float64Array(size), out: new Float64Array(K) };
  const v = views(net.w, net.shape);
  const fill = (a: Float64Array, fanIn: number) => {
    const r = 1 / Math.sqrt(fanIn);
    for (let k = 0; k < a.length; k++) a[k] = (2 * rng.next() - 1) * r;
  };
  fill(v.W1, D);
  fill(v.b1, D);
  fill(v.W2, H);
  fill(v.b2, H);
  return net;
}

// scratch for the hidden layer, reused across calls of the same width
let hiddenScratch = new Float64Array(0);
let deltaScratch = new Float64Array(0);

function hidden(H: number): Float64Array {
  if (hiddenScratch.length < H) hiddenScratch = new Float64Array(H);
  return hiddenScratch;
}

/** ŷ for input x (length D), written into net.out; returns net.out. */
export function denseForward(net: DenseNet, x: ArrayLike<number>): Float64Array {
  const { inputSize: D, hiddenSize: H, outputSize: K } = net.shape;
  const v = views(net.w, net.shape);
  const u = hidden(H);
  for (let j = 0; j < H; j++) {
    let z = v.b1[j] ?? 0;
    const row = j * D;
    for (let i = 0; i < D; i++) z += (v.W1[row + i] ?? 0) * (x[i] ?? 0);
    u[j] = Math.tanh(z);
  }
  for (let k = 0; k < K; k++) {
    let y = v.b2[k] ?? 0;
    const row = k * H;
    for (let j = 0; j < H; j++) y += (v.W2[row + j] ?? 0) * (u[j] ?? 0);
    net.out[k] = y;
  }
  return net.out;
}

/** L = mean over K of (ŷ − y)²; forward and backward: zeroes, then fills net.g. */
export function denseLossAndGradients(net: DenseNet, x: ArrayLike<number>, y: ArrayLike<number>): number {
  const { inputSize: D, hiddenSize: H, outputSize: K } = net.shape;
  denseForward(net, x);
  const u = hidden(H);
  net.g.fill(0);
  const gv = views(net.g, net.shape);
  const v = views(net.w, net.shape);
  if (deltaScratch.length < H) deltaScratch = new Float64Array(H);
  const du = deltaScratch;
  du.fill(0, 0, H);
  let loss = 0;
  for (let k = 0; k < K; k++) {
    const e = (net.out[k] ?? 0) - (y[k] ?? 0);
    loss += (e * e) / K;
    // ∂L/∂ŷ_k = 2 e / K
    const dy = (2 * e) / K;
    gv.b2[k] = dy;
    const row = k * H;
    for (let j = 0; j < H; j++) {
      gv.W2[row + j] = dy * (u[j] ?? 0);
      du[j] = (du[j] ?? 0) + dy * (v.W2[row + j] ?? 0);
    }
  }
  for (let j = 0; j < H; j++) {
    // tanh' = 1 − u²
    const uj = u[j] ?? 0;
    const dz = (du[j] ?? 0) * (1 - uj * uj);
    gv.b1[j] = dz;
    const row = j * D;
    for (let i = 0; i < D; i++) gv.W1[row + i] = dz * (x[i] ?? 0);
  }
  return loss;
}

/** Adam (or SGD) on a dense net, one sample per update, clipped like the recurrent trainer. */
export interface DenseTrainer {
  readonly net: DenseNet;
  readonly step: number;
  /** one update; returns the loss before it (NaN if the update was refused as non-finite) */
  train(x: ArrayLike<number>, y: ArrayLike<number>): number;
}

export function createDenseTrainer(net: DenseNet, optimizer: OptimizerSpec, clip: ClipSpec = { kind: 'none' }): DenseTrainer {
  const opt = new Optimizer(optimizer, net.w.length);
  const clipping = checkClip(clip);
  let step = 0;
  return {
    net,
    get step() {
      return step;
    },
    train(x, y) {
      const loss = denseLossAndGradients(net, x, y);
      let sq = 0;
      for (let k = 0; k < net.g.length; k++) sq += (net.g[k] ?? 0) ** 2;
      const norm = Math.sqrt(sq);
      if (!Number.isFinite(loss) || !Number.isFinite(norm)) return Number.NaN;
      const after = clipGradients(net.g, norm, clipping);
      if (!opt.step(net.w, net.g, after)) return Number.NaN;
      step += 1;
      return loss;
    },
  };
}
