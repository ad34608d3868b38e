// Seeded runs replay bit for bit; different seeds give different runs.

import { describe, expect, it } from 'vitest';
import type { Rng } from '../../src/engine/api.ts';
import { createModel, createRng, createTrainer } from '../../src/engine/index.ts';
import { randomSample, spec } from './helpers.ts';

function trainedWeights(seed: number): Float64Array {
  const s = spec({ cell: 'lstm', input: { kind: 'embedding', vocabSize: 6, embeddingDim: 3 }, outputSize: 6, hiddenSize: 5 });
  const rng: Rng = createRng(seed);
  const model = createModel(s, { kind: 'orthogonal' }, rng);
  const trainer = createTrainer(model, { optimizer: { name: 'adam', lr: 0.01 }, clip: { kind: 'norm', maxNorm: 1 }, bptt: { kind: 'full' } });
  for (let k = 0; k < 1000; k++) {
    const out = trainer.train(randomSample(s, 8, rng));
    if (!out.ok) throw new Error(`diverged at ${k}`);
  }
  return Float64Array.from(model.params.flatMap((p) => Array.from(p.w)));
}

describe('determinism', () => {
  it('the same seed gives identical weights after 1,000 steps; another seed does not', () => {
    const a = trainedWeights(7);
    const b = trainedWeights(7);
    const c = trainedWeights(8);
    expect(a.length).toBe(b.length);
    expect(a.every((v, k) => Object.is(v, b[k]))).toBe(true);
    expect(a.some((v, k) => v !== c[k])).toBe(true);
  });
});
