// A whole network: input encoding (one-hot ids, embedding rows or dense
// vectors), the recurrent stack, the head and its loss, over one Float64Array
// of weights and one of gradients, with every buffer sized for maxSteps.

import type { InitSpec, Inputs, Model, ModelSpec, Param, Rng, Sample, StateDict, Telemetry } from './api.ts';
import { FusedPasses, fusable } from './fused.ts';
import { Head } from './head.ts';
import { initialiseParams } from './init.ts';
import { JacobianWorkspace } from './jacobian.ts';
import { createParamStore, modelShapes, type ParamStore } from './params.ts';
import { loadInputsOnly, loadSample, type SampleBuffers } from './sample.ts';
import { checkCellConfig, inputWidth, normaliseSpec, type CellConfig } from './spec.ts';
import { RecurrentStack } from './stack.ts';
import { exportParams, importParams } from './stateDict.ts';
import { createTelemetry } from './telemetry.ts';
import { checkBoolean, checkInt, checkRecord, fail } from './validate.ts';

export interface ModelOptions {
  /** longest sequence the model accepts (telemetry and caches are sized for it); default 256 */
  maxSteps?: number;
  /**
   * Whether a model that can take the fused passes (fused.ts) takes them;
   * default true. false keeps the general passes, to check one against the other.
   */
  fusedPasses?: boolean;
}

export const DEFAULT_MAX_STEPS = 256;
/** 2^20 steps: far beyond any lesson, and a guard against absurd allocations. */
const MAX_STEPS_LIMIT = 1 << 20;

export class RecurrentModel implements Model {
  readonly spec: ModelSpec;
  readonly cells: CellConfig;
  readonly maxSteps: number;
  readonly store: ParamStore;
  readonly params: readonly Param[];
  readonly stack: RecurrentStack;
  readonly head: Head;
  readonly telemetry: Telemetry;
  readonly buffers: SampleBuffers;
  /** length of the loaded sequence */
  steps = 0;
  private readonly embedding: Param | null;
  private readonly fused: FusedPasses | null;
  private jacobian: JacobianWorkspace | null = null;

  constructor(spec: ModelSpec, maxSteps: number, fusedPasses = true) {
    this.spec = spec;
    this.cells = checkCellConfig('spec.rnn', spec.rnn);
    this.maxSteps = maxSteps;
    this.store = createParamStore(modelShapes(spec, this.cells));
    this.params = this.store.params;
    this.embedding = spec.input.kind === 'embedding' ? this.store.param('embedding.weight') : null;
    const onehot = spec.input.kind === 'onehot';
    this.stack = new RecurrentStack({
      cfg: this.cells,
      inputKind: onehot ? 'ids' : 'dense',
      inputSize: inputWidth(spec.input),
      maxSteps,
      inputGrad: this.embedding !== null,
      param: (n) => this.store.param(`rnn.${n}`),
    });
    this.head = new Head(spec.head, spec.loss, this.store.param('head.weight'), this.store.param('head.bias'), maxSteps);
    this.telemetry = createTelemetry(this.stack, this.head, this.params.length);
    this.fused = fusedPasses && fusable(spec, this.stack) ? new FusedPasses(this.stack, this.head) : null;
    this.buffers = {
      maxSteps,
      ids: onehot ? this.stack.ids : new Int32Array(maxSteps),
      x: this.stack.x,
      targetIds: this.head.targetIds,
      targetY: this.head.targetY,
      initial: this.stack.initial,
    };
  }

  /** Numbers in a whole recurrent state: layers x directions x (h, then c for cells with a cell state). */
  get stateSize(): number {
    return this.stack.stateSize;
  }

  /**
   * The state every stream ended in after the latest forward pass (loss,
   * lossAndGradients, runStates), laid out as Sample.initialState: what an
   * encoder hands its decoder. A fresh array unless `out` is given.
   */
  finalState(out: Float64Array = new Float64Array(this.stateSize)): Float64Array {
    if (this.steps === 0) throw new Error('finalState: run a forward pass first');
    return this.stack.finalState(this.steps, out);
  }

  /** ∂L/∂(initial state) after the latest lossAndGradients or stateGradients, laid out as Sample.initialState. */
  initialStateGrad(out: Float64Array = new Float64Array(this.stateSize)): Float64Array {
    return this.stack.initialStateGrad(out);
  }

  /**
   * Forward pass through the input encoding and the recurrent stack only (no
   * head, no targets), from `initialState` or zero: an encoder's pass. Returns T.
   */
  runStates(inputs: Inputs, initialState?: ArrayLike<number>): number {
    const T = loadInputsOnly(this.spec, this.buffers, inputs, initialState);
    this.setSteps(T);
    this.stack.resetState();
    this.forwardStates(0, T);
    return T;
  }

  /**
   * After runStates: zeroes then fills every Param.g with the gradient of
   * L = ⟨dFinal, final state⟩ (the head is not used), i.e. backpropagates a
   * gradient that reached the final state from outside, such as a decoder's
   * ∂L/∂h0. Leaves ∂L/∂(initial state) for initialStateGrad.
   */
  stateGradients(dFinal: ArrayLike<number>): void {
    const T = this.steps;
    if (T === 0) throw new Error('stateGradients: run a forward pass first (runStates)');
    const stack = this.stack;
    if (dFinal.length !== stack.stateSize) fail('dFinal', `${stack.stateSize} values`, dFinal);
    for (let k = 0; k < stack.stateSize; k++) stack.finalGrad[k] = dFinal[k]!;
    this.store.g.fill(0);
    stack.dOut[stack.layers - 1]!.fill(0, 0, T * stack.dirs * stack.H);
    stack.seedFinalGrad = true;
    try {
      stack.backward(0, T);
    } finally {
      stack.seedFinalGrad = false;
    }
    this.embeddingGradients(0, T);
    this.measureGradients();
  }

  param(name: string): Param {
    return this.store.param(name);
  }

  /** Checks and loads a sample into the buffers; returns T. */
  load(sample: Sample): number {
    const T = loadSample(this.spec, this.buffers, sample);
    this.setSteps(T);
    return T;
  }

  setSteps(T: number): void {
    this.steps = T;
    this.telemetry.steps = T;
  }

  /** Forward over steps [t0, t1) of the loaded sequence; returns the mean loss of its scored steps. */
  forwardRange(t0: number, t1: number): number {
    if (this.fused !== null) return this.fused.forward(t0, t1);
    this.forwardStates(t0, t1);
    return this.head.forward(this.topOutput(), t0, t1, this.steps);
  }

  /** The recurrent states of steps [t0, t1), without the head. */
  forwardStates(t0: number, t1: number): void {
    const E = this.embedding;
    if (E !== null) {
      // x_t = row ids[t] of the embedding table
      const dim = E.cols;
      for (let t = t0; t < t1; t++) {
        const row = this.buffers.ids[t]! * dim;
        this.stack.x.set(E.w.subarray(row, row + dim), t * dim);
      }
    }
    this.stack.forward(t0, t1);
  }

  /** Backpropagation over [t0, t1) after forwardRange; adds into every Param.g. */
  backwardRange(t0: number, t1: number): void {
    if (this.fused !== null) {
      this.fused.backward(t0, t1);
      return;
    }
    const top = this.stack.layers - 1;
    this.head.backward(this.topOutput(), this.stack.dOut[top]!, t0, t1, this.steps);
    this.stack.backward(t0, t1);
    this.embeddingGradients(t0, t1);
  }

  /** ∂L/∂E[id] += ∂L/∂x_t for every step of [t0, t1) that read row id (after stack.backward). */
  private embeddingGradients(t0: number, t1: number): void {
    const E = this.embedding;
    if (E === null) return;
    const dim = E.cols;
    const dx = this.stack.dx;
    for (let t = t0; t < t1; t++) {
      const row = this.buffers.ids[t]! * dim;
      for (let q = 0; q < dim; q++) E.g[row + q]! += dx[t * dim + q]!;
    }
  }

  topOutput(): Float64Array {
    return this.stack.out[this.stack.layers - 1]!;
  }

  /** paramGradNorms and the global L2 norm (as clip_grad_norm_: the norm of the per-parameter norms). */
  measureGradients(): number {
    const norms = this.telemetry.paramGradNorms;
    const g = this.store.g;
    const off = this.store.offsets;
    let total = 0;
    for (let p = 0; p < norms.length; p++) {
      let s = 0;
      for (let k = off[p]!, end = off[p + 1]!; k < end; k++) s += g[k]! * g[k]!;
      const n = Math.sqrt(s);
      norms[p] = n;
      total += n * n;
    }
    const norm = Math.sqrt(total);
    this.telemetry.gradNormBefore = norm;
    this.telemetry.gradNormAfter = norm;
    return norm;
  }

  lossAndGradients(sample: Sample): number {
    const T = this.load(sample);
    this.stack.resetState();
    this.store.g.fill(0);
    const loss = this.forwardRange(0, T);
    this.backwardRange(0, T);
    this.measureGradients();
    if (!Number.isFinite(loss)) this.assertFiniteWeights();
    return loss;
  }

  loss(sample: Sample): number {
    const T = this.load(sample);
    this.stack.resetState();
    const loss = this.forwardRange(0, T);
    if (!Number.isFinite(loss)) this.assertFiniteWeights();
    return loss;
  }

  /** Throws naming the first non-finite weight: a NaN written into Param.w is bad input, not divergence. */
  assertFiniteWeights(): void {
    for (const p of this.params) {
      for (let k = 0; k < p.w.length; k++) {
        const v = p.w[k]!;
        if (v - v !== 0) fail(`${p.name}[${k}]`, 'a finite weight', v);
      }
    }
  }

  computeJacobianNorms(): void {
    if (this.steps === 0) throw new Error('computeJacobianNorms: run a forward pass first (loss or lossAndGradients)');
    this.jacobian ??= new JacobianWorkspace(this.stack);
    this.jacobian.compute(this.steps, this.telemetry.dhTdh, this.telemetry.dcTdc);
  }

  exportStateDict(): StateDict {
    return exportParams(this.params);
  }

  importStateDict(dict: StateDict): void {
    importParams(this.params, dict);
  }
}

function checkOptions(options: unknown): { maxSteps: number; fusedPasses: boolean } {
  if (options === undefined) return { maxSteps: DEFAULT_MAX_STEPS, fusedPasses: true };
  const o = checkRecord('options', options);
  return {
    maxSteps: o.maxSteps === undefined ? DEFAULT_MAX_STEPS : checkInt('options.maxSteps', o.maxSteps, 1, MAX_STEPS_LIMIT),
    fusedPasses: o.fusedPasses === undefined ? true : checkBoolean('options.fusedPasses', o.fusedPasses),
  };
}

function newModel(spec: ModelSpec, options: unknown): RecurrentModel {
  const o = checkOptions(options);
  return new RecurrentModel(normaliseSpec(spec), o.maxSteps, o.fusedPasses);
}

/** A model with weights drawn by `init` from `rng` (PyTorch's names and defaults). */
export function createModel(spec: ModelSpec, init: InitSpec, rng: Rng, options?: ModelOptions): RecurrentModel {
  const r = rng as Partial<Rng> | null;
  if (typeof r !== 'object' || r === null || typeof r.next !== 'function' || typeof r.normal !== 'function') {
    fail('rng', 'an Rng from createRng(seed)', rng);
  }
  const model = newModel(spec, options);
  initialiseParams(model.params, model.spec, init, rng);
  model.assertFiniteWeights();
  return model;
}

/** A model whose weights are read from a state_dict (no random draws). */
export function modelFromStateDict(spec: ModelSpec, dict: StateDict, options?: ModelOptions): RecurrentModel {
  const model = newModel(spec, options);
  model.importStateDict(dict);
  return model;
}
