// Bucketed curves: exact while small, merged pairwise when full.

import { describe, expect, it } from 'vitest';
import { createBucketSeries, createLossDecimator } from '../../src/worker/history.ts';

describe('bucket series', () => {
  it('keeps every point until full, then merges neighbours: last step, mean loss, largest gradient', () => {
    const s = createBucketSeries(4);
    [1, 2, 3, 4].forEach((k) => s.push(k, k, k === 2 ? 100 : 1));
    expect(s.length).toBe(4);
    s.push(5, 5, 1);
    expect(s.length).toBe(3);
    expect(Array.from(s.step.subarray(0, 3))).toEqual([2, 4, 5]);
    expect(Array.from(s.loss.subarray(0, 3))).toEqual([1.5, 3.5, 5]);
    expect(Array.from(s.gradNorm.subarray(0, 3))).toEqual([100, 1, 1]);
    // the open bucket now takes two points
    s.push(6, 7, 1);
    expect(s.length).toBe(3);
    expect(s.loss[2]).toBe(6);
    expect(s.step[2]).toBe(6);
  });

  it('rejects capacities it cannot halve', () => {
    expect(() => createBucketSeries(3)).toThrow(/even integer/);
  });
});

describe('loss decimator', () => {
  it('hands over fresh arrays and starts again at full resolution', () => {
    const d = createLossDecimator(8);
    for (let k = 1; k <= 100; k++) d.push(k, 1, 1);
    const a = d.drain();
    expect(a.step.length).toBeLessThanOrEqual(8);
    expect(a.step.at(-1)).toBe(100);
    expect(d.size).toBe(0);
    d.push(101, 2, 3);
    const b = d.drain();
    expect(Array.from(b.step)).toEqual([101]);
    expect(b.step.buffer).not.toBe(a.step.buffer);
  });
});
