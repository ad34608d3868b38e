import { describe, expect, it } from 'vitest';
import {
  clipByNorm,
  clipByValue,
  clipScale,
  clipTrace,
  gradientSlice,
} from '../../../src/engine/experiments/clip.ts';

describe('clipScale and clipTrace', () => {
  it('scales to the threshold only above it', () => {
    expect(clipScale(10, 2)).toBe(0.2);
    expect(clipScale(1, 2)).toBe(1);
    expect(() => clipScale(1, 0)).toThrow(/maxNorm/);
  });

  it('marks the points above the threshold and caps them at it', () => {
    const tr = clipTrace([0.5, 3, 1, Number.POSITIVE_INFINITY, 1.0], 1);
    expect(tr.fired).toEqual([1, 3]);
    expect(Array.from(tr.after.slice(0, 3))).toEqual([0.5, 1, 1]);
    expect(tr.after[3]).toBeNaN();
    // exactly at the threshold: not clipped (‖g‖ > τ is the condition)
    expect(tr.after[4]).toBe(1);
  });
});

describe('gradientSlice', () => {
  it('has the global norm as its length', () => {
    const norms = [3, 1, 2, 2];
    const v = gradientSlice(norms, (k) => k === 1 || k === 2);
    expect(v.x).toBeCloseTo(Math.sqrt(5), 12);
    expect(v.y).toBeCloseTo(Math.sqrt(13), 12);
    expect(Math.hypot(v.x, v.y)).toBeCloseTo(Math.hypot(...norms), 12);
  });
});

describe('clip by norm versus by value', () => {
  it('keeps the direction and caps the length when clipping by norm', () => {
    const v = { x: 6, y: 8 };
    const c = clipByNorm(v, 5);
    expect(Math.hypot(c.x, c.y)).toBeCloseTo(5, 12);
    // parallel: zero cross product, positive dot product
    expect(c.x * v.y - c.y * v.x).toBeCloseTo(0, 12);
    expect(c.x * v.x + c.y * v.y).toBeGreaterThan(0);
    expect(clipByNorm({ x: 0.3, y: 0.4 }, 5)).toEqual({ x: 0.3, y: 0.4 });
  });

  it('turns the direction when clipping each entry', () => {
    const c = clipByValue({ x: 6, y: 0.5 }, 1);
    expect(c).toEqual({ x: 1, y: 0.5 });
    expect(Math.atan2(c.y, c.x)).not.toBeCloseTo(Math.atan2(0.5, 6), 2);
    expect(clipByValue({ x: -3, y: 0.2 }, 1)).toEqual({ x: -1, y: 0.2 });
  });
});
