// Sentiment, many-to-one: trained from the default seed, the recurrent
// classifier (last state and mean-pooled) gives the two sentences of every
// word-order pair opposite answers, while the bag-of-words baseline, which
// sees identical counts, cannot.

import { describe, expect, it } from 'vitest';
import {
  bowPredict,
  createBagOfWords,
  createModel,
  createRng,
  createTrainer,
  encodeReview,
  readReview,
  reviewSample,
  SENTIMENT_TEST,
  SENTIMENT_TRAIN,
  SENTIMENT_TRAINING,
  SENTIMENT_VOCAB,
  sentimentAccuracy,
  sentimentTask,
  tokenizeReview,
  trainBagOfWords,
  wordCounts,
  WORD_ORDER_PAIRS,
  type SentimentPool,
} from '../../../src/engine/index.ts';
import { REVIEWS } from '../../../src/engine/tasks/sentiment-data.ts';

function trained(pool: SentimentPool) {
  const rng = createRng(1);
  const task = sentimentTask({ pool, hiddenSize: SENTIMENT_TRAINING.hiddenSize });
  const model = createModel(task.spec, { kind: 'pytorch' }, rng, { maxSteps: 40 });
  const trainer = createTrainer(model, { optimizer: { name: 'adam', lr: SENTIMENT_TRAINING.lr }, clip: { kind: 'norm', maxNorm: 5 }, bptt: { kind: 'full' } });
  for (let k = 0; k < SENTIMENT_TRAINING.updates; k++) {
    const out = trainer.train(task.nextSample(rng));
    if (!out.ok) throw new Error('diverged');
  }
  return model;
}

describe('sentiment data', () => {
  it('has 60 to 150 reviews per language, both classes, and word-order pairs with equal counts', () => {
    for (const lang of ['en', 'fr', 'ar'] as const) {
      const n = REVIEWS.filter((r) => r.lang === lang).length;
      expect(n).toBeGreaterThanOrEqual(60);
      expect(n).toBeLessThanOrEqual(150);
    }
    expect(WORD_ORDER_PAIRS.length).toBe(24);
    for (const [pos, neg] of WORD_ORDER_PAIRS) {
      expect(pos.positive && !neg.positive).toBe(true);
      expect(tokenizeReview(pos.text)).not.toEqual(tokenizeReview(neg.text));
      expect([...tokenizeReview(pos.text)].sort()).toEqual([...tokenizeReview(neg.text)].sort());
    }
  });

  it('reads unknown words as <UNK>', () => {
    const e = encodeReview('The pizza was good!');
    expect(e.words).toEqual(['the', 'pizza', 'was', 'good']);
    expect(e.unknown).toEqual([false, true, false, false]);
    expect(SENTIMENT_VOCAB[e.ids[1] ?? -1]).toBe('<UNK>');
  });
});

describe('recurrent classifier against bag of words (seed 1, 1500 updates)', () => {
  for (const pool of ['last', 'mean'] as const) {
    it(`${pool} state: separates every word-order pair and generalises`, () => {
      const m = trained(pool);
      for (const [pos, neg] of WORD_ORDER_PAIRS) {
        const p = readReview(m, pos.text)?.pPositive ?? 0.5;
        const n = readReview(m, neg.text)?.pPositive ?? 0.5;
        expect(p, pos.text).toBeGreaterThan(0.5);
        expect(n, neg.text).toBeLessThan(0.5);
      }
      expect(sentimentAccuracy(m, SENTIMENT_TRAIN)).toBe(1);
      expect(sentimentAccuracy(m, SENTIMENT_TEST)).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('the running prediction of the last-state head ends at the model’s own output', () => {
    const m = trained('last');
    const r = SENTIMENT_TEST[0]!;
    const read = readReview(m, r.text);
    m.loss(reviewSample(r));
    expect(read?.running.at(-1)).toBeCloseTo(m.telemetry.probs[1] ?? Number.NaN, 12);
  });

  it('bag of words: identical answers on each pair, so half of the pair sentences wrong', () => {
    const V = SENTIMENT_VOCAB.length;
    const bow = createBagOfWords(V);
    const data = SENTIMENT_TRAIN.map((r) => ({ ids: encodeReview(r.text).ids, positive: r.positive }));
    trainBagOfWords(bow, data, 300, 1);
    let wrong = 0;
    for (const [pos, neg] of WORD_ORDER_PAIRS) {
      const a = encodeReview(pos.text).ids;
      const b = encodeReview(neg.text).ids;
      expect(wordCounts(a, V)).toEqual(wordCounts(b, V));
      expect(bowPredict(bow, a)).toBeCloseTo(bowPredict(bow, b), 12);
      wrong += Number(bowPredict(bow, a) <= 0.5) + Number(bowPredict(bow, b) > 0.5);
    }
    expect(wrong).toBe(WORD_ORDER_PAIRS.length);
    // it still learns the easy reviews: better than chance on the training set
    const acc = data.filter((x) => bowPredict(bow, x.ids) > 0.5 === x.positive).length / data.length;
    expect(acc).toBeGreaterThan(0.6);
  });
});
