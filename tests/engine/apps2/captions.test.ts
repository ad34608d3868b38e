import { describe, expect, it } from 'vitest';
import {
  allScenes,
  captionAccuracy,
  captionTask,
  captionWords,
  CAPTION_TRAINING,
  createModel,
  createRng,
  createTrainer,
  IMAGE_FEATURES,
  renderScene,
  splitScenes,
} from '../../../src/engine/index.ts';

describe('shape images and their captions', () => {
  it('draws 288 distinct scenes, one caption each, in three languages', () => {
    const scenes = allScenes();
    expect(scenes).toHaveLength(288);
    const images = new Set(scenes.map((s) => Array.from(renderScene(s)).join('')));
    expect(images.size).toBe(288);
    const s = { subject: { shape: 'square', colour: 'red' }, relation: 'above', object: { shape: 'circle', colour: 'blue' } } as const;
    expect(captionWords(s, 'en').join(' ')).toBe('a red square above a blue circle');
    expect(captionWords(s, 'fr').join(' ')).toBe('un carré rouge au-dessus d’un cercle bleu');
    expect(captionWords(s, 'ar').join(' ')).toBe('مربع أحمر فوق دائرة زرقاء');
    expect(renderScene(s)).toHaveLength(IMAGE_FEATURES);
  });

  it('holds out a seeded fifth of the scenes, disjoint from training', () => {
    const a = splitScenes(1);
    const b = splitScenes(1);
    expect(a.test).toEqual(b.test);
    expect(a.test.length).toBe(58);
    const train = new Set(a.train.map((s) => JSON.stringify(s)));
    for (const s of a.test) expect(train.has(JSON.stringify(s))).toBe(false);
    expect(splitScenes(2).test).not.toEqual(a.test);
  });

  it('a GRU decoder writes at least 25% of held-out captions exactly after 1500 updates (chance is 1/288)', () => {
    const task = captionTask({ lang: 'en', cell: CAPTION_TRAINING.cell, hiddenSize: CAPTION_TRAINING.hiddenSize });
    const rng = createRng(1);
    const model = createModel(task.spec, { kind: 'pytorch' }, rng, { maxSteps: task.maxSteps });
    const trainer = createTrainer(model, { optimizer: { name: 'adam', lr: CAPTION_TRAINING.lr }, clip: { kind: 'norm', maxNorm: 5 }, bptt: { kind: 'full' } });
    const before = captionAccuracy(model, task, task.test);
    for (let s = 0; s < 1500; s++) trainer.train(task.nextSample(rng));
    const after = captionAccuracy(model, task, task.test);
    expect(before).toBe(0);
    expect(after).toBeGreaterThanOrEqual(0.25);
  }, 30_000);
});
