// A stack of recurrent layers, each one or two directions. Layer 0 reads the
// sequence (token ids, looked up as columns of W_ih, or dense rows x_t);
// layer k > 0 reads layer k-1's output, [h_t forward ; h_t reverse] when
// bidirectional. Passes run over a range of steps [t0, t1) of the sequence,
// so a truncated-BPTT window or one step of generation reuse the same code.

import type { GateName, Param } from './api.ts';
import { cellOps, gateNames, type CellOps } from './cells/index.ts';
import {
  addBiasAndLookupGradients,
  addColumnSums,
  addLookupGradient,
  addOuterSum,
  addTransposedRows,
  lookupSteps,
  projectSteps,
} from './kernels.ts';
import type { InitialStateBuffer } from './sample.ts';
import { hasCellState, type CellConfig } from './spec.ts';
import { createStream, type Stream } from './stream.ts';

export interface StackOptions {
  readonly cfg: CellConfig;
  /** ids: one-hot tokens (layer 0's W_ih is G·H x V); dense: rows x_t of width inputSize */
  readonly inputKind: 'ids' | 'dense';
  readonly inputSize: number;
  readonly maxSteps: number;
  /** compute ∂L/∂x_t for dense input (into dx) */
  readonly inputGrad: boolean;
  /** the stack's parameters by their short name (weight_ih_l0, ...) */
  readonly param: (shortName: string) => Param;
}

export class RecurrentStack {
  readonly cfg: CellConfig;
  readonly layers: number;
  readonly dirs: 1 | 2;
  readonly H: number;
  readonly maxSteps: number;
  readonly inputKind: 'ids' | 'dense';
  readonly inputSize: number;
  readonly streams: readonly Stream[];
  readonly ops: CellOps;
  /** [stream][t][unit] buffers: h_t, c_t and the gate activations */
  readonly h: Float64Array;
  readonly c: Float64Array;
  readonly gates: Partial<Record<GateName, Float64Array>>;
  /** the input sequence: ids (one-hot) or x (T x inputSize) */
  readonly ids: Int32Array;
  readonly x: Float64Array;
  /** ∂L/∂x_t when inputGrad */
  readonly dx: Float64Array;
  /** each layer's output (T x D·H) and the gradient reaching it */
  readonly out: readonly Float64Array[];
  readonly dOut: readonly Float64Array[];
  /** numbers in a whole state: streams x (H, or 2H with a cell state), laid out as Sample.initialState */
  readonly stateSize: number;
  /** a sample's initial state, applied (and consumed) by the next resetState() */
  readonly initial: InitialStateBuffer;
  /** ∂L/∂(final state) from outside the sequence (an encoder's state read by a decoder), same layout */
  readonly finalGrad: Float64Array;
  /** whether backward() starts from finalGrad (otherwise no gradient reaches the final state from outside) */
  seedFinalGrad = false;
  private readonly inputGrad: boolean;

  constructor(o: StackOptions) {
    const cfg = o.cfg;
    this.cfg = cfg;
    this.layers = cfg.numLayers;
    this.dirs = cfg.bidirectional ? 2 : 1;
    this.H = cfg.hiddenSize;
    this.maxSteps = o.maxSteps;
    this.inputKind = o.inputKind;
    this.inputSize = o.inputSize;
    this.inputGrad = o.inputGrad && o.inputKind === 'dense';
    this.ops = cellOps(cfg);
    const size = this.layers * this.dirs * o.maxSteps * this.H;
    this.h = new Float64Array(size);
    this.c = new Float64Array(hasCellState(cfg.cell) ? size : 0);
    const names = gateNames(cfg.cell);
    const gateArrays = names.map(() => new Float64Array(size));
    this.gates = Object.fromEntries(names.map((n, k) => [n, gateArrays[k]!]));
    this.ids = new Int32Array(o.inputKind === 'ids' ? o.maxSteps : 0);
    this.x = new Float64Array(o.inputKind === 'dense' ? o.maxSteps * o.inputSize : 0);
    this.dx = new Float64Array(this.inputGrad ? o.maxSteps * o.inputSize : 0);
    const width = this.dirs * this.H;
    const streams: Stream[] = [];
    const out: Float64Array[] = [];
    const dOut: Float64Array[] = [];
    for (let layer = 0; layer < this.layers; layer++) {
      for (let d = 0; d < this.dirs; d++) {
        const sfx = `_l${layer}${d === 1 ? '_reverse' : ''}`;
        const weights = {
          wih: o.param(`weight_ih${sfx}`),
          whh: o.param(`weight_hh${sfx}`),
          bih: o.param(`bias_ih${sfx}`),
          bhh: o.param(`bias_hh${sfx}`),
        };
        const inSize = layer === 0 ? o.inputSize : width;
        const shared = { h: this.h, c: this.c, gates: gateArrays };
        streams.push(createStream(cfg, layer, d === 1, streams.length, inSize, o.maxSteps, weights, shared));
      }
      // one direction: the layer's output is its stream's h block itself
      const first = streams[layer * this.dirs]!;
      out.push(this.dirs === 1 ? this.h.subarray(first.base, first.base + o.maxSteps * this.H) : new Float64Array(o.maxSteps * width));
      dOut.push(new Float64Array(o.maxSteps * width));
    }
    this.streams = streams;
    this.out = out;
    this.dOut = dOut;
    const top = streams[(this.layers - 1) * this.dirs]!;
    top.dhNorm = new Float64Array(o.maxSteps);
    top.whhContrib = new Float64Array(o.maxSteps);
    this.stateSize = streams.length * this.stride;
    this.initial = { values: new Float64Array(this.stateSize), pending: false };
    this.finalGrad = new Float64Array(this.stateSize);
  }

  /** numbers per stream in a state vector: h, then c for cells with a cell state */
  get stride(): number {
    return this.c.length > 0 ? 2 * this.H : this.H;
  }

  /** The top layer's forward-direction stream (the one telemetry follows). */
  get top(): Stream {
    return this.streams[(this.layers - 1) * this.dirs]!;
  }

  /** Forward over steps [t0, t1) of every layer; a bidirectional stack needs the whole sequence. */
  forward(t0: number, t1: number): void {
    const H = this.H;
    for (let layer = 0; layer < this.layers; layer++) {
      for (let d = 0; d < this.dirs; d++) {
        const s = this.streams[layer * this.dirs + d]!;
        this.project(s, t0, t1);
        this.ops.forward(s, t0, t1);
      }
      if (this.dirs === 2) {
        // [h_t forward ; h_t reverse]
        const out = this.out[layer]!;
        for (let d = 0; d < 2; d++) {
          const s = this.streams[layer * 2 + d]!;
          for (let t = t0; t < t1; t++) {
            const from = s.base + t * H;
            const to = t * 2 * H + d * H;
            for (let j = 0; j < H; j++) out[to + j] = this.h[from + j]!;
          }
        }
      }
    }
  }

  /** xw_t = W_ih x_t + b_ih (+ b_hh where it simply adds) for every step of the range. */
  private project(s: Stream, t0: number, t1: number): void {
    if (s.layer === 0 && this.inputKind === 'ids') {
      lookupSteps(s.wih.w, s.GH, s.I, s.bih.w, s.bhh.w, s.foldRows, this.ids, s.xw, t0, t1);
    } else {
      const X = s.layer === 0 ? this.x : this.out[s.layer - 1]!;
      projectSteps(s.wih.w, s.GH, s.I, s.bih.w, s.bhh.w, s.foldRows, X, 0, s.I, s.xw, t0, t1);
    }
  }

  /**
   * Backpropagation over [t0, t1), given ∂L/∂output of the top layer in
   * dOut[top] (rows t0..t1-1). Adds into every Param.g; leaves ∂L/∂h0 (c0)
   * of each stream in its dh0 (dc0) and, with inputGrad, ∂L/∂x_t in dx. No
   * gradient enters from beyond the range: the state leaving it is not in L.
   */
  backward(t0: number, t1: number): void {
    for (let layer = this.layers - 1; layer >= 0; layer--) {
      const dIn = layer > 0 ? this.dOut[layer - 1]! : this.inputGrad ? this.dx : null;
      const width = layer > 0 ? this.dirs * this.H : this.inputSize;
      if (dIn !== null) dIn.fill(0, t0 * width, t1 * width);
      for (let d = 0; d < this.dirs; d++) {
        const s = this.streams[layer * this.dirs + d]!;
        this.streamBackward(s, this.dOut[layer]!, d * this.H, t0, t1);
        this.addWeightGradients(s, t0, t1, dIn);
      }
    }
  }

  /** The recurrence run backwards: ∂L/∂h_t = (from above at t) + (through step t+1). */
  private streamBackward(s: Stream, dOut: Float64Array, col: number, t0: number, t1: number): void {
    const H = s.H;
    const width = this.dirs * H;
    const dh = s.dh;
    const dhNext = s.dh0;
    let dcNext = s.dc0;
    let dcTmp = s.dcTmp;
    dhNext.fill(0);
    dcNext.fill(0);
    if (this.seedFinalGrad) {
      // the state leaving the range is read outside it: its gradient enters here
      const o = this.streams.indexOf(s) * this.stride;
      dhNext.set(this.finalGrad.subarray(o, o + H));
      if (dcNext.length > 0) dcNext.set(this.finalGrad.subarray(o + H, o + 2 * H));
    }
    const norms = s.dhNorm;
    const stepBack = this.ops.stepBack;
    for (let k = t1 - t0 - 1; k >= 0; k--) {
      const t = s.reverse ? t1 - 1 - k : t0 + k;
      const o = t * width + col;
      let sq = 0;
      for (let j = 0; j < H; j++) {
        const v = dOut[o + j]! + dhNext[j]!;
        dh[j] = v;
        sq += v * v;
      }
      if (norms !== null) norms[t] = Math.sqrt(sq);
      stepBack(s, t, dh, dcNext, dhNext, dcTmp, s.dA, s.dAh, t * s.GH);
      const swap = dcNext;
      dcNext = dcTmp;
      dcTmp = swap;
    }
    if (dcNext !== s.dc0) s.dc0.set(dcNext);
  }

  /** Weight gradients of the whole range in one pass per matrix, then ∂L/∂x_t = W_ihᵀ ∂L/∂a_t. */
  addWeightGradients(s: Stream, t0: number, t1: number, dIn: Float64Array | null): void {
    const GH = s.GH;
    const H = s.H;
    const lookup = s.layer === 0 && this.inputKind === 'ids';
    if (s.dAh === s.dA) {
      addBiasAndLookupGradients(s.bih.g, s.bhh.g, lookup ? s.wih.g : null, s.I, this.ids, s.dA, GH, t0, t1);
    } else {
      addColumnSums(s.bih.g, s.dA, GH, GH, t0, t1);
      addColumnSums(s.bhh.g, s.dAh, GH, GH, t0, t1);
      if (lookup) addLookupGradient(s.wih.g, GH, s.I, this.ids, s.dA, t0, t1);
    }
    if (s.whhContrib !== null) recordWhhContributions(s, t0, t1);
    if (s.cell === 'gru' && !s.resetAfter) {
      // the n block of W_hh multiplies r ⊙ h_{t-1}, kept in aux
      addOuterSum(s.whh.g, H, 0, 2 * H, s.dAh, GH, s.hp, 0, H, t0, t1);
      addOuterSum(s.whh.g, H, 2 * H, 3 * H, s.dAh, GH, s.aux, 0, H, t0, t1);
    } else {
      addOuterSum(s.whh.g, H, 0, GH, s.dAh, GH, s.hp, 0, H, t0, t1);
    }
    if (lookup) return;
    const X = s.layer === 0 ? this.x : this.out[s.layer - 1]!;
    addOuterSum(s.wih.g, s.I, 0, GH, s.dA, GH, X, 0, s.I, t0, t1);
    if (dIn === null) return;
    for (let t = t0; t < t1; t++) addTransposedRows(s.wih.w, s.I, 0, GH, s.dA, t * GH, dIn, t * s.I);
  }

  /**
   * Sets every stream's entering state for a new sequence: zero, or the
   * initial state a sample staged (Sample.initialState), which this consumes.
   */
  resetState(): void {
    if (this.initial.pending) {
      this.initial.pending = false;
      this.setState(this.initial.values);
      return;
    }
    for (const s of this.streams) {
      s.h0.fill(0);
      s.c0.fill(0);
    }
  }

  /** Every stream's entering state from a state vector (layout of Sample.initialState). */
  setState(values: ArrayLike<number>): void {
    const stride = this.stride;
    this.streams.forEach((s, k) => {
      for (let j = 0; j < s.H; j++) s.h0[j] = values[k * stride + j]!;
      for (let j = 0; j < s.c0.length; j++) s.c0[j] = values[k * stride + s.H + j]!;
    });
  }

  /** The state each stream ended in after a forward pass over T steps (a reverse stream ends at t = 0). */
  finalState(T: number, out: Float64Array): Float64Array {
    const stride = this.stride;
    this.streams.forEach((s, k) => {
      const at = s.base + (s.reverse ? 0 : T - 1) * s.H;
      out.set(this.h.subarray(at, at + s.H), k * stride);
      if (this.c.length > 0) out.set(this.c.subarray(at, at + s.H), k * stride + s.H);
    });
    return out;
  }

  /** ∂L/∂(initial state) left by the latest backward pass over a whole sequence. */
  initialStateGrad(out: Float64Array): Float64Array {
    const stride = this.stride;
    this.streams.forEach((s, k) => {
      out.set(s.dh0, k * stride);
      if (s.dc0.length > 0) out.set(s.dc0, k * stride + s.H);
    });
    return out;
  }
}

/**
 * Step t adds the outer product δ_t h_{t-1}ᵀ to ∂L/∂W_hh (δ_t: the gradient of
 * the recurrent pre-activations), whose Frobenius norm is ‖δ_t‖·‖h_{t-1}‖. In
 * the GRU with the reset before W_hn, the n block multiplies r_t ⊙ h_{t-1}.
 */
function recordWhhContributions(s: Stream, t0: number, t1: number): void {
  const out = s.whhContrib!;
  const H = s.H;
  const GH = s.GH;
  const split = s.cell === 'gru' && !s.resetAfter ? 2 * H : GH;
  for (let t = t0; t < t1; t++) {
    let dFirst = 0;
    let dRest = 0;
    for (let k = 0; k < GH; k++) {
      const v = s.dAh[t * GH + k]!;
      if (k < split) dFirst += v * v;
      else dRest += v * v;
    }
    let hSq = 0;
    let auxSq = 0;
    for (let j = 0; j < H; j++) {
      const h = s.hp[t * H + j]!;
      hSq += h * h;
      if (split < GH) {
        const a = s.aux[t * H + j]!;
        auxSq += a * a;
      }
    }
    out[t] = Math.sqrt(dFirst * hSq + dRest * auxSq);
  }
}
