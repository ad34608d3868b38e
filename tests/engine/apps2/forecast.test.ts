// Forecasting: TimeSeriesSplit folds, and the recurrent net against the dense
// baseline on held-out folds (default seed, the lab's training budget).
import { describe, expect, it } from 'vitest';
import { createForecastExperiment, createModel, createRng, createTrainer, expandingFolds, FORECAST_TRAINING } from '../../../src/engine/index.ts';

describe('expanding folds', () => {
  it('match sklearn TimeSeriesSplit: equal test blocks after an expanding training span', () => {
    // TimeSeriesSplit(n_splits=3) on 10 samples: test [4,5], [6,7], [8,9]
    expect(expandingFolds(10, 3)).toEqual([
      { trainEnd: 4, testStart: 4, testEnd: 6 },
      { trainEnd: 6, testStart: 6, testEnd: 8 },
      { trainEnd: 8, testStart: 8, testEnd: 10 },
    ]);
    const folds = expandingFolds(1000, 4, 32);
    for (const [i, f] of folds.entries()) {
      expect(f.testStart).toBe(f.trainEnd);
      expect(f.testEnd - f.testStart).toBe(193);
      if (i > 0) expect(f.trainEnd).toBe(folds[i - 1]?.testEnd);
    }
    expect(folds.at(-1)?.testEnd).toBe(1000);
    expect(() => expandingFolds(3, 4)).toThrow(/folds/);
  });

  it('trains only on origins whose targets lie before the test span', () => {
    const ex = createForecastExperiment({ dataSeed: 1, cell: 'gru', hiddenSize: 4, fold: 0 });
    const rng = createRng(5);
    ex.nextSample(rng);
    expect(ex.denseTrainer.step).toBe(0);
    for (let k = 1; k < 300; k++) {
      const s = ex.nextSample(rng);
      expect(s.inputs.kind === 'dense' && s.inputs.steps).toBe(ex.lookback);
    }
    expect(ex.trainOrigins.last + ex.horizon).toBeLessThanOrEqual(ex.fold.testStart);
    // lockstep: one dense update per sample handed out, none before the first update
    expect(ex.denseTrainer.step).toBe(300);
  });
});

describe('recurrent forecaster vs dense window', () => {
  it('has the lower test RMSE on every fold (seed 1, 1200 updates each)', () => {
    const rows: string[] = [];
    for (let fold = 0; fold < 4; fold++) {
      const ex = createForecastExperiment({ dataSeed: 1, cell: FORECAST_TRAINING.cell, hiddenSize: FORECAST_TRAINING.hiddenSize, fold });
      const rng = createRng(1);
      const model = createModel(ex.spec, { kind: 'pytorch' }, rng, { maxSteps: ex.lookback });
      const trainer = createTrainer(model, { optimizer: { name: 'adam', lr: FORECAST_TRAINING.lr }, clip: { kind: 'norm', maxNorm: 5 }, bptt: { kind: 'full' } });
      for (let s = 0; s < 1200; s++) trainer.train(ex.nextSample(rng));
      const e = ex.errors(model, 96);
      rows.push(`fold ${fold}: recurrent ${e.recurrent.toFixed(3)} dense ${e.dense.toFixed(3)}`);
      expect(e.recurrent, rows.join('\n')).toBeLessThan(e.dense);
    }
  }, 30_000);
});
