// The gradient-check function the lessons use: errors around 1e-7 or less for the real
// backward pass, large ones for a wrong one.

import { describe, expect, it } from 'vitest';
import type { Sample } from '../../src/engine/api.ts';
import { createModel, createRng, gradientCheck, relativeError } from '../../src/engine/index.ts';
import { RecurrentModel } from '../../src/engine/model.ts';
import { normaliseSpec } from '../../src/engine/spec.ts';
import { randomSample, spec } from './helpers.ts';

/** A model whose backward pass is 10% off for one parameter. */
class Wrong extends RecurrentModel {
  override lossAndGradients(sample: Sample): number {
    const loss = super.lossAndGradients(sample);
    this.param('rnn.bias_hh_l0').g.forEach((v, k, g) => (g[k] = 1.1 * v));
    return loss;
  }
}

describe('gradientCheck', () => {
  const s = spec({ cell: 'gru', resetAfter: false, numLayers: 2 });

  it('reports errors near machine precision for every parameter of a correct model', () => {
    const rng = createRng(1);
    const m = createModel(s, { kind: 'pytorch' }, rng);
    const r = gradientCheck(m, randomSample(s, 5, rng));
    expect(r.params.map((p) => p.name)).toEqual(m.params.map((p) => p.name));
    r.params.forEach((p) => expect(p.checked).toBe(m.param(p.name).w.length));
    expect(r.maxRelError).toBeLessThan(1e-5);
  });

  it('finds a wrong gradient and names it', () => {
    const rng = createRng(2);
    const m = new Wrong(normaliseSpec(s), 16);
    const right = createModel(s, { kind: 'pytorch' }, rng);
    m.importStateDict(right.exportStateDict());
    const r = gradientCheck(m, randomSample(s, 5, rng), { maxPerParam: 4, rng: createRng(3) });
    const worst = r.params.reduce((a, b) => (b.maxRelError > a.maxRelError ? b : a));
    expect(worst.name).toBe('rnn.bias_hh_l0');
    expect(worst.maxRelError).toBeCloseTo(relativeError(1.1, 1), 4);
    expect(worst.checked).toBe(4);
    expect(worst.analytic / worst.numeric).toBeCloseTo(1.1, 5);
  });

  it('relative error is |a - n| / (|a| + |n|)', () => {
    expect(relativeError(1.1, 1)).toBeCloseTo(0.1 / 2.1, 15);
    expect(relativeError(0, 0)).toBe(0);
  });
});
