// The forecasting and captioning tasks of the applications lab, as the worker
// runs them. Both report their numbers in frames' readouts, computed in the
// worker beside the training (a held-out evaluation is tens of forward
// passes: on the page it would be a long task).

import { captionTask, captionWords, CAPTIONS_SHOWN, createForecastExperiment, FORECAST_TRAINING } from '../engine/index.ts';
import type { Model } from '../engine/index.ts';
import type { CaptionReadout, CaptionTaskConfig, ForecastReadout, ForecastTaskConfig } from './protocol.ts';
import type { TaskSetup } from './tasks.ts';

/** Test origins scored per readout: enough for a stable RMSE, few enough for a frame's budget. */
export const FORECAST_SCORED_ORIGINS = 96;

function noText(what: string): never {
  throw new Error(`text: the ${what} task reads no text`);
}

export function forecastSetup(config: ForecastTaskConfig): TaskSetup {
  const ex = createForecastExperiment({
    dataSeed: config.dataSeed,
    cell: config.cell,
    hiddenSize: config.hiddenSize,
    fold: config.fold,
    ...(config.folds !== undefined && { folds: config.folds }),
    denseOptimizer: { name: 'adam', lr: config.denseLr ?? FORECAST_TRAINING.lr },
  });
  const F = ex.features;
  // the origin drawn: the middle of the test span
  const shown = ex.testOrigins(3)[1] ?? ex.fold.testStart;
  const readout = (model: Model): ForecastReadout => {
    const e = ex.errors(model, FORECAST_SCORED_ORIGINS);
    const rec = ex.recurrentForecast(model, shown);
    const den = ex.denseForecast(shown);
    const history = ex.z.slice((shown - ex.lookback) * F, shown * F);
    const truth = ex.z.slice(shown * F, (shown + ex.horizon) * F);
    // the window's own forward pass last: its telemetry holds h_1..h_T (and c_T)
    model.loss({ inputs: { kind: 'dense', steps: ex.lookback, x: history }, targets: { kind: 'values', y: truth } });
    const t = model.telemetry;
    const H = t.hiddenSize;
    const curves = new Float64Array(history.length + 5 * truth.length);
    [history, truth, rec.direct, rec.auto, den.direct, den.auto].reduce((at, part) => (curves.set(part, at), at + part.length), 0);
    return {
      kind: 'forecast',
      fold: config.fold,
      denseStep: ex.denseTrainer.step,
      errors: Float64Array.from([e.recurrent, e.dense, e.recurrentNext, e.denseNext]),
      origin: shown,
      curves,
      states: t.h.slice(0, ex.lookback * H),
      cellState: t.c === null ? new Float64Array(0) : t.c.slice((ex.lookback - 1) * H, ex.lookback * H),
    };
  };
  return {
    task: ex,
    spec: ex.spec,
    maxSteps: ex.lookback,
    vocab: null,
    encode: () => noText('forecast'),
    decode: () => '',
    preview: () => null,
    readout,
  };
}

/** Scenes scored per readout beyond the shown ones: a readout must stay well under a frame's budget. */
const TEST_PER_READOUT = 6;
const TRAIN_PER_READOUT = 3;
const TRAIN_SCORED = 60;

/**
 * Greedy decoding is a few dozen forward passes per image, too many to score
 * all held-out images in every frame. So each readout captions the shown
 * images plus the next few of a rolling sweep, and the accuracy is over every
 * image's latest caption: a sweep takes about nine readouts (a couple of
 * seconds of training), so the figure trails the network by that much.
 */
export function captionSetup(config: CaptionTaskConfig): TaskSetup {
  const task = captionTask({ lang: config.lang, cell: config.cell, hiddenSize: config.hiddenSize, dataSeed: config.dataSeed });
  const trainScored = task.train.slice(0, TRAIN_SCORED);
  const testRight = new Array<boolean>(task.test.length).fill(false);
  const trainRight = new Array<boolean>(trainScored.length).fill(false);
  let testAt = CAPTIONS_SHOWN;
  let trainAt = 0;
  const exact = (scene: (typeof task.test)[number], words: string[]) => words.join(' ') === captionWords(scene, task.lang).join(' ');
  const readout = (model: Model): CaptionReadout => {
    const captions = task.test.slice(0, CAPTIONS_SHOWN).map((scene, i) => {
      const words = task.describe(model, scene);
      testRight[i] = exact(scene, words);
      return words.join(' ');
    });
    for (let k = 0; k < TEST_PER_READOUT && task.test.length > CAPTIONS_SHOWN; k++) {
      const scene = task.test[testAt];
      if (scene !== undefined) testRight[testAt] = exact(scene, task.describe(model, scene));
      testAt = testAt + 1 < task.test.length ? testAt + 1 : CAPTIONS_SHOWN;
    }
    for (let k = 0; k < TRAIN_PER_READOUT; k++) {
      const scene = trainScored[trainAt];
      if (scene !== undefined) trainRight[trainAt] = exact(scene, task.describe(model, scene));
      trainAt = (trainAt + 1) % trainScored.length;
    }
    const share = (a: boolean[]) => a.filter(Boolean).length / Math.max(1, a.length);
    return { kind: 'caption', accuracy: Float64Array.from([share(trainRight), share(testRight)]), captions };
  };
  return {
    task,
    spec: task.spec,
    maxSteps: task.maxSteps,
    vocab: [...task.vocab],
    encode: () => noText('caption'),
    decode: (ids) => ids.map((id) => task.vocab[id] ?? '?').join(' '),
    // the first held-out scene, captioned now
    preview: (model) => {
      const first = task.test[0];
      return first === undefined ? null : task.describe(model, first).join(' ');
    },
    readout,
  };
}
