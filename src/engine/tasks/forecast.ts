// Forecasting the synthetic weather (data/weather.ts): a recurrent network
// reads the last T steps (dense inputs, F features a step) and its last
// step's head writes the next k steps of all F features at once (a k·F
// output, MSE); a dense baseline reads only the last W steps, flattened.
//
// Both do both kinds of multi-step forecast from one network: "direct" reads
// all k·F outputs; "autoregressive" keeps only the first F (the next step),
// appends it to the input as if observed, and goes again, k times.
//
// The dense net is trained in lockstep with the recurrent one, on the same
// origins: each nextSample() gives it one update on the origin it draws (the
// recurrent trainer's next update), except the very first, drawn before any
// update, which waits for the second draw. So after s recurrent updates the
// dense net has had exactly s too, and at step 0 none. Keeping
// it inside the task rather than as a second engine run is deliberate: the
// engine's trainer and telemetry are built for recurrent models, and the
// baseline needs neither, only Adam (the same optimizer code) and a loss.
//
// Cross-validation is TimeSeriesSplit's: the series (its forecast origins) is
// cut into folds+1 equal blocks; fold i trains on blocks 0..i and tests on
// block i+1. Each fold is a fresh pair of networks; the standardiser is fitted
// on that fold's training span only, so nothing leaks from the future.

import type { Model, ModelSpec, OptimizerSpec, Rng, Sample, Task } from '../api.ts';
import type { CellKind } from '../api.ts';
import { fitStandardiser, generateWeather, standardise, WEATHER_FEATURES } from '../data/weather.ts';
import type { Standardiser, WeatherSeries } from '../data/weather.ts';
import { createDense, createDenseTrainer, denseForward } from '../dense.ts';
import type { DenseNet, DenseTrainer } from '../dense.ts';
import { createRng } from '../random.ts';
import { checkInt, checkOneOf } from '../validate.ts';

export interface ForecastOptions {
  /** seeds the weather series and the dense net's initial weights */
  dataSeed: number;
  cell: CellKind;
  hiddenSize: number;
  /** T, steps the recurrent net reads; default 32 (4 days) */
  lookback?: number;
  /** W, steps the dense net reads; default 8 (one day) */
  window?: number;
  /** k, steps forecast; default 4 */
  horizon?: number;
  /** default 4 */
  folds?: number;
  /** the fold whose training span is learnt, 0 to folds-1; default folds-1 */
  fold?: number;
  /** default 240 */
  days?: number;
  /** the dense net's hidden width; default 32 */
  denseHidden?: number;
  /** the dense net's optimizer (the recurrent one's comes with the run); default Adam 0.01 */
  denseOptimizer?: OptimizerSpec;
}

export const FORECAST_DEFAULTS = { lookback: 32, window: 8, horizon: 4, folds: 4, days: 240, denseHidden: 32 } as const;
export const FORECAST_TRAINING = { cell: 'gru', hiddenSize: 16, lr: 0.01, updates: 1500 } as const;

export interface Fold {
  /** training targets lie in [0, trainEnd); test targets in [testStart, testEnd) (steps of the series) */
  trainEnd: number;
  testStart: number;
  testEnd: number;
}

/**
 * TimeSeriesSplit over steps [first, n): blocks of equal size, fold i trains
 * on everything before block i+1 and tests on block i+1.
 */
export function expandingFolds(n: number, folds: number, first = 0): Fold[] {
  const k = checkInt('folds', folds, 1, 20);
  const size = Math.floor((n - first) / (k + 1));
  if (size < 1) throw new Error(`folds: ${k} folds need at least ${k + 1} steps after ${first}, got ${n - first}`);
  const out: Fold[] = [];
  for (let i = 0; i < k; i++) {
    const testStart = n - (k - i) * size;
    out.push({ trainEnd: testStart, testStart, testEnd: testStart + size });
  }
  return out;
}

export interface MultiStep {
  direct: Float64Array;
  auto: Float64Array;
}

export interface ForecastErrors {
  /** RMSE over the test origins, all k steps and F features, in standard units */
  recurrent: number;
  dense: number;
  /** the same for the next step only */
  recurrentNext: number;
  denseNext: number;
  origins: number;
}

export interface ForecastExperiment extends Task {
  readonly series: WeatherSeries;
  /** the series standardised with the training span's statistics, (T, F) row-major */
  readonly z: Float64Array;
  readonly scaler: Standardiser;
  readonly folds: readonly Fold[];
  readonly fold: Fold;
  readonly lookback: number;
  readonly window: number;
  readonly horizon: number;
  readonly features: number;
  readonly dense: DenseNet;
  readonly denseTrainer: DenseTrainer;
  /** origins o (first forecast step) with every input and target inside [0, end) */
  trainOrigins: { first: number; last: number };
  /** the test origins scored: evenly spread over the test span, at most `max` */
  testOrigins(max: number): number[];
  recurrentForecast(model: Model, origin: number): MultiStep;
  denseForecast(origin: number): MultiStep;
  errors(model: Model, maxOrigins: number): ForecastErrors;
}

export function forecastSpec(o: { cell: CellKind; hiddenSize: number; horizon: number }): ModelSpec {
  const F = WEATHER_FEATURES.length;
  return {
    input: { kind: 'dense', inputSize: F },
    rnn: { cell: o.cell, hiddenSize: o.hiddenSize, numLayers: 1, bidirectional: false },
    head: 'last_step',
    outputSize: o.horizon * F,
    loss: 'mse',
  };
}

export function createForecastExperiment(options: ForecastOptions): ForecastExperiment {
  const cell = checkOneOf('cell', options.cell, ['rnn', 'lstm', 'gru', 'lstm_simple'] as const);
  const hiddenSize = checkInt('hiddenSize', options.hiddenSize, 1, 128);
  const lookback = checkInt('lookback', options.lookback ?? FORECAST_DEFAULTS.lookback, 2, 120);
  const window = checkInt('window', options.window ?? FORECAST_DEFAULTS.window, 1, lookback);
  const horizon = checkInt('horizon', options.horizon ?? FORECAST_DEFAULTS.horizon, 1, 24);
  const nFolds = checkInt('folds', options.folds ?? FORECAST_DEFAULTS.folds, 2, 8);
  const foldIndex = checkInt('fold', options.fold ?? nFolds - 1, 0, nFolds - 1);
  const series = generateWeather(options.dataSeed, { days: options.days ?? FORECAST_DEFAULTS.days });
  const F = series.features;
  const N = series.steps;
  // Origins need `lookback` steps of history before them and `horizon` after.
  const folds = expandingFolds(N - horizon + 1, nFolds, lookback);
  const fold = folds[foldIndex] as Fold;
  const scaler = fitStandardiser(series, fold.trainEnd);
  const z = standardise(series, scaler);
  const dense = createDense({ inputSize: window * F, hiddenSize: options.denseHidden ?? FORECAST_DEFAULTS.denseHidden, outputSize: horizon * F }, createRng(options.dataSeed ^ 0x5eed));
  const denseTrainer = createDenseTrainer(dense, options.denseOptimizer ?? { name: 'adam', lr: FORECAST_TRAINING.lr }, { kind: 'norm', maxNorm: 5 });
  const trainOrigins = { first: lookback, last: fold.trainEnd - horizon };
  if (trainOrigins.last < trainOrigins.first) throw new Error('fold: its training span is shorter than lookback + horizon');
  const spec = forecastSpec({ cell, hiddenSize, horizon });

  const inputOf = (origin: number, steps: number) => z.slice((origin - steps) * F, origin * F);
  const targetOf = (origin: number) => z.slice(origin * F, (origin + horizon) * F);
  let waiting: number | null = null;
  let drawn = 0;

  function sampleAt(origin: number): Sample {
    return { inputs: { kind: 'dense', steps: lookback, x: inputOf(origin, lookback) }, targets: { kind: 'values', y: targetOf(origin) } };
  }

  /** k steps from one network: direct reads all k·F outputs, auto feeds the first F back. */
  function multiStep(history: Float64Array, steps: number, predict: (x: Float64Array) => ArrayLike<number>): MultiStep {
    const direct = Float64Array.from(predict(history.slice(-steps * F)));
    const auto = new Float64Array(horizon * F);
    const buf = history.slice(-steps * F);
    for (let j = 0; j < horizon; j++) {
      const next = predict(buf);
      for (let f = 0; f < F; f++) auto[j * F + f] = next[f] ?? 0;
      buf.copyWithin(0, F);
      buf.set(auto.subarray(j * F, (j + 1) * F), (steps - 1) * F);
    }
    return { direct, auto };
  }

  function recurrentOut(model: Model, x: Float64Array): Float64Array {
    const zeros = new Float64Array(horizon * F);
    model.loss({ inputs: { kind: 'dense', steps: lookback, x }, targets: { kind: 'values', y: zeros } });
    return model.telemetry.probs.subarray(0, horizon * F);
  }

  const experiment: ForecastExperiment = {
    id: 'forecast',
    spec,
    series,
    z,
    scaler,
    folds,
    fold,
    lookback,
    window,
    horizon,
    features: F,
    dense,
    denseTrainer,
    trainOrigins,
    nextSample(rng: Rng): Sample {
      const origin = trainOrigins.first + rng.int(trainOrigins.last - trainOrigins.first + 1);
      // The first sample is drawn before any update (a run's step-0 look): the
      // dense net waits for the second, then takes both.
      if (waiting !== null) denseTrainer.train(inputOf(waiting, window), targetOf(waiting));
      if (drawn > 0) denseTrainer.train(inputOf(origin, window), targetOf(origin));
      waiting = drawn === 0 ? origin : null;
      drawn += 1;
      return sampleAt(origin);
    },
    testOrigins(max) {
      const first = Math.max(fold.testStart, lookback);
      const span = fold.testEnd - first;
      const n = Math.max(1, Math.min(max, span));
      return Array.from({ length: n }, (_, i) => first + Math.floor((i * span) / n));
    },
    recurrentForecast(model, origin) {
      return multiStep(inputOf(origin, lookback), lookback, (x) => recurrentOut(model, x));
    },
    denseForecast(origin) {
      return multiStep(inputOf(origin, lookback), window, (x) => denseForward(dense, x));
    },
    errors(model, maxOrigins) {
      let rec = 0;
      let den = 0;
      let rec1 = 0;
      let den1 = 0;
      const origins = experiment.testOrigins(maxOrigins);
      for (const o of origins) {
        const y = targetOf(o);
        const r = recurrentOut(model, inputOf(o, lookback));
        const d = denseForward(dense, inputOf(o, window));
        for (let k = 0; k < y.length; k++) {
          const er = (r[k] ?? 0) - (y[k] ?? 0);
          const ed = (d[k] ?? 0) - (y[k] ?? 0);
          rec += er * er;
          den += ed * ed;
          if (k < F) {
            rec1 += er * er;
            den1 += ed * ed;
          }
        }
      }
      const n = origins.length;
      return {
        recurrent: Math.sqrt(rec / (n * horizon * F)),
        dense: Math.sqrt(den / (n * horizon * F)),
        recurrentNext: Math.sqrt(rec1 / (n * F)),
        denseNext: Math.sqrt(den1 / (n * F)),
        origins: n,
      };
    },
  };
  return experiment;
}
