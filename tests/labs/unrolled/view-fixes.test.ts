// The changes the labs needed in the shared views: backward-pass equations,
// no empty contribution row, and bar strips that skip values already drawn.
import { describe, expect, it } from 'vitest';
import { unrolledEquations } from '../../../src/views/equations/tex.ts';
import { computeGeometry } from '../../../src/views/unrolled-graph/layout.ts';
import type { UnrolledFrame } from '../../../src/views/unrolled-graph/types.ts';
import { texNumber } from '../../../src/views/katex.ts';

function frame(withContrib: boolean): UnrolledFrame {
  const T = 3;
  const H = 2;
  const K = 2;
  return {
    steps: T,
    hiddenSize: H,
    inputSize: 2,
    outputSize: K,
    inputLabels: ['a', 'b', 'a'],
    outputLabels: ['A', 'B'],
    x: new Float64Array([1, 0, 0, 1, 1, 0]),
    h: new Float64Array([0.1, -0.2, 0.3, 0.4, -0.5, 0.6]),
    logits: new Float64Array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]),
    probs: new Float64Array([0.4, 0.6, 0.45, 0.55, 0.3, 0.7]),
    targets: [1, 0, 1],
    stepLoss: new Float64Array([0.51, 0.8, 0.36]),
    dLdh: new Float64Array([0.012, 0.034, 0.25]),
    whhContrib: withContrib ? new Float64Array([0, 0.021, 0.043]) : null,
  };
}

const texOf = (f: UnrolledFrame, mode: 'forward' | 'backward', step: number) =>
  unrolledEquations(f, { shape: 'many-to-many', cell: 'vanilla', currentStep: step, mode }).lines;

describe('the backward pass in the equations', () => {
  it('writes where ∂L/∂h_t comes from and its norm, first', () => {
    const lines = texOf(frame(true), 'backward', 1);
    expect(lines.map((l) => l.id).slice(0, 3)).toEqual(['dh', 'delta', 'dW']);
    const dh = lines[0]!.tex;
    expect(dh).toContain('W_{hy}^{\\top}(\\hat y_{2} - y_{2})');
    expect(dh).toContain('W_{hh}^{\\top}\\,\\delta_{3}');
    expect(dh).toContain(texNumber(0.034, 3));
    expect(lines[2]!.tex).toContain(texNumber(0.021, 3));
  });

  it('has no later step to receive from at the last step, and h_0 = 0 at the first', () => {
    const last = texOf(frame(true), 'backward', 2)[0]!.tex;
    expect(last).not.toContain('\\delta_{4}');
    const first = texOf(frame(false), 'backward', 0);
    expect(first.find((l) => l.id === 'dW')?.tex).toContain('h_0 = 0');
    expect(first.find((l) => l.id === 'dW')?.tex).not.toContain('\\big\\|');
  });

  it('sums every step’s loss when going backward, only those computed so far going forward', () => {
    const total = (mode: 'forward' | 'backward') => texOf(frame(false), mode, 0).find((l) => l.id === 'total')?.tex ?? '';
    expect(total('forward')).toMatch(/= 0\.51$/);
    expect(total('backward')).toMatch(/= 1\.67$/);
    expect(texOf(frame(false), 'forward', 1).some((l) => l.id === 'dh')).toBe(false);
  });
});

describe('the contribution row', () => {
  it('takes space only when the frames have contributions to draw', () => {
    const cfg = { shape: 'many-to-many', cell: 'vanilla', steps: 5, mode: 'backward', rolled: false } as const;
    expect(computeGeometry(cfg, 900).contrib).not.toBeNull();
    const without = computeGeometry({ ...cfg, contrib: false }, 900);
    expect(without.contrib).toBeNull();
    expect(without.height).toBe(computeGeometry({ ...cfg, mode: 'forward' }, 900).height);
  });
});
