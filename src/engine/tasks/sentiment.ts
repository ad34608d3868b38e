// Sentiment analysis, many-to-one (the notes' two solutions): a recurrent net
// reads a review word by word and one output says positive or negative, taken
// either from the last hidden state ('last') or from the mean of all of them
// ('mean'). Words are embedded; a word never seen in training reads as <UNK>.

import type { Model, ModelSpec, Rng, Sample, Task } from '../api.ts';
import { checkInt, checkOneOf } from '../validate.ts';
import { REVIEWS, WORD_ORDER_PATTERN, type Review } from './sentiment-data.ts';

export type SentimentPool = 'last' | 'mean';

export const UNK = '<UNK>';
/** Longest review the model reads, in words; longer input is cut. */
export const SENTIMENT_MAX_WORDS = 40;

/** Lower-case words; punctuation (Latin and Arabic) separates them, apostrophes stay inside. */
export function tokenizeReview(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[\s,.;:!?"«»()[\]{}،؛؟…\-–—]+/u)
    .filter((w) => w.length > 0);
}

export const SENTIMENT_TRAIN: readonly Review[] = REVIEWS.filter((r) => !r.test);
export const SENTIMENT_TEST: readonly Review[] = REVIEWS.filter((r) => r.test);

/** <UNK> first, then every training word in order of first appearance. */
export const SENTIMENT_VOCAB: readonly string[] = [UNK, ...new Set(SENTIMENT_TRAIN.flatMap((r) => tokenizeReview(r.text)))];
const INDEX = new Map(SENTIMENT_VOCAB.map((w, k) => [w, k]));

export interface EncodedReview {
  readonly words: string[];
  readonly ids: number[];
  /** true where the word is not in the vocabulary (read as <UNK>) */
  readonly unknown: boolean[];
}

export function encodeReview(text: string): EncodedReview {
  const words = tokenizeReview(text).slice(0, SENTIMENT_MAX_WORDS);
  const ids = words.map((w) => INDEX.get(w) ?? 0);
  return { words, ids, unknown: ids.map((id) => id === 0) };
}

/** Both sentences of every word-order pair ("good, not bad" / "bad, not good"): [positive, negative]. */
export const WORD_ORDER_PAIRS: readonly (readonly [Review, Review])[] = REVIEWS.flatMap((r, k) => {
  const next = REVIEWS[k + 1];
  return r.pattern === WORD_ORDER_PATTERN && r.positive && next !== undefined ? [[r, next] as const] : [];
});

export function reviewSample(r: Review): Sample {
  return { inputs: { kind: 'ids', ids: encodeReview(r.text).ids }, targets: { kind: 'ids', ids: [r.positive ? 1 : 0] } };
}

/** Settings with which both heads separate every word-order pair from seed 1 (see the engine test). */
export const SENTIMENT_TRAINING = { lr: 0.01, updates: 1500, hiddenSize: 12, embeddingDim: 8 } as const;

export interface SentimentOptions {
  pool: SentimentPool;
  hiddenSize: number;
}

export function sentimentSpec(o: SentimentOptions): ModelSpec {
  return {
    input: { kind: 'embedding', vocabSize: SENTIMENT_VOCAB.length, embeddingDim: SENTIMENT_TRAINING.embeddingDim },
    rnn: { cell: 'lstm', hiddenSize: checkInt('hiddenSize', o.hiddenSize, 1, 64), numLayers: 1, bidirectional: false },
    head: checkOneOf('pool', o.pool, ['last', 'mean'] as const) === 'mean' ? 'mean_pool' : 'last_step',
    outputSize: 2,
    loss: 'cross_entropy',
  };
}

export function sentimentTask(o: SentimentOptions): Task {
  const samples = SENTIMENT_TRAIN.map(reviewSample);
  return { id: `sentiment:${o.pool}`, spec: sentimentSpec(o), nextSample: (rng: Rng) => samples[rng.int(samples.length)]! };
}

export interface SentimentReading extends EncodedReview {
  /** P(positive) had the review stopped after each word: from h_t (last) or the mean of h_1..h_t (mean) */
  readonly running: number[];
  /** hidden states, T x H row-major */
  readonly h: Float64Array;
  readonly hiddenSize: number;
  /** the model's answer for the whole review (the last running value) */
  readonly pPositive: number;
}

/** The model reads `text` (forward pass only); null when no word is left to read. */
export function readReview(model: Model, text: string): SentimentReading | null {
  const enc = encodeReview(text);
  const T = enc.ids.length;
  if (T === 0) return null;
  model.loss({ inputs: { kind: 'ids', ids: enc.ids }, targets: { kind: 'ids', ids: [0] } });
  const H = model.spec.rnn.hiddenSize;
  const h = model.telemetry.h.slice(0, T * H);
  const W = model.param('head.weight').w;
  const b = model.param('head.bias').w;
  const mean = model.spec.head === 'mean_pool';
  const acc = new Float64Array(H);
  const running: number[] = [];
  for (let t = 0; t < T; t++) {
    for (let j = 0; j < H; j++) acc[j] = mean ? acc[j]! + h[t * H + j]! : h[t * H + j]!;
    // logit difference o_1 - o_0; softmax over two classes is the logistic of it
    let d = b[1]! - b[0]!;
    for (let j = 0; j < H; j++) d += (W[H + j]! - W[j]!) * (mean ? acc[j]! / (t + 1) : acc[j]!);
    running.push(1 / (1 + Math.exp(-d)));
  }
  return { ...enc, running, h, hiddenSize: H, pPositive: running[T - 1] ?? 0.5 };
}

/** Share of reviews the model gets right (P(positive) > 0.5 for a positive one). */
export function sentimentAccuracy(model: Model, reviews: readonly Review[]): number {
  let right = 0;
  for (const r of reviews) {
    const read = readReview(model, r.text);
    if (read !== null && read.pPositive > 0.5 === r.positive) right++;
  }
  return reviews.length === 0 ? 0 : right / reviews.length;
}
