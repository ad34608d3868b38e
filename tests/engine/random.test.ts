import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/engine/random.ts';

describe('createRng', () => {
  it('replays the same stream for the same seed and differs for another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = Array.from({ length: 100 }, () => a.next());
    const ys = Array.from({ length: 100 }, () => b.next());
    const zs = Array.from({ length: 100 }, () => c.next());
    expect(xs).toEqual(ys);
    expect(xs).not.toEqual(zs);
  });

  it('draws uniforms in [0, 1) with the right mean and normals with mean 0 and variance 1', () => {
    const r = createRng(7);
    const n = 200_000;
    let su = 0;
    let sn = 0;
    let sn2 = 0;
    for (let k = 0; k < n; k++) {
      const u = r.next();
      expect(u >= 0 && u < 1).toBe(true);
      su += u;
      const z = r.normal();
      sn += z;
      sn2 += z * z;
    }
    expect(su / n).toBeCloseTo(0.5, 2);
    expect(sn / n).toBeCloseTo(0, 2);
    expect(sn2 / n).toBeCloseTo(1, 1);
  });

  it('int covers its range uniformly and rejects a bad bound', () => {
    const r = createRng(1);
    const counts = [0, 0, 0, 0];
    for (let k = 0; k < 40_000; k++) counts[r.int(4)]! += 1;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
    expect(() => r.int(0)).toThrow(/positive integer/);
  });

  it('rejects a non-finite seed with a message naming it', () => {
    expect(() => createRng(Number.NaN)).toThrow(/seed/);
  });
});
