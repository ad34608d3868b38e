// Shared by the engine tests: small specs, random samples, and central finite
// differences of the loss, the independent yardstick for every gradient.

import { expect } from 'vitest';
import type { CellKind, ModelSpec, Param, Rng, Sample } from '../../src/engine/api.ts';
import type { RecurrentModel } from '../../src/engine/model.ts';

export interface SpecOptions {
  cell: CellKind;
  activation?: 'tanh' | 'relu' | 'sigmoid' | 'identity';
  resetAfter?: boolean;
  hiddenSize?: number;
  numLayers?: number;
  bidirectional?: boolean;
  input?: ModelSpec['input'];
  head?: ModelSpec['head'];
  loss?: ModelSpec['loss'];
  outputSize?: number;
}

export function spec(o: SpecOptions): ModelSpec {
  return {
    input: o.input ?? { kind: 'onehot', vocabSize: 4 },
    rnn: {
      cell: o.cell,
      ...(o.activation !== undefined && { activation: o.activation }),
      ...(o.resetAfter !== undefined && { resetAfter: o.resetAfter }),
      hiddenSize: o.hiddenSize ?? 3,
      numLayers: o.numLayers ?? 1,
      bidirectional: o.bidirectional ?? false,
    },
    head: o.head ?? 'per_step',
    outputSize: o.outputSize ?? 4,
    loss: o.loss ?? 'cross_entropy',
  };
}

/** A random sample of T steps that fits the spec. */
export function randomSample(s: ModelSpec, T: number, rng: Rng): Sample {
  const inputs: Sample['inputs'] =
    s.input.kind === 'dense'
      ? { kind: 'dense', steps: T, x: Float64Array.from({ length: T * s.input.inputSize }, () => rng.normal()) }
      : { kind: 'ids', ids: Array.from({ length: T }, () => rng.int(s.input.kind === 'dense' ? 1 : s.input.vocabSize)) };
  const scored = s.head === 'per_step' ? T : 1;
  const targets: Sample['targets'] =
    s.loss === 'cross_entropy'
      ? { kind: 'ids', ids: Array.from({ length: scored }, () => rng.int(s.outputSize)) }
      : { kind: 'values', y: Float64Array.from({ length: scored * s.outputSize }, () => rng.normal()) };
  return { inputs, targets };
}

/** ∂f/∂w by central differences, for every weight of every parameter. */
export function numericGradients(params: readonly Param[], f: () => number, eps = 1e-5): Float64Array[] {
  return params.map((p) => {
    const g = new Float64Array(p.w.length);
    for (let k = 0; k < p.w.length; k++) {
      const w0 = p.w[k]!;
      p.w[k] = w0 + eps;
      const up = f();
      p.w[k] = w0 - eps;
      const down = f();
      p.w[k] = w0;
      g[k] = (up - down) / (2 * eps);
    }
    return g;
  });
}

/** Every entry of got within rtol·|want| + atol of want, naming the first that is not. */
export function expectClose(label: string, got: ArrayLike<number>, want: ArrayLike<number>, rtol = 1e-6, atol = 1e-8): void {
  expect(got.length, `${label}: length`).toBe(want.length);
  for (let k = 0; k < want.length; k++) {
    const a = got[k]!;
    const b = want[k]!;
    if (!(Math.abs(a - b) <= rtol * Math.abs(b) + atol)) {
      expect.fail(`${label}[${k}]: got ${a}, want ${b}`);
    }
  }
}

/** The model's backpropagated gradients against central differences of its loss. */
export function checkModelGradients(label: string, model: RecurrentModel, sample: Sample): void {
  model.lossAndGradients(sample);
  const analytic = model.params.map((p) => p.g.slice());
  const numeric = numericGradients(model.params, () => model.loss(sample));
  model.params.forEach((p, k) => expectClose(`${label} ${p.name}`, analytic[k]!, numeric[k]!));
  // the check must be able to fail: some gradient is not zero
  expect(analytic.some((g) => g.some((v) => Math.abs(v) > 1e-4))).toBe(true);
}

export function snapshot(params: readonly Param[]): Float64Array[] {
  return params.map((p) => p.w.slice());
}
