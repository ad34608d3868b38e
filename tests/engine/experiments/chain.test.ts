import { describe, expect, it } from 'vitest';
import {
  CHAIN_LENGTHS,
  SIGMOID_MAX_SLOPE,
  chainTable,
  meanSlope,
  perStepFactor,
  slopeFromOutput,
} from '../../../src/engine/experiments/chain.ts';

const sigmoid = (a: number): number => 1 / (1 + Math.exp(-a));

/** Central finite difference of f at a. */
function fd(f: (a: number) => number, a: number, h = 1e-6): number {
  return (f(a + h) - f(a - h)) / (2 * h);
}

describe('slopeFromOutput', () => {
  it('matches finite differences of each activation at its pre-activation', () => {
    for (const a of [-2.5, -0.7, 0.1, 1.3]) {
      expect(slopeFromOutput('tanh', Math.tanh(a))).toBeCloseTo(fd(Math.tanh, a), 8);
      expect(slopeFromOutput('sigmoid', sigmoid(a))).toBeCloseTo(fd(sigmoid, a), 8);
      expect(slopeFromOutput('relu', Math.max(0, a))).toBe(a > 0 ? 1 : 0);
      expect(slopeFromOutput('identity', a)).toBe(1);
    }
  });

  it('gives the sigmoid its largest slope, 1/4, at a = 0', () => {
    expect(SIGMOID_MAX_SLOPE).toBe(0.25);
    expect(slopeFromOutput('sigmoid', sigmoid(0))).toBe(0.25);
    for (const a of [-3, -1, -0.1, 0.1, 1, 3]) expect(slopeFromOutput('sigmoid', sigmoid(a))).toBeLessThan(0.25);
  });
});

describe('meanSlope', () => {
  it('averages tanh slopes over the steps and units in use only', () => {
    // 2 steps x 2 units in use; the trailing 9 is capacity beyond `steps` and must be ignored.
    const h = [0, 0.5, -0.5, 1, 9];
    expect(meanSlope('tanh', h, 2, 2)).toBeCloseTo((1 + 0.75 + 0.75 + 0) / 4, 12);
    expect(meanSlope('tanh', h, 0, 2)).toBeNaN();
  });
});

describe('chainTable', () => {
  it('reproduces the numbers of the notes for 0.25^n', () => {
    const rows = chainTable(0.5, 2);
    expect(rows.map((r) => r.n)).toEqual([...CHAIN_LENGTHS]);
    const byN = new Map(rows.map((r) => [r.n, r]));
    expect(byN.get(2)!.sigmoid).toBe(0.0625);
    expect(byN.get(4)!.sigmoid).toBeCloseTo(0.00391, 5);
    // the notes truncate 1.5259e-5 to 0.0000152
    expect(byN.get(8)!.sigmoid / 1.5259e-5).toBeCloseTo(1, 3);
    expect(byN.get(16)!.sigmoid / 2.33e-10).toBeCloseTo(1, 2);
    // The notes' "7 × 10^-31" for n = 50 is 7.9e-31 rounded down.
    expect(byN.get(50)!.sigmoid / 7.8886e-31).toBeCloseTo(1, 3);
    // slope 0.5 and rho 2 cancel exactly in the last column.
    expect(byN.get(50)!.slopeTimesRho).toBe(1);
    expect(byN.get(8)!.slope).toBe(1 / 256);
  });
});

describe('perStepFactor', () => {
  it('recovers the ratio of a geometric profile', () => {
    const p = Array.from({ length: 30 }, (_, k) => 3 * 0.8 ** k);
    expect(perStepFactor(p)).toBeCloseTo(0.8, 12);
    expect(perStepFactor(p, 5, 20)).toBeCloseTo(0.8, 12);
  });

  it('stops at the first zero or non-finite entry, and needs two points', () => {
    const p = [1, 2, 4, 0, 100];
    expect(perStepFactor(p)).toBeCloseTo(2, 12);
    expect(perStepFactor([1, Number.POSITIVE_INFINITY])).toBeNaN();
    expect(perStepFactor([1])).toBeNaN();
  });
});
