// Small stand-ins for the engine and the clock, for tests where the point is
// the worker's own behaviour (scheduling, rates, message handling) rather
// than the numerics. The fake model fits y = w x by SGD on one weight.

import type { ClipSpec, Model, Param, Sample, Telemetry, Trainer } from '../../src/engine/api.ts';
import { createRng } from '../../src/engine/random.ts';
import type { BuildRun, Run } from '../../src/worker/run.ts';
import type { FrameEvent, RunConfig, TelemetrySnapshot, WordTaskConfig } from '../../src/worker/protocol.ts';
import type { Scheduler } from '../../src/worker/scheduler.ts';

const T = 3;

function fakeTelemetry(): Telemetry {
  return {
    steps: T,
    maxSteps: T,
    layers: 1,
    directions: 1,
    hiddenSize: 1,
    outputSize: 1,
    h: new Float64Array(T),
    c: null,
    gates: {},
    logits: new Float64Array(T),
    probs: new Float64Array(T),
    stepLoss: new Float64Array(T),
    dLdh: new Float64Array(T),
    whhContrib: new Float64Array(T),
    dhTdh: new Float64Array(T),
    dcTdc: null,
    paramGradNorms: new Float64Array(1),
    gradNormBefore: 0,
    gradNormAfter: 0,
  };
}

export interface FakeOptions {
  /** called on every update, e.g. to advance a fake clock */
  onTrain?: () => void;
  /** counts Jacobian computations */
  onJacobian?: () => void;
}

/** A Run over y = 3 x; sample inputs come from the config's seed. */
export function fakeRun(config: RunConfig, options: FakeOptions = {}): Run {
  if (config.task.kind !== 'word' || config.task.word === '') throw new Error('task.word: expected a non-empty word, got ""');
  const rng = createRng(config.seed);
  const param: Param = { name: 'w', rows: 1, cols: 1, w: new Float64Array([rng.normal()]), g: new Float64Array(1) };
  const telemetry = fakeTelemetry();
  let lr = config.optimizer.lr;
  let step = 0;
  let maxGrad = 0;

  function xs(sample: Sample): number[] {
    return sample.inputs.kind === 'dense' ? Array.from(sample.inputs.x) : [];
  }
  function forward(sample: Sample): number {
    const w = param.w[0] ?? 0;
    let loss = 0;
    xs(sample).forEach((x, t) => {
      const e = w * x - 3 * x;
      telemetry.h[t] = w * x;
      telemetry.stepLoss[t] = 0.5 * e * e;
      loss += (0.5 * e * e) / T;
    });
    return loss;
  }
  const model: Model = {
    spec: {
      input: { kind: 'dense', inputSize: 1 },
      rnn: { cell: 'rnn', hiddenSize: 1, numLayers: 1, bidirectional: false },
      head: 'per_step',
      outputSize: 1,
      loss: 'mse',
    },
    params: [param],
    param: () => param,
    telemetry,
    lossAndGradients(sample) {
      const loss = forward(sample);
      const w = param.w[0] ?? 0;
      param.g[0] = xs(sample).reduce((g, x) => g + ((w * x - 3 * x) * x) / T, 0);
      return loss;
    },
    loss: forward,
    computeJacobianNorms() {
      options.onJacobian?.();
      telemetry.dhTdh.fill(1);
    },
    exportStateDict: () => ({ w: [param.w[0] ?? 0] }),
    importStateDict: () => undefined,
  };
  const trainer: Trainer = {
    model,
    get step() {
      return step;
    },
    train(sample) {
      options.onTrain?.();
      const loss = model.lossAndGradients(sample);
      const g = Math.abs(param.g[0] ?? 0);
      maxGrad = Math.max(maxGrad, g);
      const next = (param.w[0] ?? 0) - lr * (param.g[0] ?? 0);
      if (!Number.isFinite(loss) || !Number.isFinite(next) || Math.abs(next) > 1e6) {
        return { ok: false, diverged: { step: step + 1, reason: 'gradient', maxGradNorm: maxGrad } };
      }
      param.w[0] = next;
      step++;
      return { ok: true, report: { step, loss, gradNorm: g, gradNormAfterClip: g, clipped: false } };
    },
    setLearningRate(value) {
      lr = value;
    },
    setClip(_clip: ClipSpec) {},
  };
  return {
    info: { taskId: 'fake', spec: model.spec, vocab: null, params: [{ name: 'w', rows: 1, cols: 1 }], maxSteps: T },
    model,
    trainer,
    nextSample: () => ({
      inputs: { kind: 'dense', steps: T, x: Float64Array.from({ length: T }, () => rng.normal()) },
      targets: { kind: 'values', y: new Float64Array(T) },
    }),
    preview: () => null,
    generate: (prefix, length) => ({ text: prefix + 'x'.repeat(length), ids: [], probs: new Float64Array(length) }),
    evaluate: () => ({ stepLogProbs: new Float64Array([-1, -2]), logProb: -3 }),
    spectrum: () => null,
  };
}

export function fakeBuild(options: FakeOptions = {}): BuildRun {
  return (config) => fakeRun(config, options);
}

export const FAKE_CONFIG: RunConfig & { task: WordTaskConfig } = {
  task: { kind: 'word', word: 'bille', hiddenSize: 3, cell: 'rnn' },
  seed: 7,
  init: { kind: 'pytorch' },
  optimizer: { name: 'sgd', lr: 0.05 },
  clip: { kind: 'none' },
};

/**
 * A clock that only moves when told (or when the fake model trains), and a
 * task queue run by hand: time-dependent behaviour without real time.
 */
export interface ManualScheduler extends Scheduler {
  advance(ms: number): void;
  /** runs queued tasks (and the ones they queue) until `until` or the queue is empty */
  runUntil(until: number): void;
  readonly pending: number;
}

/** `tick`: how far each reading of the clock moves it (for real computations that never advance it). */
export function manualScheduler(tick = 0): ManualScheduler {
  let time = 0;
  let queue: (() => void)[] = [];
  return {
    now: () => (time += tick),
    later(task) {
      queue.push(task);
      return () => {
        queue = queue.filter((t) => t !== task);
      };
    },
    dispose() {
      queue = [];
    },
    advance(ms) {
      time += ms;
    },
    runUntil(until) {
      while (queue.length > 0 && time < until) {
        const task = queue.shift();
        task?.();
      }
    },
    get pending() {
      return queue.length;
    },
  };
}

/** A frame with empty arrays, and optionally some curve points. */
export function frame(runId: number, step: number, history: { step: number[]; loss: number[] } = { step: [], loss: [] }): FrameEvent {
  return {
    type: 'frame',
    runId,
    step,
    loss: 1,
    stepsPerSecond: 0,
    history: {
      step: Float64Array.from(history.step),
      loss: Float64Array.from(history.loss),
      gradNorm: Float64Array.from(history.step, () => 1),
    },
    sample: null,
    telemetry: emptyTelemetry(),
    params: [],
    spectrum: null,
  };
}

/** A frame's telemetry with nothing recorded yet (sizes only), for fakes that need a well-typed frame. */
export function emptyTelemetry(hiddenSize = 1, outputSize = 1): TelemetrySnapshot {
  const empty = new Float64Array(0);
  return {
    steps: 0,
    maxSteps: 0,
    layers: 1,
    directions: 1,
    hiddenSize,
    outputSize,
    h: empty,
    c: null,
    gates: {},
    logits: empty,
    probs: empty,
    stepLoss: empty,
    dLdh: empty,
    whhContrib: empty,
    dhTdh: empty,
    dcTdc: null,
    paramGradNorms: empty,
    gradNormBefore: 0,
    gradNormAfter: 0,
  };
}
