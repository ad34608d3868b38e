import { describe, expect, it } from 'vitest';
import { eigenCounts, modulusKind, powersChartData, startVector, type EigenData } from '../../../src/views/gradients/eigen/eigen-data.ts';

function diag(values: number[]): EigenData {
  const n = values.length;
  const w = new Float64Array(n * n);
  values.forEach((v, i) => (w[i * n + i] = v));
  return { re: Float64Array.from(values), im: new Float64Array(n), rho: Math.max(...values.map(Math.abs)), w, hiddenSize: n };
}

describe('the eigenvalue view', () => {
  it('counts the directions that grow, shrink and keep their length, with rounding on the circle counted as on it', () => {
    expect(modulusKind(1 + 1e-15)).toBe('keep');
    expect(modulusKind(1 - 1e-12)).toBe('keep');
    expect(modulusKind(1.001)).toBe('grow');
    expect(modulusKind(0.999)).toBe('shrink');
    // a rotation by 90° scaled by 0.5: λ = ±0.5i; plus 2 and 1
    const d: EigenData = { re: Float64Array.from([0, 0, 2, 1]), im: Float64Array.from([0.5, -0.5, 0, 0]), rho: 2, w: new Float64Array(16), hiddenSize: 4 };
    expect(eigenCounts(d)).toEqual({ grow: 1, shrink: 2, keep: 1, minModulus: 0.5 });
  });

  it('draws ρ^t, the smallest |λ|^t, and ‖W^t x‖/‖x‖ as the closed form gives it for a diagonal W', () => {
    const d = diag([1.5, 0.5, -0.8]);
    const chart = powersChartData(d, 30, 7, 't = 7');
    const x = startVector(3);
    const norm0 = Math.hypot(x[0]!, x[1]!, x[2]!);
    for (const t of [0, 1, 10, 30]) {
      expect(chart.series['largest']!.y[t]).toBeCloseTo(1.5 ** t, 6);
      expect(chart.series['smallest']!.y[t]).toBeCloseTo(0.5 ** t, 12);
      // W^t x = (1.5^t x₀, 0.5^t x₁, (−0.8)^t x₂)
      const exact = Math.hypot(1.5 ** t * x[0]!, 0.5 ** t * x[1]!, (-0.8) ** t * x[2]!) / norm0;
      expect(chart.series['measured']!.y[t]! / exact).toBeCloseTo(1, 10);
    }
    expect(chart.vLines?.[0]?.value).toBe(7);
  });

  it('leaves out the measured curve when W is not there', () => {
    const d = { ...diag([0.5, 0.5]), w: new Float64Array(0) };
    expect(powersChartData(d, 5, 1, '').series['measured']).toBeUndefined();
  });
});
