import { describe, expect, it } from 'vitest';
import { clipNormsData, clipStats, twinLossData, vectorStats, type ClipData } from '../../../src/views/gradients/clip/clip-data.ts';

function twins(norms: number[], unclipped: number[], tau = 1, diverged: number | null = null): ClipData {
  const curve = (g: number[]) => ({ step: g.map((_, k) => k + 1), loss: g.map(() => 1), gradNorm: g });
  return { tau, clipped: curve(norms), unclipped: curve(unclipped), clippedDiverged: null, unclippedDiverged: diverged, slice: null };
}

describe('the clipping comparison', () => {
  it('counts where clipping fired and never reports a norm above τ after it', () => {
    const d = twins([0.5, 2, 1, 30, 0.9], [0.5, 3, 80, 1e9], 1);
    const s = clipStats(d);
    expect(s).toEqual({ points: 5, fired: 2, maxBefore: 30, maxAfter: 1, maxUnclipped: 1e9 });
    const chart = clipNormsData(d, { threshold: 'τ', fired: 'fired' });
    expect(Array.from(chart.series['after']!.y)).toEqual([0.5, 1, 1, 1, 0.9]);
    // ticks sit at the updates (1-based), not at the array indices
    expect(Array.from(chart.ticks!.xs)).toEqual([2, 4]);
    expect(chart.hLines![0]!.value).toBe(1);
  });

  it('marks the update where the run without clipping diverged', () => {
    expect(twinLossData(twins([1], [1]), String).vLines).toEqual([]);
    const lines = twinLossData(twins([1], [1], 1, 7), (s) => `diverged at ${s}`).vLines!;
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ value: 7, label: 'diverged at 7' });
  });

  it('keeps the direction when clipping by norm and turns it when clipping each entry', () => {
    const v = vectorStats({ x: 30, y: 10 }, 2);
    expect(v.lengthBefore).toBeCloseTo(Math.sqrt(1000), 12);
    expect(v.lengthAfter).toBeCloseTo(2, 12);
    const atan = (Math.atan(1 / 3) * 180) / Math.PI;
    expect(v.angleBefore).toBeCloseTo(atan, 12);
    expect(v.angleAfter).toBeCloseTo(atan, 12);
    // both entries above τ: (2, 2), at 45°
    expect(v.byValue).toEqual({ x: 2, y: 2 });
    expect(v.angleByValue).toBeCloseTo(45, 12);
    // a gradient already inside the circle is left alone
    expect(vectorStats({ x: 0.3, y: 0.4 }, 1).after).toEqual({ x: 0.3, y: 0.4 });
  });
});
