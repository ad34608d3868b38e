import { describe, expect, it } from 'vitest';
import { atTemperature, topK } from '../../../src/views/language-softmax/temperature.ts';

const softmax = (o: number[]) => {
  const m = Math.max(...o);
  const e = o.map((x) => Math.exp(x - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
};

describe('atTemperature', () => {
  it('equals softmax(o / T) computed from the scores directly', () => {
    const o = [2, 0.5, -1, 0.1];
    const p = softmax(o);
    for (const T of [0.5, 1, 2]) {
      const want = softmax(o.map((x) => x / T));
      const got = atTemperature(p, T);
      want.forEach((w, k) => expect(got[k]).toBeCloseTo(w, 12));
    }
  });
  it('orders the top tokens', () => {
    expect(topK([0.1, 0.5, 0.2, 0.2], 3)).toEqual([1, 2, 3]);
  });
});
