// Training: backpropagation through time, clipping, one optimizer update.
//
// Full BPTT: one update per sample, from h0 = c0 = 0 over the whole sequence.
// Truncated BPTT with window k: the sequence is cut into windows of k steps
// (the last may be shorter). Each window runs forward from the state the
// previous window ended in (held fixed: no gradient flows into it), is
// backpropagated within itself only, and gets its own update, so the next
// window runs with the new weights. A window without a scored step (a
// last_step head before the last window) is run forward only. With
// `carryState`, the state the sample ended in also starts the next train()
// call (consecutive chunks of one text); otherwise each sample starts at 0.

import type { BpttSpec, ClipSpec, Divergence, Model, Sample, StepOutcome, StepReport, Trainer, TrainerOptions } from './api.ts';
import { checkClip, clipGradients } from './clip.ts';
import { RecurrentModel } from './model.ts';
import { checkLearningRate, Optimizer } from './optimizer.ts';
import { checkBoolean, checkInt, checkOneOf, checkRecord, fail } from './validate.ts';

/** Truncated BPTT may also carry the state across train() calls. */
export type EngineBpttSpec = BpttSpec | { kind: 'truncated'; window: number; carryState?: boolean };

export interface EngineTrainerOptions extends Omit<TrainerOptions, 'bptt'> {
  bptt: EngineBpttSpec;
}

export interface EngineTrainer extends Trainer {
  readonly model: RecurrentModel;
  /** forgets a carried state: the next sample starts from h0 = c0 = 0 */
  resetState(): void;
}

function checkBptt(value: unknown, model: RecurrentModel): { span: number; carry: boolean } {
  const b = checkRecord('bptt', value);
  const kind = checkOneOf('bptt.kind', b.kind, ['full', 'truncated'] as const);
  if (kind === 'full') return { span: 0, carry: false };
  if (model.cells.bidirectional) {
    throw new Error('bptt.kind: expected full for a bidirectional model (its reverse direction reads the whole sequence), got truncated');
  }
  const span = checkInt('bptt.window', b.window, 1);
  const carry = b.carryState === undefined ? false : checkBoolean('bptt.carryState', b.carryState);
  return { span, carry };
}

class RecurrentTrainer implements EngineTrainer {
  readonly model: RecurrentModel;
  step = 0;
  private readonly optimizer: Optimizer;
  private clip: ClipSpec;
  /** steps per truncated-BPTT window; 0 for full BPTT */
  private readonly span: number;
  private readonly carry: boolean;
  private carried = false;
  private readonly carriedH: Float64Array[];
  private readonly carriedC: Float64Array[];
  private maxGradNorm = 0;
  /** the loss of the latest window that was updated */
  private lastLoss = 0;
  // one report and one outcome, rewritten by every train() call: nothing is allocated per step
  private readonly report: StepReport = { step: 0, loss: 0, gradNorm: 0, gradNormAfterClip: 0, clipped: false };
  private readonly outcome: StepOutcome = { ok: true, report: this.report };

  constructor(model: RecurrentModel, options: EngineTrainerOptions) {
    const o = checkRecord('options', options);
    this.model = model;
    this.optimizer = new Optimizer(o.optimizer as EngineTrainerOptions['optimizer'], model.store.w.length);
    this.clip = checkClip(o.clip);
    const bptt = checkBptt(o.bptt, model);
    this.span = bptt.span;
    this.carry = bptt.carry;
    this.carriedH = model.stack.streams.map((s) => new Float64Array(s.H));
    this.carriedC = model.stack.streams.map((s) => new Float64Array(s.c0.length));
  }

  /** One optimizer update per window (one per sample for full BPTT). The returned object is reused by the next call. */
  train(sample: Sample): StepOutcome {
    const m = this.model;
    const T = m.load(sample);
    this.enterSample();
    const span = this.span === 0 ? T : this.span;
    const r = this.report;
    r.gradNorm = 0;
    r.gradNormAfterClip = 0;
    r.clipped = false;
    let lossSum = 0;
    let updates = 0;
    for (let t0 = 0; t0 < T; t0 += span) {
      const t1 = Math.min(T, t0 + span);
      if (!m.head.scores(t0, t1, T)) {
        m.forwardRange(t0, t1);
        continue;
      }
      const diverged = this.update(t0, t1);
      if (diverged !== null) {
        this.carried = false;
        return { ok: false, diverged };
      }
      lossSum += this.lastLoss;
      updates += 1;
    }
    r.step = this.step;
    r.loss = lossSum / updates;
    if (this.carry) this.keepState(T);
    return this.outcome;
  }

  /** Gradient of the window's loss, divergence checks, clipping, update. */
  private update(t0: number, t1: number): Divergence | null {
    const m = this.model;
    m.store.g.fill(0);
    const loss = m.forwardRange(t0, t1);
    m.backwardRange(t0, t1);
    const norm = m.measureGradients();
    this.maxGradNorm = Math.max(this.maxGradNorm, Number.isNaN(norm) ? Infinity : norm);
    if (!Number.isFinite(loss)) {
      m.assertFiniteWeights();
      return this.divergence('loss');
    }
    if (!Number.isFinite(norm)) return this.divergence('gradient');
    const after = clipGradients(m.store.g, norm, this.clip);
    m.telemetry.gradNormAfter = after;
    if (!this.optimizer.step(m.store.w, m.store.g, after)) {
      m.assertFiniteWeights();
      return this.divergence('gradient');
    }
    this.step += 1;
    const r = this.report;
    r.gradNorm = Math.max(r.gradNorm, norm);
    r.gradNormAfterClip = Math.max(r.gradNormAfterClip, after);
    r.clipped = r.clipped || after !== norm;
    this.lastLoss = loss;
    return null;
  }

  private divergence(reason: Divergence['reason']): Divergence {
    return { step: this.step + 1, reason, maxGradNorm: this.maxGradNorm };
  }

  /** h0 (c0) of every stream: the carried state, or zero. */
  private enterSample(): void {
    const streams = this.model.stack.streams;
    if (!this.carried) {
      this.model.stack.resetState();
      return;
    }
    streams.forEach((s, k) => {
      s.h0.set(this.carriedH[k]!);
      s.c0.set(this.carriedC[k]!);
    });
  }

  private keepState(T: number): void {
    const stack = this.model.stack;
    stack.streams.forEach((s, k) => {
      const last = s.base + (T - 1) * s.H;
      this.carriedH[k]!.set(stack.h.subarray(last, last + s.H));
      if (s.c0.length > 0) this.carriedC[k]!.set(stack.c.subarray(last, last + s.H));
    });
    this.carried = true;
  }

  resetState(): void {
    this.carried = false;
  }

  setLearningRate(lr: number): void {
    this.optimizer.config.lr = checkLearningRate('lr', lr);
  }

  setClip(clip: ClipSpec): void {
    this.clip = checkClip(clip);
  }
}

/** A trainer around a model made by createModel or modelFromStateDict. */
export function createTrainer(model: Model, options: TrainerOptions | EngineTrainerOptions): EngineTrainer {
  if (!(model instanceof RecurrentModel)) fail('model', 'a model made by createModel or modelFromStateDict', model);
  return new RecurrentTrainer(model, options);
}
