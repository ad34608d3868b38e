import { describe, expect, it } from 'vitest';
import {
  formatValue,
  gradientStrength,
  gradientWidth,
  legendStops,
  maxAbs,
  relativeLuminance,
  signedColor,
  unitColor,
} from '../../src/views/scales.ts';

function luminances(f: (v: number) => string, from: number, to: number, n = 41): number[] {
  return Array.from({ length: n }, (_, i) => relativeLuminance(f(from + ((to - from) * i) / (n - 1))));
}

describe('colour scales', () => {
  it('signed values get brighter from −1 to 1 (readable in greyscale)', () => {
    const l = luminances((v) => signedColor(v), -1, 1);
    for (let i = 1; i < l.length; i++) expect(l[i]).toBeGreaterThan(l[i - 1] ?? Infinity);
    expect((l[l.length - 1] ?? 0) - (l[0] ?? 0)).toBeGreaterThan(0.5);
  });

  it('values in [0, 1] get brighter from 0 to 1', () => {
    const l = luminances(unitColor, 0, 1);
    for (let i = 1; i < l.length; i++) expect(l[i]).toBeGreaterThan(l[i - 1] ?? Infinity);
  });

  it('clamps out-of-range values and scales by the extent', () => {
    expect(signedColor(5)).toBe(signedColor(1));
    expect(signedColor(-3)).toBe(signedColor(-1));
    expect(signedColor(2, 4)).toBe(signedColor(0.5));
    expect(unitColor(1.5)).toBe(unitColor(1));
  });

  it('legend stops run from the dark end to the bright end', () => {
    const stops = legendStops('signed', 5);
    expect(stops.map((s) => s.offset)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(stops[0]?.color).toBe(signedColor(-1));
    expect(stops[4]?.color).toBe(signedColor(1));
  });
});

describe('gradient encoding', () => {
  it('grows with the norm, is zero for no gradient and never divides by zero', () => {
    expect(gradientStrength(0, 2)).toBe(0);
    expect(gradientStrength(2, 2)).toBe(1);
    expect(gradientStrength(0.5, 2)).toBeLessThan(gradientStrength(1, 2));
    expect(gradientStrength(1, 0)).toBe(0);
    expect(gradientWidth(1)).toBeGreaterThan(gradientWidth(0.2));
  });

  it('finds the largest magnitude', () => {
    expect(maxAbs([0.5, -3, 2])).toBe(3);
    expect(maxAbs([])).toBeGreaterThan(0);
  });
});

describe('formatValue', () => {
  it('uses a true minus sign and never prints −0.00', () => {
    expect(formatValue(-0.4)).toBe('−0.40');
    expect(formatValue(0.123)).toBe('0.12');
    expect(formatValue(-0.001)).toBe('0.00');
    expect(formatValue(Number.NaN)).toBe('–');
    expect(formatValue(0.5, 3)).toBe('0.500');
  });
});
