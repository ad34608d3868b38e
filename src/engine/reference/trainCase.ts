// A "train" case: a whole model trained for a few steps with full BPTT.
// Checks the loss and the global gradient norm before each step, and every
// parameter after the last.

import { RecurrentModel } from '../model.ts';
import { normaliseSpec } from '../spec.ts';
import { createTrainer } from '../trainer.ts';
import type { TrainCase } from './cases.ts';
import { Checker, type Mismatch } from './compare.ts';

export function runTrainCase(c: TrainCase): Mismatch | null {
  const model = new RecurrentModel(normaliseSpec(c.spec), Math.max(1, c.inputs.kind === 'ids' ? c.inputs.ids.length : c.inputs.steps));
  for (const p of model.params) {
    const b = c.params[p.name];
    if (b === undefined) throw new Error(`params.${p.name}: missing from the case`);
    if (b.data.length !== p.w.length) throw new Error(`params.${p.name}: expected ${p.rows}x${p.cols} values, got ${b.rows}x${b.cols}`);
    p.w.set(b.data);
  }
  const trainer = createTrainer(model, { optimizer: c.optimizer, clip: c.clip, bptt: { kind: 'full' } });
  const losses = new Float64Array(c.steps);
  const norms = new Float64Array(c.steps);
  const sample = { inputs: c.inputs, targets: c.targets };
  for (let k = 0; k < c.steps; k++) {
    const outcome = trainer.train(sample);
    if (!outcome.ok) {
      losses[k] = NaN;
      norms[k] = NaN;
      break;
    }
    losses[k] = outcome.report.loss;
    norms[k] = outcome.report.gradNorm;
  }
  const check = new Checker();
  check.check('losses', losses, c.losses);
  check.check('grad_norms', norms, c.gradNorms);
  for (const p of model.params) {
    const want = c.paramsAfter[p.name];
    if (want === undefined) throw new Error(`expected.params_after.${p.name}: missing from the case`);
    check.check(`params_after.${p.name}`, p.w, want.data);
  }
  return check.mismatch;
}
