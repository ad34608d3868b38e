// The messages between the page and the engine worker. Both sides import this
// file and nothing else about each other: commands are imperative (configure,
// train, pause, ...), events are past tense (ready, frame, diverged, ...).
//
// Every event carries the run id of the run that produced it. The client bumps
// the run id on configure, reset and restart, and drops any event from an
// older run, so a frame computed just before a reset never reaches a view.

import type {
  Activation,
  BpttSpec,
  CellKind,
  ClipSpec,
  GateName,
  InitSpec,
  ModelSpec,
  OptimizerSpec,
} from '../engine/api.ts';

// ---------------------------------------------------------------------------
// Configuration

/**
 * What to learn, and the shape of the network that learns it. One kind per
 * family of labs; later labs add kinds here and a case in tasks.ts.
 */
export type TaskConfig = WordTaskConfig | RecallTaskConfig | ShapeTaskConfig | CharLmTaskConfig | TeddyTaskConfig | SentimentTaskConfig | TaggingTaskConfig | TextLmTaskConfig | ForecastTaskConfig | CaptionTaskConfig | TranslateTaskConfig;

/**
 * Translation with an encoder-decoder (the translate lab): the app's small
 * English-French corpus in one direction; the encoder's final state starts the
 * decoder (engine/seq2seq.ts). Frames carry a TranslateReadout; `generate`
 * translates its prefix greedily (probs: each step's distribution over the
 * target vocabulary), `evaluate` runs the encoder on a text (telemetry: the
 * encoder's states). Words outside the vocabulary are left out.
 */
export interface TranslateTaskConfig {
  kind: 'translate';
  direction: 'en-fr' | 'fr-en';
  cell: 'rnn' | 'lstm' | 'gru';
  hiddenSize: number;
  embeddingDim: number;
}

/**
 * A language model on a corpus, by words or by characters (the language lab):
 * the text pipeline of engine/text/pipeline.ts (<UNK> under a frequency
 * cut-off, <EOS> after each sentence), embeddings in, the next token out.
 * 'free' feeding trains on the model's own greedy guesses as inputs (see
 * engine/tasks/textlm.ts). Frames' `sample` is a greedy continuation of <EOS>
 * (shown as ¶); `evaluate` takes ids, `generate` a prompt text.
 */
export interface TextLmTaskConfig {
  kind: 'textlm';
  text: string;
  level: 'word' | 'char';
  /** tokens seen fewer times read as <UNK>; default 2 for words, 1 for characters */
  minCount?: number;
  cell: CellKind;
  hiddenSize: number;
  embeddingDim: number;
  /** tokens per training window */
  window: number;
  /** default 'teacher' */
  feeding?: 'teacher' | 'free';
}

/**
 * Sentiment of short reviews (the applications lab), many-to-one: an LSTM over
 * word embeddings, one output from the last state or from the mean of all
 * states. Frames carry a SentimentReadout (the held-out numbers and the
 * bag-of-words baseline, trained in lockstep); the page reads only the review
 * the student types, with the weights frames carry.
 */
export interface SentimentTaskConfig {
  kind: 'sentiment';
  pool: 'last' | 'mean';
  hiddenSize: number;
}

/**
 * Tagging property adverts for information extraction (the applications lab),
 * many-to-many: a bidirectional LSTM over word and character features. The page
 * tags only the advert the student types, with the weights frames carry;
 * frames carry the held-out adverts' tags as a TaggingReadout.
 */
/**
 * Weather forecasting (the applications lab): a recurrent net reads the last
 * `lookback` steps and writes the next `horizon` steps of every variable; a
 * dense baseline is trained in lockstep on the same origins (see
 * engine/tasks/forecast.ts). Trains on fold `fold` of an expanding split;
 * frames carry a ForecastReadout.
 */
export interface ForecastTaskConfig {
  kind: 'forecast';
  /** seeds the weather series and the dense net */
  dataSeed: number;
  cell: CellKind;
  hiddenSize: number;
  fold: number;
  /** default 4 */
  folds?: number;
  /** the dense baseline's learning rate; default the engine task's */
  denseLr?: number;
}

/**
 * Captioning tiny images (the applications lab): the image at step 0, then
 * the previous word; captions in `lang`. Frames carry a CaptionReadout.
 */
export interface CaptionTaskConfig {
  kind: 'caption';
  lang: 'en' | 'fr' | 'ar';
  cell: CellKind;
  hiddenSize: number;
  /** seeds the held-out split */
  dataSeed: number;
}

export interface TaggingTaskConfig {
  kind: 'tagging';
  hiddenSize: number;
}

/**
 * A character-level language model on a text (the gates lab): random windows
 * of the text, next character at every step; use truncated BPTT. The text is
 * capped and its rarest characters folded as engine/tasks/charlm.ts says.
 * Frames' `sample` is a short greedy continuation of the text's first character.
 */
export interface CharLmTaskConfig {
  kind: 'charlm';
  text: string;
  cell: CellKind;
  /** GRU only; default true (PyTorch) */
  resetAfter?: boolean;
  hiddenSize: number;
  /** default 1 */
  numLayers?: number;
  /** characters per training window; default 64 */
  window?: number;
  /** longest passage evaluate accepts, in characters; default 256 */
  passage?: number;
}

/**
 * The "Teddy" tagging task (the gates lab): is "Teddy" a person? Frames carry
 * the taggers' answers as a TeddyReadout; their `sample` is null.
 */
export interface TeddyTaskConfig {
  kind: 'teddy';
  bidirectional: boolean;
  hiddenSize: number;
}

/**
 * Next-letter prediction on one word (the "bille" toy of the lecture notes):
 * one-hot letters in, the following letter out at every step.
 */
export interface WordTaskConfig {
  kind: 'word';
  word: string;
  hiddenSize: number;
  cell: CellKind;
  /** vanilla cells only; default 'tanh' */
  activation?: Activation;
  /** default 1 */
  numLayers?: number;
}

/**
 * Long-range recall (the gradients lab): the first token, one of a few
 * "countries", must be named after K distractor tokens and a query token;
 * only the last step is scored.
 */
export interface RecallTaskConfig {
  kind: 'recall';
  /** K, 0 to 198: sequences are K + 2 long */
  distractors: number;
  hiddenSize: number;
  cell: CellKind;
  /** vanilla cells only; default 'tanh' */
  activation?: Activation;
  /** default 4 */
  countries?: number;
  /** default 4 */
  distractorKinds?: number;
}

/** How inputs and outputs line up along a sequence (the lecture's RNN task shapes). */
export type SequenceShape = 'one-to-one' | 'one-to-many' | 'many-to-one' | 'many-to-many' | 'encoder-decoder';

/**
 * One named example per task shape (the unrolled lab): a network of the given
 * cell learns that single example, so every number of its passes can be
 * followed. `steps` is the sequence length (1 for one-to-one, at least 2 for
 * encoder-decoder); see shape-tasks.ts for the examples.
 */
export interface ShapeTaskConfig {
  kind: 'shape';
  shape: SequenceShape;
  /** 1 to 30 */
  steps: number;
  hiddenSize: number;
  cell: CellKind;
  /** vanilla cells only; default 'tanh' */
  activation?: Activation;
}

/** Everything needed to build a run; the same config and seed replay the same losses. */
export interface RunConfig {
  task: TaskConfig;
  /** seeds weight initialisation and sample order */
  seed: number;
  init: InitSpec;
  optimizer: OptimizerSpec;
  clip: ClipSpec;
  /** default full BPTT */
  bptt?: BpttSpec;
}

/** Hyper-parameters that can change while a run trains; absent fields stay as they are. */
export interface LiveHyperParams {
  lr?: number;
  clip?: ClipSpec;
}

/** A sequence given by the page: text in the task's vocabulary, or token ids. */
export type SequenceInput = { kind: 'text'; text: string } | { kind: 'ids'; ids: readonly number[] };

// ---------------------------------------------------------------------------
// Commands (page -> worker)

export type TrainMode = { mode: 'continuous' } | { mode: 'steps'; steps: number };

export type Command =
  /** build the model and task; replaces any previous run (posts ready, a paused status, then the step-0 frame) */
  | { type: 'configure'; runId: number; config: RunConfig }
  /** start training; 'steps' stops after that many more updates with status 'done' */
  | { type: 'train'; train: TrainMode }
  | { type: 'pause' }
  /** one update, then a frame (also when paused) */
  | { type: 'step' }
  /**
   * Rebuild from config.seed under a new run id (the client bumps it): the run
   * replays exactly. Live hyper-parameter changes made so far are kept.
   */
  | { type: 'reset'; runId: number }
  /** change hyper-parameters live; they apply from the next update */
  | { type: 'set'; params: LiveHyperParams }
  /** sample `length` tokens after `prefix`; temperature 0 is greedy; seed defaults to the run's */
  | { type: 'generate'; requestId: number; prefix: string; length: number; temperature: number; seed?: number }
  /** forward pass on a given sequence: its probabilities, telemetry and log-probability */
  | { type: 'evaluate'; requestId: number; input: SequenceInput }
  /** liveness check: answered by 'pong' between training chunks */
  | { type: 'ping'; nonce: number };

export type CommandType = Command['type'];

type WithoutRunId<C> = C extends { runId: number } ? Omit<C, 'runId'> : C;

/** What the page sends through the client: the client stamps the run ids itself. */
export type ClientCommand = WithoutRunId<Command>;

// ---------------------------------------------------------------------------
// Events (worker -> page)

/** A Float64Array over its own ArrayBuffer: what can be put in a transfer list. */
export type OwnedFloats = Float64Array<ArrayBuffer>;

export type RunState = 'idle' | 'running' | 'paused' | 'done' | 'diverged';

/** What the page needs to label a run's views. */
export interface ModelInfo {
  taskId: string;
  spec: ModelSpec;
  /** token i's label (letters for word tasks); null for tasks without a vocabulary */
  vocab: string[] | null;
  /** in Model.params order */
  params: { name: string; rows: number; cols: number }[];
  /** telemetry capacity in time steps */
  maxSteps: number;
}

/**
 * A copy of the engine's Telemetry (see api.ts for the layouts): the arrays
 * keep their full capacity so index formulas stay the same, `steps` says how
 * many are in use. Every array is a fresh buffer, transferred with the frame.
 */
export interface TelemetrySnapshot {
  steps: number;
  maxSteps: number;
  layers: number;
  directions: 1 | 2;
  hiddenSize: number;
  outputSize: number;
  h: OwnedFloats;
  c: OwnedFloats | null;
  gates: Partial<Record<GateName, OwnedFloats>>;
  logits: OwnedFloats;
  probs: OwnedFloats;
  stepLoss: OwnedFloats;
  dLdh: OwnedFloats;
  dhTdh: OwnedFloats;
  dcTdc: OwnedFloats | null;
  paramGradNorms: OwnedFloats;
  /** ‖δa_t h_{t−1}ᵀ‖ (Frobenius) per step: each step's share of ∂L/∂W_hh, top layer, forward direction */
  whhContrib: OwnedFloats;
  gradNormBefore: number;
  gradNormAfter: number;
}

/** One parameter's current values (row-major), for weight views. */
export interface ParamSnapshot {
  name: string;
  rows: number;
  cols: number;
  w: OwnedFloats;
}

/** Eigenvalues of W_hh (first layer, forward direction; gated cells: the first gate's block). */
export interface SpectrumSnapshot {
  spectralRadius: number;
  /** the gate block they belong to (i for LSTM, r for GRU), null for single-block cells */
  gate: GateName | null;
  re: OwnedFloats;
  im: OwnedFloats;
}

/**
 * Training curve points since the previous frame, oldest first. When many
 * updates happened in between they are merged into buckets: `step` is the
 * bucket's last update, `loss` its mean, `gradNorm` its largest value (so
 * spikes stay visible).
 */
export interface LossChunk {
  step: OwnedFloats;
  loss: OwnedFloats;
  gradNorm: OwnedFloats;
}

/** P(PERSON) for "Teddy" in each test sentence, in TEDDY_TEST order (the Teddy task). */
export interface TeddyReadout {
  kind: 'teddy';
  pPerson: OwnedFloats;
}

/** Numbers a task reports beside the telemetry: one kind per task that reports some. */
/**
 * The forecasting task's numbers: the test span's errors now (RMSE in
 * standard units: [recurrent, dense, recurrent next step, dense next step]),
 * and one test origin drawn: `curves` packs the history (lookback × F), the
 * truth, the recurrent's direct and autoregressive forecasts, then the dense
 * net's (horizon × F each); `states` is h_t for every step of that window
 * (lookback × H), the sequence return_sequences gives.
 */
export interface ForecastReadout {
  kind: 'forecast';
  fold: number;
  denseStep: number;
  errors: OwnedFloats;
  origin: number;
  curves: OwnedFloats;
  states: OwnedFloats;
  /** the cell state c_T (LSTM), empty otherwise */
  cellState: OwnedFloats;
}

/** The captioning task's numbers: exact-caption accuracy [train, held out] and the first held-out captions written now. */
export interface CaptionReadout {
  kind: 'caption';
  accuracy: OwnedFloats;
  captions: string[];
}

/** How the translator does on its corpus now (greedy decoding, exact match with <EOS>). */
export interface TranslateReadout {
  kind: 'translate';
  /** short training pairs right, each as last checked (a few are rechecked per frame) */
  correct: number;
  total: number;
  /** the long training pairs (two clauses joined by "and") */
  longCorrect: number;
  longTotal: number;
  /** pairs checked so far in this run (all of them once it reaches total + longTotal) */
  checked: number;
  /** a few training pairs and every unseen one: what the network writes now */
  examples: { source: string; target: string; output: string; long: boolean; seen: boolean }[];
}

/**
 * The sentiment task's numbers (applications lab). Pair sentences are those of
 * WORD_ORDER_PAIRS, flattened: [pair 0 positive, pair 0 negative, pair 1 …].
 */
export interface SentimentReadout {
  kind: 'sentiment';
  /** the network's P(positive) for each pair sentence */
  pairs: OwnedFloats;
  /** the bag of words' P(positive) for the same sentences */
  bowPairs: OwnedFloats;
  /** share of the held-out reviews right: [network, bag of words] */
  accuracy: OwnedFloats;
  /** the bag of words' weights: its bias, then one per vocabulary word */
  bow: OwnedFloats;
  bowEpochs: number;
}

/** The tagging task's numbers (applications lab): the held-out adverts as tagged now. */
export interface TaggingReadout {
  kind: 'tagging';
  /** per held-out advert, each token's tag (an index into TAGS) */
  tags: number[][];
  /** template fields filled exactly right over the held-out adverts, out of fieldsTotal */
  fieldsRight: number;
  fieldsTotal: number;
}

export type TaskReadout = TeddyReadout | ForecastReadout | CaptionReadout | TranslateReadout | SentimentReadout | TaggingReadout;

export interface FrameEvent {
  type: 'frame';
  runId: number;
  /** updates done so far */
  step: number;
  /** the latest update's loss (NaN before the first update) */
  loss: number;
  stepsPerSecond: number;
  history: LossChunk;
  /** what the network generates now (greedy, from the task's start), if the task has one */
  sample: string | null;
  /** the task's own numbers, computed alongside the sample; absent for tasks without any */
  readout?: TaskReadout;
  telemetry: TelemetrySnapshot;
  params: ParamSnapshot[];
  spectrum: SpectrumSnapshot | null;
}

export interface GeneratedEvent {
  type: 'generated';
  runId: number;
  requestId: number;
  /** prefix followed by the sampled tokens */
  text: string;
  ids: number[];
  /** the distribution each sampled token was drawn from: [i][k], row-major */
  probs: OwnedFloats;
}

export interface EvaluatedEvent {
  type: 'evaluated';
  runId: number;
  requestId: number;
  /** natural-log probability of each next token given the ones before it */
  stepLogProbs: OwnedFloats;
  /** their sum: log P(sequence | its first token) */
  logProb: number;
  telemetry: TelemetrySnapshot;
  /** the weights the pass used, so a view can redo one step with the same numbers (gates lab) */
  params?: ParamSnapshot[];
}

export type Event =
  | { type: 'ready'; runId: number; model: ModelInfo }
  | FrameEvent
  | { type: 'status'; runId: number; state: RunState; step: number }
  | { type: 'diverged'; runId: number; step: number; reason: 'loss' | 'gradient'; maxGradNorm: number }
  /** anything that went wrong: bad config, an engine error, or (from the client) a dead worker */
  | { type: 'failed'; runId: number; message: string; requestId?: number }
  | GeneratedEvent
  | EvaluatedEvent
  | { type: 'pong'; runId: number; nonce: number };

export type EventType = Event['type'];

/** Sends an event across the boundary; `transfer` lists the buffers to move instead of copy. */
export type PostEvent = (event: Event, transfer: Transferable[]) => void;

/** For the `default` branch of an exhaustive switch over commands or events. */
export function assertNever(value: never, what: string): never {
  throw new Error(`Unknown ${what}: ${JSON.stringify(value)}`);
}
