// fastExp, fastTanh and fastSigmoid against the JavaScript engine's Math
// functions, over the whole range a network meets and at the edges.

import { describe, expect, it } from 'vitest';
import { fastExp, fastSigmoid, fastTanh } from '../../src/engine/fastmath.ts';
import { createRng } from '../../src/engine/random.ts';

const ULP = 2 ** -52;

/** x spread over [lo, hi]: evenly, plus random points */
function points(lo: number, hi: number, n: number): number[] {
  const rng = createRng(7);
  const even = Array.from({ length: n }, (_, k) => lo + ((hi - lo) * k) / (n - 1));
  return even.concat(Array.from({ length: n }, () => lo + (hi - lo) * rng.next()));
}

describe('fastExp', () => {
  it('is within 3 units in the last place of Math.exp from -708 to 709', () => {
    let worst = 0;
    for (const x of points(-708, 709, 200_000).concat(points(-1, 1, 100_000))) {
      const want = Math.exp(x);
      worst = Math.max(worst, Math.abs(fastExp(x) - want) / want);
    }
    expect(worst).toBeLessThanOrEqual(3 * ULP);
    // and it is not Math.exp itself: some results differ in the last bits
    expect(points(-5, 5, 1000).some((x) => fastExp(x) !== Math.exp(x))).toBe(true);
  });

  it('is exact where e^x is: e^0 = 1', () => {
    expect(fastExp(0)).toBe(1);
    expect(fastExp(-0)).toBe(1);
  });

  it('hands the edges to Math.exp: underflow, overflow, infinities, NaN', () => {
    for (const x of [-708, -720, -745, -746, -1e4, 709, 709.7, 710, 1e4, -Infinity, Infinity]) expect(fastExp(x)).toBe(Math.exp(x));
    expect(fastExp(NaN)).toBeNaN();
  });
});

describe('fastTanh and fastSigmoid', () => {
  it('are within 4.5·10⁻¹⁶ of Math.tanh and of 1 / (1 + Math.exp(-x))', () => {
    let tanhWorst = 0;
    let sigmoidWorst = 0;
    for (const x of points(-30, 30, 100_000).concat(points(-1e-3, 1e-3, 10_000))) {
      tanhWorst = Math.max(tanhWorst, Math.abs(fastTanh(x) - Math.tanh(x)));
      sigmoidWorst = Math.max(sigmoidWorst, Math.abs(fastSigmoid(x) - 1 / (1 + Math.exp(-x))));
    }
    expect(tanhWorst).toBeLessThanOrEqual(4.5e-16);
    expect(sigmoidWorst).toBeLessThanOrEqual(4.5e-16);
  });

  it('saturate exactly and keep the odd and complementary symmetries', () => {
    for (const x of [20, 400, 1e6, Infinity]) {
      expect(fastTanh(x)).toBe(1);
      expect(fastTanh(-x)).toBe(-1);
      expect(fastSigmoid(-x)).toBeLessThan(3e-9);
    }
    expect(fastSigmoid(-Infinity)).toBe(0);
    expect(fastSigmoid(Infinity)).toBe(1);
    expect(fastTanh(0)).toBe(0);
    expect(fastSigmoid(0)).toBe(0.5);
    for (const x of points(-10, 10, 1000)) {
      expect(Math.abs(fastTanh(x) + fastTanh(-x))).toBeLessThanOrEqual(4.5e-16);
      expect(Math.abs(fastSigmoid(x) + fastSigmoid(-x) - 1)).toBeLessThanOrEqual(4.5e-16);
    }
  });

  it('return NaN for NaN: a diverged run is reported, not hidden', () => {
    expect(fastTanh(NaN)).toBeNaN();
    expect(fastSigmoid(NaN)).toBeNaN();
  });
});
