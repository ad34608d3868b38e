import { describe, expect, it } from 'vitest';
import { profileChartData, summariseProfile, tableDistances, type ProfileData } from '../../../src/views/gradients/grad-profile/profile-data.ts';

// A profile that multiplies by exactly r per step back: what a linear net
// with W_hh = ρ·(orthogonal) gives, ‖∂h_T/∂h_t‖ = √H ρ^(T−t).
function geometric(r: number, n: number, start = 4): Float64Array {
  return Float64Array.from({ length: n }, (_, k) => start * r ** k);
}

function profile(r: number, rho = r, n = 50): ProfileData {
  return { steps: n, dLdh: geometric(r, n, 0.3), dhTdh: geometric(r, n), dcTdc: null, rho };
}

describe('the gradient profile', () => {
  it('names vanishing at ρ = 0.5 and exploding at ρ = 1.5 from the measured factor', () => {
    const v = summariseProfile(profile(0.5));
    expect(v.factor).toBeCloseTo(0.5, 12);
    expect(v.regime).toBe('vanishing');
    expect(v.far).toBe(49);
    // 4 · 0.5⁴⁹ = 2⁻⁴⁷
    expect(v.last).toBeCloseTo(2 ** -47, 25);
    expect(v.rhoFar).toBe(0.5 ** 49);
    const e = summariseProfile(profile(1.5));
    expect(e.factor).toBeCloseTo(1.5, 12);
    expect(e.regime).toBe('exploding');
    expect(e.last / e.first).toBeCloseTo(1.5 ** 49, 0);
    expect(summariseProfile(profile(1)).regime).toBe('stable');
  });

  it('measures the factor, not ρ: a tanh net at ρ = 1 whose slopes shrink each step is vanishing', () => {
    const s = summariseProfile(profile(0.9, 1));
    expect(s.regime).toBe('vanishing');
    expect(s.factor).toBeCloseTo(0.9, 12);
    expect(s.rhoFar).toBe(1);
  });

  it('draws the reference ρ^k from where ‖∂h_T/∂h_t‖ starts', () => {
    const d = { ...profile(0.8, 0.5), dhTdh: geometric(0.8, 20, 3) };
    const ref = profileChartData(d).series['ref']!;
    expect(ref.y[0]).toBe(3);
    expect(ref.y[10]).toBeCloseTo(3 * 0.5 ** 10, 15);
    expect(Array.from(ref.x)).toEqual(Array.from({ length: 20 }, (_, k) => k));
  });

  it('leaves out the series it has no numbers for', () => {
    const d: ProfileData = { ...profile(0.5), rho: Number.NaN, ghost: null };
    const series = profileChartData(d).series;
    expect(series['ref']).toBeUndefined();
    expect(series['dcTdc']).toBeUndefined();
    expect(series['ghost']).toBeUndefined();
    const withGhost = profileChartData({ ...d, ghost: geometric(2, 5) }).series['ghost']!;
    expect(Array.from(withGhost.y)).toEqual([4, 8, 16, 32, 64]);
  });

  it('picks table rows at round distances and always the farthest one', () => {
    expect(tableDistances(50)).toEqual([0, 1, 2, 5, 10, 20, 49]);
    expect(tableDistances(200)).toEqual([0, 1, 2, 5, 10, 20, 50, 100, 150, 199]);
    expect(tableDistances(3)).toEqual([0, 1, 2]);
    expect(tableDistances(0)).toEqual([]);
  });
});
