import { describe, expect, it } from 'vitest';
import { project } from '../../../src/views/language-embedding/pca.ts';

describe('project (PCA)', () => {
  it('finds the axes of points spread along two known orthogonal directions, largest spread first', () => {
    const D = 4;
    const u = [1, 1, 0, 0].map((x) => x / Math.SQRT2);
    const v = [0, 0, 1, -1].map((x) => x / Math.SQRT2);
    // ±3 along u and ±1 along v around a centre c, uncorrelated: variance 9 along u, 1 along v
    const coords: [number, number][] = [[3, 1], [3, -1], [-3, 1], [-3, -1]];
    const c = [5, -2, 1, 0.5];
    const w = coords.flatMap(([a, b]) => c.map((ci, d) => ci + a * (u[d] ?? 0) + b * (v[d] ?? 0)));
    const p = project(w, D, [0, 1, 2, 3]);
    const dot = (x: ArrayLike<number>, y: number[]) => y.reduce((s, yi, d) => s + yi * (x[d] ?? 0), 0);
    expect(Math.abs(dot(p.axes[0], u))).toBeCloseTo(1, 6);
    expect(Math.abs(dot(p.axes[1], v))).toBeCloseTo(1, 6);
    // projections are the coordinates (up to the axes' signs)
    const s0 = Math.sign(dot(p.axes[0], u));
    const s1 = Math.sign(dot(p.axes[1], v));
    coords.forEach(([a, b], i) => {
      expect(p.xy[2 * i]).toBeCloseTo(s0 * a, 6);
      expect(p.xy[2 * i + 1]).toBeCloseTo(s1 * b, 6);
    });
  });

  it('keeps the signs of the previous projection, so the map does not flip between frames', () => {
    const w = [1, 0, -1, 0, 0, 0.5, 0, -0.5];
    const first = project(w, 2, [0, 1, 2, 3]);
    const flipped = { xy: first.xy, axes: [first.axes[0].map((x) => -x), first.axes[1].map((x) => -x)] as [Float64Array, Float64Array] };
    const again = project(w, 2, [0, 1, 2, 3], flipped);
    expect(again.axes[0][0]).toBeCloseTo(flipped.axes[0][0] ?? 0, 9);
    expect(again.xy[0]).toBeCloseTo(-(first.xy[0] ?? 0), 9);
  });
});
