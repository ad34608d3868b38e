import { describe, expect, it } from 'vitest';
import { moduli, powerEigenvalues, powerVectorNorms } from '../../../src/engine/experiments/powering.ts';
import { eigenvalues } from '../../../src/engine/linalg.ts';
import { matmul } from '../../../src/engine/linalg.ts';

/** r times the rotation by θ: eigenvalues r e^{±iθ}. */
function scaledRotation(r: number, theta: number): Float64Array {
  const c = r * Math.cos(theta);
  const s = r * Math.sin(theta);
  return Float64Array.from([c, -s, s, c]);
}

describe('powerEigenvalues', () => {
  it('equals the eigenvalues of the explicit matrix power', () => {
    const w = Float64Array.from([0.9, 0.4, -0.3, 0.2, 0.5, 0.1, 0.3, -0.6, 0.7]);
    let wt: Float64Array = Float64Array.from([1, 0, 0, 0, 1, 0, 0, 0, 1]);
    for (let t = 0; t < 5; t++) wt = matmul(wt, w, 3, 3, 3);
    const direct = eigenvalues(wt, 3);
    const base = eigenvalues(w, 3);
    const powered = powerEigenvalues(base.re, base.im, 5);
    // Same multiset: compare sorted by (re, im).
    const key = (re: ArrayLike<number>, im: ArrayLike<number>): [number, number][] =>
      Array.from({ length: 3 }, (_, k): [number, number] => [re[k]!, im[k]!]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const a = key(direct.re, direct.im);
    const b = key(powered.re, powered.im);
    for (let k = 0; k < 3; k++) {
      expect(b[k]![0]).toBeCloseTo(a[k]![0], 9);
      expect(b[k]![1]).toBeCloseTo(a[k]![1], 9);
    }
  });

  it('turns a complex pair by tθ and scales it by r^t; 0^0 is 1', () => {
    const p = powerEigenvalues([0.5 * Math.cos(0.3), 0], [0.5 * Math.sin(0.3), 0], 4);
    expect(Math.hypot(p.re[0]!, p.im[0]!)).toBeCloseTo(0.0625, 12);
    expect(Math.atan2(p.im[0]!, p.re[0]!)).toBeCloseTo(1.2, 12);
    expect(p.re[1]).toBe(0);
    expect(powerEigenvalues([0], [0], 0).re[0]).toBe(1);
    expect(Array.from(moduli([3, 0], [4, -2]))).toEqual([5, 2]);
  });
});

describe('powerVectorNorms', () => {
  it('grows like r^t under a scaled rotation, whatever the start vector', () => {
    const norms = powerVectorNorms(scaledRotation(1.5, 0.7), 2, [0.3, -2], 40);
    for (const t of [0, 1, 10, 40]) expect(norms[t]! / 1.5 ** t).toBeCloseTo(1, 10);
  });

  it('follows sqrt(a^2t + b^2t)/sqrt(2) on diag(a, b) from (1, 1)', () => {
    const norms = powerVectorNorms([0.5, 0, 0, 2], 2, [1, 1], 300);
    for (const t of [1, 5, 300]) {
      const exact = Math.exp(0.5 * Math.log(0.25 ** t + 4 ** t) - 0.5 * Math.log(2));
      expect(norms[t]! / exact).toBeCloseTo(1, 10);
    }
    // 2^300 is 2e90: reached without overflow on the way, and 0.5^300 decays the same way.
    const down = powerVectorNorms([0.5, 0, 0, 0.5], 2, [1, 0], 300);
    expect(down[300]! / 0.5 ** 300).toBeCloseTo(1, 10);
  });

  it('drops to 0 on a nilpotent matrix and rejects a zero start', () => {
    const norms = powerVectorNorms([0, 1, 0, 0], 2, [0, 1], 3);
    expect(Array.from(norms)).toEqual([1, 1, 0, 0]);
    expect(() => powerVectorNorms([1, 0, 0, 1], 2, [0, 0], 3)).toThrow(/zero/);
  });
});
