// Builds a Run on the real engine: one seeded stream draws the initial
// weights and then the samples, so the same config replays the same losses.

import {
  createModel,
  createRng,
  createTrainer,
  gateNames,
  generate,
  recurrentEigenvalues,
  scoreSequence,
} from '../engine/index.ts';
import type { Model } from '../engine/index.ts';
import type { ModelInfo, OwnedFloats, RunConfig, SequenceInput, SpectrumSnapshot } from './protocol.ts';
import type { BuildRun, Evaluation, Generation, Run } from './run.ts';
import { copyParams } from './snapshot.ts';
import { setupTask } from './tasks.ts';
import type { TaskSetup } from './tasks.ts';

function flatten(rows: readonly Float64Array[], width: number): OwnedFloats {
  const out = new Float64Array(rows.length * width);
  rows.forEach((row, i) => out.set(row, i * width));
  return out;
}

function spectrumOf(model: Model): SpectrumSnapshot {
  const { re, im } = recurrentEigenvalues(model);
  let radius = 0;
  for (let k = 0; k < re.length; k++) radius = Math.max(radius, Math.hypot(re[k] ?? 0, im[k] ?? 0));
  return { spectralRadius: radius, re: re.slice(), im: im.slice(), gate: gateNames(model.spec.rnn.cell)[0] ?? null };
}

function idsOf(setup: TaskSetup, input: SequenceInput): number[] {
  return input.kind === 'text' ? setup.encode(input.text) : [...input.ids];
}

export const buildEngineRun: BuildRun = (config: RunConfig): Run => {
  const setup = setupTask(config.task);
  if (setup.buildRun !== undefined) return setup.buildRun(config);
  const rng = createRng(config.seed);
  const model = createModel(setup.spec, config.init, rng, { maxSteps: setup.maxSteps });
  setup.bind?.(model);
  const trainer = createTrainer(model, {
    optimizer: config.optimizer,
    clip: config.clip,
    bptt: config.bptt ?? { kind: 'full' },
  });
  const info: ModelInfo = {
    taskId: setup.task.id,
    spec: model.spec,
    vocab: setup.vocab,
    params: model.params.map((p) => ({ name: p.name, rows: p.rows, cols: p.cols })),
    maxSteps: model.maxSteps,
  };
  const K = model.spec.outputSize;

  return {
    info,
    model,
    trainer,
    nextSample: () => setup.task.nextSample(rng),
    preview: () => setup.preview(model),
    readout: () => setup.readout?.(model, trainer.step) ?? null,
    generate(prefix, length, temperature, seed): Generation {
      const start = setup.encode(prefix);
      // A stream of its own: sampling never disturbs the training stream, so runs still replay.
      const g = generate(model, { prefix: start, length, temperature, rng: createRng(seed) });
      return { text: prefix + setup.decode(g.ids), ids: g.ids, probs: flatten(g.probs, K) };
    },
    evaluate(input): Evaluation {
      const score = scoreSequence(model, idsOf(setup, input));
      return { stepLogProbs: score.logProbs.slice(), logProb: score.total, params: copyParams(model) };
    },
    spectrum: () => spectrumOf(model),
  };
};
