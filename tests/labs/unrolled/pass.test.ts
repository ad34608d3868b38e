import { describe, expect, it } from 'vitest';
import { clampPosition, initialPosition, lastPosition, passPosition } from '../../../src/labs/unrolled/pass.ts';

describe('the pass animation’s positions', () => {
  it('go forward through the steps, then back from the last one', () => {
    const T = 3;
    const seen = Array.from({ length: lastPosition(T) + 1 }, (_, p) => passPosition(p, T));
    expect(seen.map((s) => `${s.mode[0]}${s.currentStep + 1}`)).toEqual(['f1', 'f2', 'f3', 'b3', 'b2', 'b1']);
  });

  it('open where a link’s mode asks, and stay in range', () => {
    expect(passPosition(initialPosition('forward', 5), 5)).toEqual({ mode: 'forward', currentStep: 4 });
    expect(passPosition(initialPosition('backward', 5), 5)).toEqual({ mode: 'backward', currentStep: 0 });
    expect(clampPosition(99, 2)).toBe(3);
    expect(clampPosition(-4, 2)).toBe(0);
    // One step (one-to-one): forward, then backward at that step.
    expect([0, 1].map((p) => passPosition(p, 1))).toEqual([
      { mode: 'forward', currentStep: 0 },
      { mode: 'backward', currentStep: 0 },
    ]);
  });
});
