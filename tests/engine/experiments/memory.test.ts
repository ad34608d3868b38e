import { describe, expect, it } from 'vitest';
import { createModel, createRng } from '../../../src/engine/index.ts';
import {
  MEMORY_DEFAULTS,
  createMemoryExperiment,
  recallAccuracy,
  type MemoryConfig,
} from '../../../src/engine/experiments/memory.ts';
import { createRecallTask, recallSample } from '../../../src/engine/tasks/recall.ts';

const SMALL: MemoryConfig = { ...MEMORY_DEFAULTS, ks: [1, 3], hiddenSize: 6, steps: 400, evalSamples: 60, optimizer: { name: 'adam', lr: 0.02 } };

function runAll(c: MemoryConfig) {
  let clock = 0;
  const exp = createMemoryExperiment(c, () => clock);
  const results = [];
  // a huge deadline: everything in one slice
  while (!exp.finished) results.push(...exp.advance((clock += 1e12)));
  return { exp, results };
}

describe('recallAccuracy', () => {
  it('counts the samples whose most probable country is the target', () => {
    const task = createRecallTask({ distractors: 2, cell: 'rnn', hiddenSize: 3 });
    const model = createModel(task.spec, { kind: 'pytorch' }, createRng(1));
    // Zero every weight and favour country 2 through the head bias: the prediction is always 2.
    for (const p of model.params) p.w.fill(0);
    model.param('head.bias').w[2] = 5;
    const rng = createRng(4);
    const samples = Array.from({ length: 97 }, () => recallSample(rng, 4, 4, 2));
    const twos = samples.filter((s) => s.targets.kind === 'ids' && s.targets.ids[0] === 2).length;
    expect(twos).toBeGreaterThan(0);
    expect(recallAccuracy(model, samples)).toBeCloseTo(twos / 97, 12);
  });
});

describe('the memory experiment', () => {
  it('trains the three cells at every K and learns a short gap', () => {
    const { exp, results } = runAll(SMALL);
    expect(results.map((r) => `${r.k}${r.cell}`)).toEqual(['1rnn', '1lstm', '1gru', '3rnn', '3lstm', '3gru']);
    // one distractor: every cell learns it well above chance (1/4)
    for (const r of results.filter((x) => x.k === 1)) expect(r.accuracy).toBeGreaterThan(0.9);
    expect(exp.progress).toEqual({ done: 6, total: 6, current: null });
  });

  it('replays exactly from the same seed', () => {
    const a = runAll(SMALL).results.map((r) => r.accuracy);
    const b = runAll(SMALL).results.map((r) => r.accuracy);
    expect(a).toEqual(b);
  });

  it('stops at the deadline and resumes where it was', () => {
    let clock = 0;
    const exp = createMemoryExperiment(SMALL, () => clock);
    // the clock is read every 8 updates: a deadline already passed stops after 8
    expect(exp.advance(0)).toEqual([]);
    expect(exp.progress.current).toEqual({ k: 1, cell: 'rnn', step: 8, steps: 400 });
    clock = 1;
    expect(exp.advance(0)).toEqual([]);
    expect(exp.progress.current?.step).toBe(16);
  });

  it('measures the gradient paths at the longest K once all three are trained', () => {
    const { exp } = runAll(SMALL);
    const p = exp.paths!;
    expect(p.k).toBe(3);
    const T = 5;
    for (const v of [p.lstmForget, p.lstmCell, p.rnn, p.gru]) expect(v).toHaveLength(T);
    // distance 0 is the identity: ‖I‖_F = √H in every path
    for (const v of [p.lstmForget, p.lstmCell, p.rnn, p.gru]) expect(v[0]).toBeCloseTo(Math.sqrt(6), 9);
    // forget gates are in (0, 1): the cell path can only shrink going back
    for (let k = 1; k < T; k++) expect(p.lstmForget[k]!).toBeLessThan(p.lstmForget[k - 1]!);
  });

  it('opens the memory gates of the gated cells by gateBias: with f = z = 1 their paths carry the gradient unchanged', () => {
    // No training (0 updates): the paths are those of the initial networks.
    // σ(40 + a) = 1 − e^(−40−a) ≈ 1 − 4·10⁻¹⁸, so ∏ f_t = I and, for the GRU,
    // h_t = z ⊙ h_{t−1} + (1 − z) ⊙ n = h_{t−1}: ∂h_T/∂h_t = I, of norm √H.
    const { exp } = runAll({ ...SMALL, ks: [6], steps: 0, gateBias: 40 });
    const p = exp.paths!;
    for (let k = 0; k < 8; k++) {
      expect(p.lstmForget[k]).toBeCloseTo(Math.sqrt(6), 9);
      expect(p.gru[k]).toBeCloseTo(Math.sqrt(6), 6);
    }
    // The vanilla cell has no gate to open: its path still fades.
    expect(p.rnn[7]!).toBeLessThan(0.5 * p.rnn[0]!);
    // Without the bias the forget gates start near 1/2 and the cell path fades too.
    const plain = runAll({ ...SMALL, ks: [6], steps: 0, gateBias: 0 }).exp.paths!;
    expect(plain.lstmForget[7]!).toBeLessThan(0.1 * plain.lstmForget[0]!);
  });
});
