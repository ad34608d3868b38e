// Training the encoder-decoder pair: one loss, one clipping over the global
// norm of both networks' gradients, one Adam (or SGD) over all their
// parameters. The two networks keep their weights in two stores, so each
// update gathers them into one array, steps the engine's Optimizer on it and
// scatters them back: the optimizer, its state and its divergence rule are
// exactly the single-network trainer's.

import type { ClipSpec, Divergence, Param, Sample, StepOutcome, StepReport, Trainer, TrainerOptions } from './api.ts';
import { checkClip, clipGradients } from './clip.ts';
import { checkLearningRate, Optimizer } from './optimizer.ts';
import type { Seq2SeqModel } from './seq2seq.ts';
import { checkRecord } from './validate.ts';

export type Seq2SeqTrainerOptions = Omit<TrainerOptions, 'bptt'>;

function gather(params: readonly Param[], field: 'w' | 'g', into: Float64Array): void {
  let o = 0;
  for (const p of params) {
    into.set(p[field], o);
    o += p[field].length;
  }
}

export class Seq2SeqTrainer implements Trainer {
  readonly model: Seq2SeqModel;
  step = 0;
  private readonly optimizer: Optimizer;
  private clip: ClipSpec;
  private readonly w: Float64Array;
  private readonly g: Float64Array;
  private maxGradNorm = 0;
  private readonly report: StepReport = { step: 0, loss: 0, gradNorm: 0, gradNormAfterClip: 0, clipped: false };
  private readonly outcome: StepOutcome = { ok: true, report: this.report };

  constructor(model: Seq2SeqModel, options: Seq2SeqTrainerOptions) {
    const o = checkRecord('options', options);
    this.model = model;
    const size = model.params.reduce((n, p) => n + p.w.length, 0);
    this.optimizer = new Optimizer(o.optimizer as Seq2SeqTrainerOptions['optimizer'], size);
    this.clip = checkClip(o.clip);
    this.w = new Float64Array(size);
    this.g = new Float64Array(size);
  }

  /** One update on one sentence pair (teacher forcing); the returned object is reused by the next call. */
  train(sample: Sample): StepOutcome {
    const m = this.model;
    const loss = m.lossAndGradients(sample);
    gather(m.params, 'g', this.g);
    let sq = 0;
    for (let k = 0; k < this.g.length; k++) sq += this.g[k]! * this.g[k]!;
    const norm = Math.sqrt(sq);
    this.maxGradNorm = Math.max(this.maxGradNorm, Number.isNaN(norm) ? Infinity : norm);
    if (!Number.isFinite(loss)) return this.diverged('loss');
    if (!Number.isFinite(norm)) return this.diverged('gradient');
    const after = clipGradients(this.g, norm, this.clip);
    gather(m.params, 'w', this.w);
    if (!this.optimizer.step(this.w, this.g, after)) return this.diverged('gradient');
    let o = 0;
    for (const p of m.params) {
      p.w.set(this.w.subarray(o, o + p.w.length));
      o += p.w.length;
    }
    this.step += 1;
    const t = m.telemetry;
    t.gradNormBefore = norm;
    t.gradNormAfter = after;
    const r = this.report;
    r.step = this.step;
    r.loss = loss;
    r.gradNorm = norm;
    r.gradNormAfterClip = after;
    r.clipped = after !== norm;
    return this.outcome;
  }

  private diverged(reason: Divergence['reason']): StepOutcome {
    return { ok: false, diverged: { step: this.step + 1, reason, maxGradNorm: this.maxGradNorm } };
  }

  setLearningRate(lr: number): void {
    this.optimizer.config.lr = checkLearningRate('lr', lr);
  }

  setClip(clip: ClipSpec): void {
    this.clip = checkClip(clip);
  }
}

export function createSeq2SeqTrainer(model: Seq2SeqModel, options: Seq2SeqTrainerOptions): Seq2SeqTrainer {
  return new Seq2SeqTrainer(model, options);
}
