import { describe, expect, it } from 'vitest';
import { chainRows, factorChartData, meanFactor, stepFactors, type ChainData } from '../../../src/views/gradients/chain/chain-data.ts';

const data = (dhTdh: number[], slope = 0.8, rho = 1.25): ChainData => ({ slopeName: 'tanh', slope, rho, dhTdh: Float64Array.from(dhTdh) });

describe('the derivative chain', () => {
  it('tabulates 0.25ⁿ, s̄ⁿ and (ρ s̄)ⁿ for n = 1, 2, 4, 8, 16, 50 as in the notes', () => {
    const rows = chainRows(data([], 0.8, 1.25));
    expect(rows.map((r) => r.n)).toEqual([1, 2, 4, 8, 16, 50]);
    // 0.25ⁿ = 2^(−2n): exact in floating point
    expect(rows.map((r) => r.sigmoid)).toEqual([2 ** -2, 2 ** -4, 2 ** -8, 2 ** -16, 2 ** -32, 2 ** -100]);
    expect(rows[5]!.sigmoid).toBeCloseTo(7.888609052210118e-31, 45);
    expect(rows[2]!.slope).toBeCloseTo(0.4096, 15);
    // ρ s̄ = 1: the product neither grows nor shrinks
    for (const r of rows) expect(r.slopeTimesRho).toBeCloseTo(1, 12);
  });

  it('reads the factor each step back applied off the profile', () => {
    expect(Array.from(stepFactors([4, 2, 1, 0.25]))).toEqual([0.5, 0.5, 0.25]);
    // a zero or non-finite norm gives no factor rather than 0 or Infinity
    const gaps = stepFactors([1, 0, 3, Number.POSITIVE_INFINITY]);
    expect(gaps[0]).toBe(0);
    expect(gaps[1]).toBeNaN();
    expect(gaps[2]).toBeNaN();
    expect(stepFactors([])).toHaveLength(0);
  });

  it('averages the factors geometrically and draws 1 and ρ·s̄ beside them', () => {
    // 8 → 1 in three steps: a factor of exactly 1/2 per step on average, though no single step was 1/2
    expect(meanFactor(data([8, 2, 1.5, 1]))).toBeCloseTo(0.5, 12);
    const chart = factorChartData(data([8, 4, 2]), { one: '1', rhoSlope: 'ρ s̄' });
    expect(Array.from(chart.series['factor']!.x)).toEqual([1, 2]);
    expect(Array.from(chart.series['factor']!.y)).toEqual([0.5, 0.5]);
    expect(chart.hLines?.map((l) => l.value)).toEqual([1, 1]);
  });
});
