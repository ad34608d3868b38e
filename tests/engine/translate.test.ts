// The translation task: the corpus is what it claims (sizes, agreement, word
// order), typed text is tokenised with unknown words flagged, greedy decoding
// stops at <EOS>, and with the page's defaults and seed the encoder-decoder
// learns its training sentences.

import { describe, expect, it } from 'vitest';
import {
  createRng,
  createSeq2SeqTrainer,
  createTranslator,
  translateScore,
  translateTask,
  TRANSLATE_DEFAULTS,
} from '../../src/engine/index.ts';
import { TRANSLATE_PAIRS, TRANSLATE_UNSEEN } from '../../src/engine/tasks/translate-corpus.ts';

const D = TRANSLATE_DEFAULTS;

describe('the corpus', () => {
  it('has 105 short pairs and 6 long ones, all different, none of the unseen among them', () => {
    expect(TRANSLATE_PAIRS.filter((p) => !p.long)).toHaveLength(105);
    expect(TRANSLATE_PAIRS.filter((p) => p.long)).toHaveLength(6);
    const en = new Set(TRANSLATE_PAIRS.map((p) => p.en));
    expect(en.size).toBe(TRANSLATE_PAIRS.length);
    for (const p of TRANSLATE_UNSEEN) expect(en.has(p.en)).toBe(false);
  });

  it('is French: the participle agrees, adjectives take their place, "looks at" is one word', () => {
    const fr = new Map(TRANSLATE_PAIRS.map((p) => [p.en, p.fr]));
    expect(fr.get('the cat sat on the mat')).toBe('le chat était assis sur le tapis');
    expect(fr.get('the girl sat on the table')).toBe('la fille était assise sur la table');
    expect(fr.get('the boy looks at the box')).toBe('le garçon regarde la boîte');
    const adjectives = TRANSLATE_PAIRS.filter((p) => /black|small/.test(p.en));
    expect(adjectives).toHaveLength(30);
    for (const p of adjectives) {
      if (p.en.includes('black')) expect(p.fr).toMatch(/(chat|chien) noir |souris noire /);
      else expect(p.fr).toMatch(/(le petit (chat|chien)|la petite souris) /);
    }
  });

  it('keeps small vocabularies', () => {
    const task = translateTask({ direction: 'en-fr', cell: 'gru', hiddenSize: 4, embeddingDim: 2 });
    expect(task.sourceVocab).toHaveLength(20);
    // <bos>, <eos> and 24 French words
    expect(task.targetVocab).toHaveLength(26);
    expect(task.pairs.every((p) => p.targetIds.at(-1) === 1 && !p.targetIds.slice(0, -1).includes(1))).toBe(true);
    const back = translateTask({ direction: 'fr-en', cell: 'gru', hiddenSize: 4, embeddingDim: 2 });
    expect(back.sourceVocab).toHaveLength(24);
    expect(back.pairs[0]?.source).toBe('le chat était assis sur le tapis');
  });
});

describe('typed text', () => {
  const task = translateTask({ direction: 'en-fr', cell: 'gru', hiddenSize: 4, embeddingDim: 2 });
  it('ignores case and punctuation and flags unknown words', () => {
    const t = task.tokenize('The CAT, sat on the sofa! 🐈');
    expect(t.words).toEqual(['the', 'cat', 'sat', 'on', 'the', 'sofa']);
    expect(t.unknown).toEqual(['sofa']);
    expect(t.ids.map((id) => task.sourceVocab[id])).toEqual(['the', 'cat', 'sat', 'on', 'the']);
  });
  it('reads French accents whichever way they were typed', () => {
    const fr = translateTask({ direction: 'fr-en', cell: 'gru', hiddenSize: 4, embeddingDim: 2 });
    // "é" typed as e + combining acute
    const t = fr.tokenize('le garçon E\u0301tait assis');
    expect(t.unknown).toEqual([]);
    expect(t.ids).toHaveLength(4);
  });
});

describe('training', () => {
  it(`with the defaults and seed 1, 2000 updates translate at least 80% of the short training sentences exactly`, () => {
    const task = translateTask({ direction: 'en-fr', cell: D.cell, hiddenSize: D.hiddenSize, embeddingDim: D.embeddingDim });
    const rng = createRng(1);
    const model = createTranslator(task, { kind: 'pytorch' }, rng);
    const before = translateScore(model, task.pairs);
    expect(before.correct / before.total).toBeLessThan(0.05);
    const trainer = createSeq2SeqTrainer(model, { optimizer: { name: 'adam', lr: D.lr }, clip: { kind: 'norm', maxNorm: D.clip } });
    for (let k = 0; k < 2000; k++) {
      const o = trainer.train(task.nextSample(rng));
      expect(o.ok).toBe(true);
    }
    expect(trainer.step).toBe(2000);
    const after = translateScore(model, task.pairs);
    // measured: 87 of 105 (83%). Where a run ends is sensitive to the last bit of every
    // number (seeds 1 to 12 ended between 69 and 105), so the bar sits below the measure.
    expect(after.correct / after.total).toBeGreaterThanOrEqual(0.8);
    expect(after.longCorrect / after.longTotal).toBeLessThan(after.correct / after.total);
    // greedy decoding stops at <EOS>, which it emits once, last
    const steps = model.translate(task.pairs[0]!.sourceIds, 30, 3);
    expect(steps.at(-1)?.id).toBe(1);
    expect(steps.slice(0, -1).every((s) => s.id !== 1)).toBe(true);
    for (const s of steps) {
      expect(s.top).toHaveLength(3);
      expect(s.top[0]?.id).toBe(s.id);
      expect(s.top[0]!.p).toBeGreaterThanOrEqual(s.top[1]!.p);
      expect(s.probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  }, 60_000);
});
