// The applications lab's sentiment and tagging readouts on the real engine:
// the held-out numbers the page shows are computed in the worker, with the
// frame's own weights, and the bag-of-words baseline trains in lockstep.

import { afterEach, describe, expect, it } from 'vitest';
import {
  ADVERT_FIELDS,
  createBagOfWords,
  createModel,
  createRng,
  encodeReview,
  fillTemplate,
  readReview,
  SENTIMENT_TEST,
  SENTIMENT_TRAIN,
  SENTIMENT_VOCAB,
  sentimentAccuracy,
  tagAdvert,
  TAGS,
  TEST_PARSED,
  trainBagOfWords,
  trueTemplate,
  WORD_ORDER_PAIRS,
} from '../../src/engine/index.ts';
import type { Model } from '../../src/engine/index.ts';
import type { FrameEvent, RunConfig, TaskConfig } from '../../src/worker/protocol.ts';
import { BOW_EPOCHS } from '../../src/worker/sentiment-tagging-setup.ts';
import { harness, isStatus } from './harness.ts';
import type { Harness } from './harness.ts';

let h: Harness | null = null;
afterEach(() => {
  h?.core.dispose();
  h = null;
});

function config(task: TaskConfig): RunConfig {
  return { task, seed: 1, init: { kind: 'pytorch' }, optimizer: { name: 'adam', lr: 0.01 }, clip: { kind: 'norm', maxNorm: 5 } };
}

/** A model of the frame's spec holding the frame's weights: what the readout must have used. */
function modelOf(frame: FrameEvent, spec: Model['spec'], maxSteps: number): Model {
  const m = createModel(spec, { kind: 'pytorch' }, createRng(0), { maxSteps });
  for (const p of frame.params) m.param(p.name).w.set(p.w);
  return m;
}

async function trained(task: TaskConfig, steps: number): Promise<{ frame: FrameEvent; model: Model }> {
  h = harness();
  const { core, frames, next, events } = h;
  core.handle({ type: 'configure', runId: 1, config: config(task) });
  core.handle({ type: 'train', train: { mode: 'steps', steps } });
  await next(isStatus('done'));
  // at rest an extra skipped as too costly comes in a 'complete' frame of its own, a macrotask later
  await new Promise((ok) => setTimeout(ok, 300));
  const frame = frames().at(-1);
  const ready = events.find((e) => e.type === 'ready');
  if (frame === undefined || ready?.type !== 'ready') throw new Error('no frame');
  return { frame, model: modelOf(frame, ready.model.spec, ready.model.maxSteps) };
}

describe('sentiment readout', () => {
  it('scores the pairs and the held-out reviews with the frame’s weights', async () => {
    const { frame, model } = await trained({ kind: 'sentiment', pool: 'mean', hiddenSize: 12 }, 60);
    expect(frame.step).toBe(60);
    const r = frame.readout?.kind === 'sentiment' ? frame.readout : null;
    if (r === null) throw new Error('no sentiment readout');
    const sentences = WORD_ORDER_PAIRS.flat();
    expect(r.pairs).toHaveLength(sentences.length);
    sentences.forEach((s, k) => expect(r.pairs[k]).toBeCloseTo(readReview(model, s.text)?.pPositive ?? Number.NaN, 12));
    expect(r.accuracy[0]).toBeCloseTo(sentimentAccuracy(model, SENTIMENT_TEST), 12);
  });

  it('trains the bag of words in step with the updates, and it cannot tell word order', async () => {
    const { frame } = await trained({ kind: 'sentiment', pool: 'last', hiddenSize: 12 }, 75);
    const r = frame.readout?.kind === 'sentiment' ? frame.readout : null;
    if (r === null) throw new Error('no sentiment readout');
    // 75 of 1,500 updates: 5 % of the epochs
    expect(r.bowEpochs).toBe(Math.ceil((75 / 1500) * BOW_EPOCHS));
    const ref = createBagOfWords(SENTIMENT_VOCAB.length);
    trainBagOfWords(ref, SENTIMENT_TRAIN.map((x) => ({ ids: encodeReview(x.text).ids, positive: x.positive })), r.bowEpochs, 1);
    expect(r.bow[0]).toBeCloseTo(ref.bias, 12);
    expect(Array.from(r.bow.subarray(1))).toEqual(Array.from(ref.theta));
    for (let k = 0; k < r.bowPairs.length; k += 2) expect(r.bowPairs[k]).toBeCloseTo(r.bowPairs[k + 1] ?? Number.NaN, 12);
    // it has trained: its weights have left zero
    expect(Math.max(...Array.from(r.bow, Math.abs))).toBeGreaterThan(0.01);
  });
});

describe('tagging readout', () => {
  it('tags every held-out advert and counts the template fields right', async () => {
    const { frame, model } = await trained({ kind: 'tagging', hiddenSize: 16 }, 8);
    const r = frame.readout?.kind === 'tagging' ? frame.readout : null;
    if (r === null) throw new Error('no tagging readout');
    expect(r.fieldsTotal).toBe(TEST_PARSED.length * ADVERT_FIELDS.length);
    let right = 0;
    TEST_PARSED.forEach((a, k) => {
      const mine = tagAdvert(model, a.text);
      expect(r.tags[k]?.map((i) => TAGS[i])).toEqual(mine?.tags);
      const got = fillTemplate(a.text, a.tokens, mine?.tags ?? []);
      const want = trueTemplate(a);
      right += ADVERT_FIELDS.filter((f) => got[f] === want[f]).length;
    });
    expect(r.fieldsRight).toBe(right);
  });
});
