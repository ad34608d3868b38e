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
export {
  encodeReview,
  readReview,
  reviewSample,
  sentimentAccuracy,
  sentimentSpec,
  sentimentTask,
  tokenizeReview,
  SENTIMENT_MAX_WORDS,
  SENTIMENT_TEST,
  SENTIMENT_TRAIN,
  SENTIMENT_TRAINING,
  SENTIMENT_VOCAB,
  UNK,
  WORD_ORDER_PAIRS,
  type EncodedReview,
  type SentimentOptions,
  type SentimentPool,
  type SentimentReading,
} from './tasks/sentiment.ts';
export {
  advertSample,
  charFeatures,
  encodeAdvert,
  fillTemplate,
  tagAdvert,
  taggingSpec,
  taggingTask,
  trueTemplate,
  wordId,
  CHAR_FEATURES,
  NUM,
  TAGGING_INPUT,
  TAGGING_MAX_TOKENS,
  TAGGING_TRAINING,
  TAGGING_VOCAB,
  TAGS,
  TEST_ADVERT_TEXTS,
  TEST_PARSED,
  TRAIN_PARSED,
  type AdvertTemplate,
  type EncodedAdvert,
  type Tag,
  type TaggedAdvert,
} from './tasks/tagging.ts';
export { ADVERT_FIELDS, parseAdvert, tokenizeAdvert, type AdvertField, type AdvertToken, type ParsedAdvert } from './tasks/adverts.ts';
export { REVIEWS, WORD_ORDER_PATTERN, type Review, type ReviewLang } from './tasks/sentiment-data.ts';
export { bowPredict, createBagOfWords, trainBagOfWords, wordCounts, type BagOfWords, type BowExample } from './tasks/bow.ts';
export {
  prepareCorpus,
  textLmTask,
  TEXTLM_DEFAULTS,
  TEXTLM_MAX_CHARS,
  TEXTLM_MAX_VOCAB,
  TEXTLM_MIN_TOKENS,
  type Corpus,
  type CorpusCheck,
  type CorpusProblem,
  type Feeding,
  type TextLmOptions,
  type TextLmTask,
} from './tasks/textlm.ts';
export * from './text/pipeline.ts';
export * from './data/weather.ts';
export * from './data/shapes-images.ts';
export { createDense, createDenseTrainer, denseForward, denseLossAndGradients, type DenseNet, type DenseShape, type DenseTrainer } from './dense.ts';
export * from './tasks/forecast.ts';
export * from './tasks/captions.ts';
export * from './experiments/index.ts';
export { createSeq2Seq, Seq2SeqModel, seq2seqSpecs, type DecodeStep, type Seq2SeqSpec } from './seq2seq.ts';
export { createSeq2SeqTrainer, Seq2SeqTrainer, type Seq2SeqTrainerOptions } from './seq2seq-trainer.ts';
export {
  createTranslator,
  translateScore,
  translatesExactly,
  translateTask,
  words as translateWords,
  BOS,
  EOS,
  TRANSLATE_DEFAULTS,
  TRANSLATE_MAX_WORDS,
  type TranslateDirection,
  type TranslateOptions,
  type TranslatePair,
  type TranslateScore,
  type TranslateTask,
} from './tasks/translate.ts';
export { runReferenceText, type CaseResult } from './reference/run.ts';
