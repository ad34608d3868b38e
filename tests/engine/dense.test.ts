// The dense baseline's backward pass against central finite differences of its own loss.
import { describe, expect, it } from 'vitest';
import { createDense, createDenseTrainer, createRng, denseLossAndGradients } from '../../src/engine/index.ts';

describe('dense network (MLP)', () => {
  it('gradients match central finite differences for every weight', () => {
    const rng = createRng(3);
    const net = createDense({ inputSize: 5, hiddenSize: 4, outputSize: 3 }, rng);
    const x = Array.from({ length: 5 }, () => rng.normal());
    const y = Array.from({ length: 3 }, () => rng.normal());
    denseLossAndGradients(net, x, y);
    const g = net.g.slice();
    const eps = 1e-6;
    let worst = 0;
    for (let k = 0; k < net.w.length; k++) {
      const w0 = net.w[k] ?? 0;
      net.w[k] = w0 + eps;
      const up = denseLossAndGradients(net, x, y);
      net.w[k] = w0 - eps;
      const down = denseLossAndGradients(net, x, y);
      net.w[k] = w0;
      const numeric = (up - down) / (2 * eps);
      worst = Math.max(worst, Math.abs(numeric - (g[k] ?? 0)) / Math.max(1e-8, Math.abs(numeric) + Math.abs(g[k] ?? 0)));
    }
    expect(g.some((v) => v !== 0)).toBe(true);
    expect(worst).toBeLessThan(1e-6);
  });

  it('the loss is the mean squared error over the outputs (closed form for a zero network)', () => {
    const net = createDense({ inputSize: 2, hiddenSize: 3, outputSize: 2 }, createRng(1));
    net.w.fill(0);
    expect(denseLossAndGradients(net, [1, 2], [3, -1])).toBeCloseTo((9 + 1) / 2, 12);
  });

  it('Adam drives the loss on one sample towards zero', () => {
    const net = createDense({ inputSize: 3, hiddenSize: 8, outputSize: 2 }, createRng(2));
    const trainer = createDenseTrainer(net, { name: 'adam', lr: 0.01 });
    const first = trainer.train([0.5, -1, 2], [1, -1]);
    let last = first;
    for (let s = 0; s < 300; s++) last = trainer.train([0.5, -1, 2], [1, -1]);
    expect(trainer.step).toBe(301);
    expect(last).toBeLessThan(first / 100);
  });
});
