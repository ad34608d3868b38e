import { describe, expect, it } from 'vitest';
import { compress, compressPoint, expand } from '../../../src/views/gradients/common/radial.ts';
import { formatNumber, formatTick, logTicks, pow10Label } from '../../../src/views/gradients/common/format.ts';

describe('the compressed radius', () => {
  it('puts the reference length halfway to the edge and anything huge near the edge', () => {
    expect(compress(1, 1, 100)).toBe(100);
    expect(compress(3, 1, 100)).toBe(150);
    expect(compress(0, 1, 100)).toBe(0);
    expect(compress(1e12, 1, 100)).toBeCloseTo(200, 8);
    expect(compress(Number.POSITIVE_INFINITY, 1, 100)).toBe(200);
  });

  it('is inverted by expand', () => {
    for (const r of [0.01, 0.5, 1, 7, 1e4]) expect(expand(compress(r, 2, 80), 2, 80)).toBeCloseTo(r, 8);
  });

  it('keeps the direction of a point', () => {
    const [x, y] = compressPoint(30, 40, 5, 100);
    expect(y / x).toBeCloseTo(4 / 3, 12);
    expect(Math.hypot(x, y)).toBeCloseTo(compress(50, 5, 100), 12);
    const [ix, iy] = compressPoint(Number.POSITIVE_INFINITY, 1, 1, 10);
    expect([ix, iy]).toEqual([20, 0]);
  });
});

describe('numbers in the charts and their text', () => {
  it('writes small and large numbers with powers of ten', () => {
    expect(formatNumber(0.8868)).toBe('0.8868');
    expect(formatNumber(1.5e-8)).toBe('1.5 × 10⁻⁸');
    expect(formatNumber(1e-15)).toBe('10⁻¹⁵');
    expect(formatNumber(-2.5e7)).toBe('−2.5 × 10⁷');
    expect(formatNumber(9.9996e-7)).toBe('10⁻⁶');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(Number.NaN)).toBe('–');
    expect(pow10Label(-3)).toBe('10⁻³');
    expect(formatTick(100, true)).toBe('10²');
  });

  it('thins log ticks to whole decades that fit', () => {
    expect(logTicks([1e-3, 10], 8)).toEqual([1e-3, 1e-2, 1e-1, 1, 10]);
    const wide = logTicks([1e-60, 1e5], 6);
    expect(wide.length).toBeLessThanOrEqual(6);
    for (const v of wide) expect(Math.log10(v) % 10).toBeCloseTo(0, 9);
  });
});
