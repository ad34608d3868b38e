// The sentiment and tagging tasks of the applications lab, as the worker runs
// them. Everything the page shows about fixed data is computed here, in the
// frames' readouts: the word-order pairs, the held-out accuracies, the
// bag-of-words baseline, the tagged held-out adverts and their templates.
// That is a hundred or so forward passes per readout; on the page, between
// frames, they made long tasks. The page keeps only the text the student
// types, read with the weights frames carry.

import {
  ADVERT_FIELDS,
  bowPredict,
  createBagOfWords,
  encodeReview,
  fillTemplate,
  readReview,
  SENTIMENT_MAX_WORDS,
  SENTIMENT_TEST,
  SENTIMENT_TRAIN,
  SENTIMENT_TRAINING,
  SENTIMENT_VOCAB,
  sentimentTask,
  tagAdvert,
  TAGGING_MAX_TOKENS,
  taggingTask,
  TAGS,
  TEST_PARSED,
  trainBagOfWords,
  trueTemplate,
  WORD_ORDER_PAIRS,
} from '../engine/index.ts';
import type { Model, Task } from '../engine/index.ts';
import type { SentimentReadout, SentimentTaskConfig, TaggingReadout, TaggingTaskConfig } from './protocol.ts';
import type { TaskSetup } from './tasks.ts';

/** Full-batch epochs of the bag of words over a whole training budget, and its step size. */
export const BOW_EPOCHS = 300;
const BOW_LR = 1;

function noText(task: Task): never {
  throw new Error(`text: the ${task.id} task reads no text in the worker; the page reads typed text with the frame's weights`);
}

function readerSetup(task: Task, maxSteps: number, readout: NonNullable<TaskSetup['readout']>): TaskSetup {
  return {
    task,
    spec: task.spec,
    maxSteps,
    vocab: null,
    encode: () => noText(task),
    decode: () => '',
    preview: () => null,
    readout,
  };
}

/** The bag of words' epochs after `step` updates: they follow the network's share of its budget. */
export function bowEpochsAt(step: number): number {
  return Math.min(BOW_EPOCHS, Math.ceil((step / SENTIMENT_TRAINING.updates) * BOW_EPOCHS));
}

export function sentimentSetup(config: SentimentTaskConfig): TaskSetup {
  const task = sentimentTask(config);
  const data = SENTIMENT_TRAIN.map((r) => ({ ids: encodeReview(r.text).ids, positive: r.positive }));
  const sentences = WORD_ORDER_PAIRS.flat();
  const sentenceIds = sentences.map((r) => encodeReview(r.text).ids);
  const testIds = SENTIMENT_TEST.map((r) => encodeReview(r.text).ids);
  let bow = createBagOfWords(SENTIMENT_VOCAB.length);
  const readout = (model: Model, step: number): SentimentReadout => {
    const epochs = bowEpochsAt(step);
    if (epochs < bow.epochs) bow = createBagOfWords(SENTIMENT_VOCAB.length);
    if (epochs > bow.epochs) trainBagOfWords(bow, data, epochs - bow.epochs, BOW_LR);
    const p = (text: string) => readReview(model, text)?.pPositive ?? 0.5;
    let right = 0;
    let bowRight = 0;
    SENTIMENT_TEST.forEach((r, k) => {
      if (p(r.text) > 0.5 === r.positive) right++;
      if (bowPredict(bow, testIds[k] ?? []) > 0.5 === r.positive) bowRight++;
    });
    const n = Math.max(1, SENTIMENT_TEST.length);
    const weights = new Float64Array(1 + bow.theta.length);
    weights[0] = bow.bias;
    weights.set(bow.theta, 1);
    return {
      kind: 'sentiment',
      pairs: Float64Array.from(sentences, (r) => p(r.text)),
      bowPairs: Float64Array.from(sentenceIds, (ids) => bowPredict(bow, ids)),
      accuracy: Float64Array.from([right / n, bowRight / n]),
      bow: weights,
      bowEpochs: bow.epochs,
    };
  };
  return readerSetup(task, SENTIMENT_MAX_WORDS, readout);
}

export function taggingSetup(config: TaggingTaskConfig): TaskSetup {
  const task = taggingTask(config);
  const wanted = TEST_PARSED.map(trueTemplate);
  const readout = (model: Model): TaggingReadout => {
    let right = 0;
    const tags = TEST_PARSED.map((a, k) => {
      const tagged = tagAdvert(model, a.text);
      if (tagged === null) return [];
      const got = fillTemplate(a.text, tagged.tokens, tagged.tags);
      const want = wanted[k];
      if (want !== undefined) right += ADVERT_FIELDS.filter((f) => got[f] === want[f]).length;
      return tagged.tags.map((tag) => TAGS.indexOf(tag));
    });
    return { kind: 'tagging', tags, fieldsRight: right, fieldsTotal: TEST_PARSED.length * ADVERT_FIELDS.length };
  };
  return readerSetup(task, TAGGING_MAX_TOKENS, readout);
}
