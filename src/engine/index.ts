// The engine's public API: everything outside src/engine imports from here.

export type * from './api.ts';

export { createRng } from './random.ts';
export { createModel, modelFromStateDict, DEFAULT_MAX_STEPS, RecurrentModel, type ModelOptions } from './model.ts';
export { createTrainer, type EngineBpttSpec, type EngineTrainer, type EngineTrainerOptions } from './trainer.ts';
export { generate, scoreSequence, type GenerateOptions, type Generation, type SequenceScore } from './generate.ts';
export {
  gradientCheck,
  relativeError,
  type GradientCheckOptions,
  type GradientCheckResult,
  type ParamCheck,
} from './gradcheck.ts';
export { eigenvalues, spectralRadius } from './linalg.ts';
export {
  recurrentEigenvalues,
  recurrentMatrix,
  recurrentSpectralRadius,
  type RecurrentBlockOptions,
} from './recurrent.ts';
export { gateNames } from './cells/index.ts';
export { normaliseSpec } from './spec.ts';
export {
  billeTask,
  generateWord,
  wordTask,
  MAX_WORD_LETTERS,
  MIN_WORD_LETTERS,
  WORD_TRAINING,
  type WordTask,
  type WordTaskOptions,
} from './tasks/word.ts';
export {
  createRecallTask,
  recallSample,
  recallSpec,
  RECALL_DEFAULTS,
  RECALL_MAX_DISTRACTORS,
  type RecallOptions,
  type RecallTask,
} from './tasks/recall.ts';
export {
  charLmTask,
  prepareText,
  CHARLM_DEFAULT_WINDOW,
  CHARLM_MAX_CHARS,
  CHARLM_MAX_VOCAB,
  CHARLM_MIN_CHARS,
  REPLACEMENT,
  type CharLmOptions,
  type CharLmTask,
  type PreparedText,
  type TextCheck,
  type TextProblem,
} from './tasks/charlm.ts';
export {
  teddyAccuracy,
  teddyPredictions,
  teddySample,
  teddyTask,
  TEDDY_MAX_WORDS,
  TEDDY_SENTENCES,
  TEDDY_TAGS,
  TEDDY_TEST,
  TEDDY_TRAINING,
  TEDDY_VOCAB,
  type TeddyOptions,
  type TeddySentence,
  type TeddyTask,
} from './tasks/teddy.ts';
export * from './experiments/index.ts';
export { runReferenceText, type CaseResult } from './reference/run.ts';
