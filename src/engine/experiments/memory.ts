// The long-range memory experiment: the vanilla RNN, the LSTM and the GRU
// learn the recall task for each number of distractors K, from the same seed
// with the same optimiser and number of updates, and are scored on the same
// held-out sequences. It runs in slices (advance) so the worker can answer
// messages and report progress between them.
//
// For the longest K it also measures, on one held-out sequence, the paths a
// gradient takes back through time in each trained network: the LSTM's cell
// path ∏ f_t and its full ‖∂c_T/∂c_t‖, and ‖∂h_T/∂h_t‖ of the other two.

import type { CellKind, OptimizerSpec, Sample } from '../api.ts';
import { createModel, type RecurrentModel } from '../model.ts';
import { createRng } from '../random.ts';
import { createRecallTask, recallSample, type RecallTask } from '../tasks/recall.ts';
import { createTrainer, type EngineTrainer } from '../trainer.ts';
import { forgetPathNorms } from './cell-path.ts';
import { byDistance } from './profile.ts';

export const MEMORY_CELLS = ['rnn', 'lstm', 'gru'] as const satisfies readonly CellKind[];
export type MemoryCell = (typeof MEMORY_CELLS)[number];

export interface MemoryConfig {
  ks: readonly number[];
  seed: number;
  hiddenSize: number;
  /** updates per network */
  steps: number;
  optimizer: OptimizerSpec;
  /** clipping by global norm, the same for all three */
  maxNorm: number;
  countries: number;
  distractorKinds: number;
  /** held-out sequences per K */
  evalSamples: number;
  /**
   * Added, after initialisation, to the bias of the gate that keeps each
   * gated cell's memory: the LSTM's forget gate f and the GRU's update gate z.
   * With b, the gate starts near σ(b), so both cells begin by carrying their
   * state over (Keras's unit_forget_bias uses 1 for the LSTM; chrono
   * initialisation does the same for both). 0 keeps PyTorch's initialisation.
   */
  gateBias: number;
}

/**
 * Adam with clipping at 1, as such comparisons are usually run, and the
 * gated cells' memory gates biased open by 3 (σ(3) ≈ 0.95, so a stored value
 * keeps 0.95⁸⁰ ≈ 2 % of its size over 80 steps, against 0.5⁸⁰ ≈ 10⁻²⁴ with
 * PyTorch's initialisation, where f starts near 1/2). With plain SGD the
 * gated cells learn far too slowly for a page: at learning rate 0.1 neither
 * had learned K = 40 after 10 000 single-sequence updates. Adam helps the
 * vanilla net a little (it rescales each weight's step by that weight's own
 * gradient size), yet on seeds 1 to 4 it still falls to chance beyond K = 5
 * to 20, while the LSTM recalls K = 40 to 80 and the GRU K = 80.
 */
export const MEMORY_DEFAULTS: MemoryConfig = {
  ks: [2, 5, 10, 20, 40, 80],
  seed: 1,
  hiddenSize: 16,
  steps: 3000,
  optimizer: { name: 'adam', lr: 0.001 },
  maxNorm: 1,
  countries: 4,
  distractorKinds: 4,
  evalSamples: 200,
  gateBias: 3,
};

export interface MemoryResult {
  k: number;
  cell: MemoryCell;
  accuracy: number;
  /** mean training loss over the last tenth of the updates */
  finalLoss: number;
  /** the update that diverged, or null */
  diverged: number | null;
}

export interface MemoryPathsResult {
  k: number;
  lstmForget: Float64Array;
  lstmCell: Float64Array;
  rnn: Float64Array;
  gru: Float64Array;
}

export interface MemoryProgress {
  /** runs finished, out of ks.length × 3 */
  done: number;
  total: number;
  /** the run in progress, or null when finished */
  current: { k: number; cell: MemoryCell; step: number; steps: number } | null;
}

export interface MemoryExperiment {
  /** trains until `deadline` (a time from `now`) or the end; returns the results finished in this slice */
  advance(deadline: number): MemoryResult[];
  readonly progress: MemoryProgress;
  readonly finished: boolean;
  /** available once every cell has been trained at the longest K */
  readonly paths: MemoryPathsResult | null;
}

interface Job {
  k: number;
  cell: MemoryCell;
  task: RecallTask;
  model: RecurrentModel;
  trainer: EngineTrainer;
  data: ReturnType<typeof createRng>;
  lossTail: number;
  tailCount: number;
  diverged: number | null;
}

/** Held-out sequences: their own seed, so every cell is scored on the very same ones. */
function evalSet(c: MemoryConfig, k: number): Sample[] {
  const rng = createRng(c.seed * 7919 + 104729 + k);
  return Array.from({ length: c.evalSamples }, () => recallSample(rng, c.countries, c.distractorKinds, k));
}

/** Fraction of sequences whose most probable country is the right one. */
export function recallAccuracy(model: RecurrentModel, samples: readonly Sample[]): number {
  const C = model.spec.outputSize;
  let right = 0;
  for (const s of samples) {
    model.loss(s);
    const p = model.telemetry.probs;
    let best = 0;
    for (let k = 1; k < C; k++) if (p[k]! > p[best]!) best = k;
    if (s.targets.kind === 'ids' && best === s.targets.ids[0]) right++;
  }
  return samples.length ? right / samples.length : Number.NaN;
}

function addGateBias(model: RecurrentModel, h: number, bias: number): void {
  if (bias === 0) return;
  // Gate order i f g o (LSTM) and r z n (GRU): f and z are both rows H … 2H − 1 of b_ih.
  const b = model.param('rnn.bias_ih_l0').w;
  for (let j = h; j < 2 * h; j++) b[j]! += bias;
}

export function createMemoryExperiment(config: MemoryConfig, now: () => number): MemoryExperiment {
  const c = config;
  const order = c.ks.flatMap((k) => MEMORY_CELLS.map((cell) => ({ k, cell })));
  const longest = Math.max(...c.ks);
  let index = 0;
  let job: Job | null = null;
  let paths: MemoryPathsResult | null = null;
  const trained = new Map<MemoryCell, RecurrentModel>();

  function open(k: number, cell: MemoryCell): Job {
    const task = createRecallTask({
      distractors: k,
      cell,
      hiddenSize: c.hiddenSize,
      countries: c.countries,
      distractorKinds: c.distractorKinds,
    });
    // Same seed for every cell: the same sample order, and weights drawn from the same stream.
    const rng = createRng(c.seed);
    const model = createModel(task.spec, { kind: 'pytorch' }, rng, { maxSteps: task.length });
    if (cell !== 'rnn') addGateBias(model, c.hiddenSize, c.gateBias);
    const trainer = createTrainer(model, { optimizer: c.optimizer, clip: { kind: 'norm', maxNorm: c.maxNorm }, bptt: { kind: 'full' } });
    return { k, cell, task, model, trainer, data: createRng(c.seed + 1), lossTail: 0, tailCount: 0, diverged: null };
  }

  function finish(j: Job): MemoryResult {
    const accuracy = recallAccuracy(j.model, evalSet(c, j.k));
    if (j.k === longest) trained.set(j.cell, j.model);
    if (trained.size === MEMORY_CELLS.length && paths === null) paths = measurePaths(trained, c, longest);
    return { k: j.k, cell: j.cell, accuracy, finalLoss: j.tailCount ? j.lossTail / j.tailCount : Number.NaN, diverged: j.diverged };
  }

  return {
    advance(deadline) {
      const out: MemoryResult[] = [];
      while (index < order.length) {
        const next = order[index]!;
        job ??= open(next.k, next.cell);
        const j = job;
        const tailFrom = c.steps - Math.max(1, Math.floor(c.steps / 10));
        while (j.trainer.step < c.steps && j.diverged === null) {
          const o = j.trainer.train(j.task.nextSample(j.data));
          if (!o.ok) j.diverged = o.diverged.step;
          else if (o.report.step > tailFrom) {
            j.lossTail += o.report.loss;
            j.tailCount++;
          }
          // check the clock every few updates: now() is not free
          if ((j.trainer.step & 7) === 0 && now() >= deadline) return out;
        }
        out.push(finish(j));
        job = null;
        index++;
        if (now() >= deadline) return out;
      }
      return out;
    },
    get progress() {
      const cur = order[index];
      return {
        done: index,
        total: order.length,
        current: cur ? { k: cur.k, cell: cur.cell, step: job?.trainer.step ?? 0, steps: c.steps } : null,
      };
    },
    get finished() {
      return index >= order.length;
    },
    get paths() {
      return paths;
    },
  };
}

/** Gradient paths of the three trained networks on one held-out sequence of the longest K. */
function measurePaths(models: Map<MemoryCell, RecurrentModel>, c: MemoryConfig, k: number): MemoryPathsResult {
  const sample = evalSet(c, k)[0]!;
  const T = k + 2;
  const H = c.hiddenSize;
  const run = (cell: MemoryCell): RecurrentModel => {
    const m = models.get(cell)!;
    m.loss(sample);
    m.computeJacobianNorms();
    return m;
  };
  const lstm = run('lstm');
  const lstmForget = forgetPathNorms(lstm.telemetry.gates.f!, T, H);
  const lstmCell = byDistance(lstm.telemetry.dcTdc!, T);
  const rnn = byDistance(run('rnn').telemetry.dhTdh, T);
  const gru = byDistance(run('gru').telemetry.dhTdh, T);
  return { k, lstmForget, lstmCell, rnn, gru };
}
