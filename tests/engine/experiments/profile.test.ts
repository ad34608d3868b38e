import { describe, expect, it } from 'vitest';
import { byDistance, decayRatio, referenceLine, regimeOf } from '../../../src/engine/experiments/profile.ts';

describe('byDistance', () => {
  it('puts the last step in use at distance 0 and ignores spare capacity', () => {
    const perStep = [10, 20, 30, 40, 999];
    expect(Array.from(byDistance(perStep, 4))).toEqual([40, 30, 20, 10]);
    expect(byDistance(perStep, 0).length).toBe(0);
  });
});

describe('referenceLine', () => {
  it('is start · ρ^k', () => {
    const r = referenceLine(1.5, 2, 4);
    expect(Array.from(r)).toEqual([2, 3, 4.5, 6.75]);
  });
});

describe('regimeOf', () => {
  it('names vanishing below 1, exploding above, stable near 1', () => {
    expect(regimeOf(0.5)).toBe('vanishing');
    expect(regimeOf(1.5)).toBe('exploding');
    expect(regimeOf(1.01)).toBe('stable');
    expect(regimeOf(0.97)).toBe('vanishing');
    expect(regimeOf(Number.NaN)).toBeNull();
  });
});

describe('decayRatio', () => {
  it('compares the far end with distance 0', () => {
    expect(decayRatio([4, 2, 1], 2)).toBe(0.25);
    expect(decayRatio([0, 2], 1)).toBeNaN();
    expect(decayRatio([1, 2], 5)).toBeNaN();
  });
});
