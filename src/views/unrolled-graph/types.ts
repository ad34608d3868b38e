// Data and configuration of the unrolled-graph view (and of the equations
// that accompany it). Frames are plain typed arrays, so the lab can hand the
// engine's telemetry buffers over without copying (see fromTelemetry.ts).

/** How inputs and outputs are arranged along the sequence. */
export type TaskShape = 'one-to-one' | 'one-to-many' | 'many-to-one' | 'many-to-many' | 'encoder-decoder';

export const TASK_SHAPES: readonly TaskShape[] = ['one-to-one', 'one-to-many', 'many-to-one', 'many-to-many', 'encoder-decoder'];

export type CellType = 'vanilla' | 'lstm' | 'gru';

export const CELL_TYPES: readonly CellType[] = ['vanilla', 'lstm', 'gru'];

export type PassMode = 'forward' | 'backward';

/** Gate activations recorded by the engine: LSTM i f g o, GRU r z n. */
export type GateKey = 'i' | 'f' | 'g' | 'o' | 'r' | 'z' | 'n';

/**
 * The shared weight matrices drawn on the graph's edges. An encoder-decoder
 * has two recurrent networks, so its decoder has its own input and recurrent
 * matrices.
 */
export type WeightKey = 'Wxh' | 'Whh' | 'Why' | 'Wxh_dec' | 'Whh_dec';

/** Row-major matrices: Wxh is H x I, Whh H x H, Why K x H; bh has H entries, by K. */
export interface UnrolledWeights {
  Wxh: Float64Array;
  Whh: Float64Array;
  /** b: the sum of PyTorch's bias_ih and bias_hh */
  bh: Float64Array;
  Why: Float64Array;
  /** c in the lesson's o_t = W_hy h_t + c */
  by: Float64Array;
}

/**
 * One forward/backward pass, as the view reads it. Arrays indexed by time
 * are [t][unit] row-major with t in 0..steps-1. Output arrays (logits, probs,
 * stepLoss, targets) have one row per step that has an output, in time order
 * (see outputSteps in layout.ts): all steps for many-to-many, only the last
 * for many-to-one, the decoder steps for encoder-decoder.
 */
export interface UnrolledFrame {
  steps: number;
  hiddenSize: number;
  inputSize: number;
  outputSize: number;
  /** label of each step's input ('' for none): a letter or a word */
  inputLabels: readonly string[];
  /** labels of the K outputs (a vocabulary), or null to number them */
  outputLabels: readonly string[] | null;
  /** inputs x_t, [t][i]; null when not available */
  x: Float64Array | null;
  h: Float64Array;
  /** LSTM cell state c_t */
  c?: Float64Array | null;
  /** gate activations, each [t][j] */
  gates?: Partial<Record<GateKey, Float64Array>> | null;
  logits: Float64Array;
  probs: Float64Array;
  /** target class per output row, or null */
  targets?: ArrayLike<number> | null;
  /** loss per output row */
  stepLoss: Float64Array;
  /** ‖∂L/∂h_t‖ per step (null before any backward pass) */
  dLdh: Float64Array | null;
  /** ‖δa_t h_{t−1}ᵀ‖ (Frobenius), each step's share of ∂L/∂W_hh */
  whhContrib: Float64Array | null;
  weights?: UnrolledWeights | null;
}

/** What the lab's controls decide; changes here may re-layout (and animate). */
export interface UnrolledConfig {
  mode: PassMode;
  shape: TaskShape;
  cell: CellType;
  rolled: boolean;
  /** sequence length 1..30 (one-to-one always draws a single step) */
  steps: number;
  /**
   * 0-based step being shown. Forward: steps after it are not computed yet.
   * Backward: the gradient has flowed back from the last step to this one.
   */
  currentStep: number;
  /** encoder-decoder only: how many of the steps belong to the encoder (default half, rounded up) */
  encoderSteps?: number;
  /**
   * Backward pass: draw the row of each step's share of ∂L/∂W_hh (default
   * true). Off when the frames carry no whhContrib, so no empty row is drawn.
   */
  contrib?: boolean;
}

export const MAX_STEPS = 30;
