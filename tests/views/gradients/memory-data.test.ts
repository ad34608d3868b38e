import { describe, expect, it } from 'vitest';
import { accuracyChartData, lastScored, reach, type MemoryData } from '../../../src/views/gradients/memory/memory-data.ts';

const N = Number.NaN;
const data = (rnn: number[], lstm: number[], gru: number[]): MemoryData => ({ ks: [2, 5, 10, 20], countries: 4, accuracy: { rnn, lstm, gru }, paths: null });

describe('the memory views', () => {
  it('finds the longest K all three cells have been scored at', () => {
    expect(lastScored(data([N, N, N, N], [N, N, N, N], [N, N, N, N]))).toBe(-1);
    expect(lastScored(data([1, 0.9, N, N], [1, 1, N, N], [1, N, N, N]))).toBe(0);
    expect(lastScored(data([1, 0.9, 0.3, 0.25], [1, 1, 1, 0.6], [1, 1, 1, 1]))).toBe(3);
  });

  it('reports the longest gap recalled at the level, or none', () => {
    expect(reach([2, 5, 10, 20], [1, 0.95, 0.3, 0.25], 0.9)).toBe(5);
    expect(reach([2, 5, 10, 20], [0.3, 0.25, N, N], 0.9)).toBeNull();
    expect(reach([2, 5, 10, 20], [1, 0.5, 0.92, 0.2], 0.9)).toBe(10);
  });

  it('draws chance at 1 / countries', () => {
    const chart = accuracyChartData(data([1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]), 'chance');
    expect(chart.hLines?.[0]?.value).toBe(0.25);
    expect(Array.from(chart.series['lstm']!.x)).toEqual([2, 5, 10, 20]);
  });
});
