// The engine's public types: what the worker, the labs and the tests program
// against. Implementations live in the other files of src/engine/.
//
// Notation (the same as the lessons): x_t input, h_t hidden state, c_t cell
// state, a_t pre-activation, o_t logits, ŷ_t = softmax(o_t). Weight names and
// layouts are PyTorch's (weight_ih_l0, weight_hh_l0_reverse, ...), gate order
// i f g o (LSTM) and r z n (GRU).

/** Non-linearity of a vanilla recurrent cell. */
export type Activation = 'tanh' | 'relu' | 'sigmoid' | 'identity';

/**
 * rnn: h' = act(W_ih x + b_ih + W_hh h + b_hh)
 * lstm: PyTorch's LSTM (gates i f g o)
 * lstm_simple: the lecture notes' gate-free residual cell, c' = c + tanh(...), h' = tanh(c')
 * gru: PyTorch's GRU (gates r z n), h' = (1 - z) * n + z * h
 */
export type CellKind = 'rnn' | 'lstm' | 'lstm_simple' | 'gru';

export interface RecurrentSpec {
  cell: CellKind;
  /** vanilla cells only; default 'tanh' */
  activation?: Activation;
  /**
   * GRU only; default true (PyTorch, cuDNN, Keras): n = tanh(W_in x + b_in + r * (W_hn h + b_hn)).
   * false is Cho et al. 2014: n = tanh(W_in x + b_in + W_hn (r * h) + b_hn).
   */
  resetAfter?: boolean;
  hiddenSize: number;
  numLayers: number;
  bidirectional: boolean;
}

export type InputSpec =
  | { kind: 'onehot'; vocabSize: number }
  | { kind: 'embedding'; vocabSize: number; embeddingDim: number }
  | { kind: 'dense'; inputSize: number };

/** mean_pool: one output from the mean of every step's state, (1/T) Σ_t h_t */
export type HeadKind = 'per_step' | 'last_step' | 'mean_pool';
export type LossKind = 'cross_entropy' | 'mse';

export interface ModelSpec {
  input: InputSpec;
  rnn: RecurrentSpec;
  /** a linear layer on every step's output, or on the last step's only */
  head: HeadKind;
  outputSize: number;
  /** mean over the scored steps (and over outputSize for mse); softmax inside cross_entropy */
  loss: LossKind;
}

/**
 * How weights are drawn at creation. Everything not named keeps PyTorch's
 * default (uniform in ±1/sqrt(H), embedding N(0, 1)).
 * - gaussian: W_hh entries N(0, (scale / sqrt(H))^2), so the spectral radius is close to `scale`
 * - glorot: Glorot/Xavier uniform for every weight matrix, zero biases
 * - orthogonal: W_hh orthogonal (QR of a Gaussian matrix) times `gain` (default 1)
 * - identity: W_hh = scale * I (IRNN, default scale 1), recurrent biases zero
 * - echo_state: W_hh drawn Gaussian then rescaled to the given spectral radius exactly
 */
export type InitSpec =
  | { kind: 'pytorch' }
  | { kind: 'gaussian'; scale: number }
  | { kind: 'glorot' }
  | { kind: 'orthogonal'; gain?: number }
  | { kind: 'identity'; scale?: number }
  | { kind: 'echo_state'; spectralRadius: number };

/** One parameter tensor: row-major values `w` and gradients `g` side by side. */
export interface Param {
  /** PyTorch state_dict name: embedding.weight, rnn.weight_ih_l0, rnn.bias_hh_l1_reverse, head.weight, head.bias */
  readonly name: string;
  readonly rows: number;
  /** 1 for a bias vector */
  readonly cols: number;
  readonly w: Float64Array;
  readonly g: Float64Array;
}

/** A sequence's inputs: token ids (onehot / embedding) or a T x inputSize row-major block (dense). */
export type Inputs = { kind: 'ids'; ids: ArrayLike<number> } | { kind: 'dense'; steps: number; x: Float64Array };

/**
 * Targets: ids (cross_entropy; T of them for per_step, 1 for last_step) or
 * values (mse; T x outputSize for per_step, outputSize for last_step).
 */
export type Targets = { kind: 'ids'; ids: ArrayLike<number> } | { kind: 'values'; y: Float64Array };

export interface Sample {
  inputs: Inputs;
  targets: Targets;
  /**
   * The state the sequence starts from (default: zero), e.g. an encoder's
   * final state starting a decoder. Laid out stream by stream (stream =
   * layer · directions + direction), each stream's h (H values) then, for the
   * cells with a cell state (lstm, lstm_simple), its c (H values):
   * RecurrentModel.stateSize numbers in all. A reverse stream's initial state
   * enters at the last step. Read by Model.loss, lossAndGradients and
   * Trainer.train (full BPTT, or the first window of truncated BPTT).
   */
  initialState?: ArrayLike<number>;
}

/** A state_dict as JSON: names to nested arrays (matrices as rows, biases as flat arrays). */
export type StateDict = Record<string, number[] | number[][]>;

export type OptimizerSpec =
  | { name: 'sgd'; lr: number; momentum?: number }
  | { name: 'adam'; lr: number; betas?: readonly [number, number]; eps?: number };

export type ClipSpec = { kind: 'none' } | { kind: 'norm'; maxNorm: number } | { kind: 'value'; value: number };

/** full BPTT over the whole sequence, or truncated: windows of `window` steps, state carried across windows */
export type BpttSpec = { kind: 'full' } | { kind: 'truncated'; window: number };

export interface TrainerOptions {
  optimizer: OptimizerSpec;
  clip: ClipSpec;
  bptt: BpttSpec;
}

export interface StepReport {
  /** number of optimizer updates done so far (1 after the first) */
  step: number;
  /** the loss before this update (mean over windows for truncated BPTT) */
  loss: number;
  /** global L2 norm of all gradients before clipping */
  gradNorm: number;
  /** ... and after clipping (equal when clipping did not fire) */
  gradNormAfterClip: number;
  clipped: boolean;
}

export interface Divergence {
  /** the update that would have produced non-finite numbers (weights are kept from before it) */
  step: number;
  reason: 'loss' | 'gradient';
  /** largest global gradient norm seen in this run (may be Infinity) */
  maxGradNorm: number;
}

export type StepOutcome = { ok: true; report: StepReport } | { ok: false; diverged: Divergence };

/** Names of the gate activations recorded per cell kind. */
export type GateName = 'i' | 'f' | 'g' | 'o' | 'r' | 'z' | 'n';

/**
 * Telemetry of the latest forward/backward pass, written into buffers
 * allocated once (capacity `maxSteps`). Per-state arrays are laid out
 * [stream][t][unit] with stream = layer * directions + direction:
 * index ((stream * maxSteps) + t) * hiddenSize + j.
 */
export interface Telemetry {
  /** steps actually used by the latest pass */
  steps: number;
  readonly maxSteps: number;
  readonly layers: number;
  readonly directions: 1 | 2;
  readonly hiddenSize: number;
  readonly outputSize: number;
  readonly h: Float64Array;
  /** LSTM and simple LSTM only */
  readonly c: Float64Array | null;
  /** gate activations, same layout as h; empty for vanilla and simple LSTM */
  readonly gates: Partial<Record<GateName, Float64Array>>;
  /** logits o_t and softmax ŷ_t (or the raw outputs for mse), per scored step: [t][k] */
  readonly logits: Float64Array;
  readonly probs: Float64Array;
  /** loss at each scored step (before the mean) */
  readonly stepLoss: Float64Array;
  /** ‖∂L/∂h_t‖ (L2) for the top layer, forward direction, every t */
  readonly dLdh: Float64Array;
  /** ‖δ_t h_{t−1}ᵀ‖ (Frobenius): what step t adds to ∂L/∂W_hh, top layer, forward direction */
  readonly whhContrib: Float64Array;
  /** ‖∂h_T/∂h_t‖ (Frobenius) for the top layer, forward direction; filled by computeJacobianNorms */
  readonly dhTdh: Float64Array;
  /** ‖∂c_T/∂c_t‖ (Frobenius), LSTM cells only; filled by computeJacobianNorms */
  readonly dcTdc: Float64Array | null;
  /** L2 norm of each parameter's gradient, in Model.params order */
  readonly paramGradNorms: Float64Array;
  gradNormBefore: number;
  gradNormAfter: number;
}

/** Deterministic random numbers: the same seed gives the same stream in Node and in Chromium. */
export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** standard normal */
  normal(): number;
  /** integer in [0, n) */
  int(n: number): number;
}

export interface Eigenvalues {
  re: Float64Array;
  im: Float64Array;
}

/** A network: input encoding, recurrent stack, head and loss, with its parameters and telemetry buffers. */
export interface Model {
  readonly spec: ModelSpec;
  /** in state_dict order: embedding, then rnn layer by layer (forward before reverse), then head */
  readonly params: readonly Param[];
  /** throws an Error naming the unknown parameter and the known ones */
  param(name: string): Param;
  readonly telemetry: Telemetry;
  /** forward and full backward pass over one sample: zeroes then fills every Param.g, fills telemetry; returns the loss */
  lossAndGradients(sample: Sample): number;
  /** forward pass only (fills the forward part of the telemetry); returns the loss */
  loss(sample: Sample): number;
  /** fills telemetry.dhTdh (and dcTdc) from the latest forward pass; costs O(T H^3), so call it per frame, not per step */
  computeJacobianNorms(): void;
  exportStateDict(): StateDict;
  /** throws naming the parameter and the expected and given shapes on any mismatch */
  importStateDict(dict: StateDict): void;
}

/** Optimizer, clipping and BPTT around a model; keeps the weights from before a diverging update. */
export interface Trainer {
  readonly model: Model;
  /** optimizer updates done so far */
  readonly step: number;
  train(sample: Sample): StepOutcome;
  setLearningRate(lr: number): void;
  setClip(clip: ClipSpec): void;
}

/** A training task: a model shape and the samples to train it on. */
export interface Task {
  readonly id: string;
  readonly spec: ModelSpec;
  /** the sample for the next update (tasks with one fixed sample ignore rng) */
  nextSample(rng: Rng): Sample;
}
