import { describe, expect, it } from 'vitest';
import { forgetPathNorms, meanGate } from '../../../src/engine/experiments/cell-path.ts';

describe('forgetPathNorms', () => {
  it('is f^k √H for a constant forget gate', () => {
    const steps = 6;
    const units = 4;
    const f = new Array<number>(steps * units).fill(0.9);
    const norms = forgetPathNorms(f, steps, units);
    for (let k = 0; k < steps; k++) expect(norms[k]).toBeCloseTo(0.9 ** k * 2, 12);
  });

  it('multiplies the gates of the last k steps, unit by unit', () => {
    // 3 steps x 2 units, rows are t = 0, 1, 2
    const f = [0.1, 0.2, 0.5, 1, 0.5, 0.25];
    const n = forgetPathNorms(f, 3, 2);
    expect(n[0]).toBeCloseTo(Math.SQRT2, 12);
    expect(n[1]).toBeCloseTo(Math.hypot(0.5, 0.25), 12);
    expect(n[2]).toBeCloseTo(Math.hypot(0.25, 0.25), 12);
    expect(() => forgetPathNorms([1], 3, 2)).toThrow(/3x2/);
  });
});

describe('meanGate', () => {
  it('averages over units per step', () => {
    expect(Array.from(meanGate([0.1, 0.3, 1, 0], 2, 2))).toEqual([0.2, 0.5]);
  });
});
