import { describe, expect, it } from 'vitest';
import { createLossChart, decimate, stepDomainMax } from '../../src/views/loss-chart/loss-chart.ts';

const series = (n: number) => ({
  length: n,
  step: Array.from({ length: n }, (_, k) => k + 1),
  loss: Array.from({ length: n }, (_, k) => 2 / (1 + k)),
});

describe('the step axis', () => {
  it('ends on the first rung at or above the last step', () => {
    expect(stepDomainMax(0)).toBe(10);
    expect(stepDomainMax(7)).toBe(10);
    expect(stepDomainMax(11)).toBe(15);
    expect(stepDomainMax(15)).toBe(15);
    expect(stepDomainMax(16)).toBe(20);
    expect(stepDomainMax(55)).toBe(60);
    expect(stepDomainMax(81)).toBe(100);
    expect(stepDomainMax(100)).toBe(100);
    expect(stepDomainMax(4_100)).toBe(5_000);
    expect(stepDomainMax(1_000_001)).toBe(1_500_000);
  });

  it('keeps the curve on at least two thirds of the width', () => {
    for (let s = 11; s < 100_000; s += 37) expect(s / stepDomainMax(s)).toBeGreaterThanOrEqual(2 / 3);
  });

  it('is not rebuilt while the run stays on a rung, and is when it climbs to the next', () => {
    const host = document.createElement('div');
    const chart = createLossChart(host, { logScale: false, theme: 'light', labels: { x: 'step', y: 'loss', empty: 'no data' } });
    chart.resize(600, 240);
    chart.update(series(42));
    const tick = () => host.querySelector('.loss-chart__axis .tick');
    const first = tick();
    expect(first).not.toBeNull();
    const ticksText = () => [...host.querySelectorAll('.loss-chart__axis')][0]?.textContent;
    const before = ticksText();
    chart.update(series(45));
    chart.update(series(50));
    expect(tick()).toBe(first);
    expect(ticksText()).toBe(before);
    chart.update(series(51));
    expect(ticksText()).not.toBe(before);
    chart.destroy();
  });
});

describe('decimate', () => {
  it('keeps each pixel column’s lowest and highest loss, in step order', () => {
    const s = { length: 8, step: [1, 2, 3, 4, 5, 6, 7, 8], loss: [5, 1, 9, 2, 3, 8, 0.5, 4] };
    expect(decimate(s, 2)).toEqual([
      [2, 1],
      [3, 9],
      [6, 8],
      [7, 0.5],
    ]);
  });

  it('drops losses that are not finite', () => {
    expect(decimate({ length: 3, step: [1, 2, 3], loss: [1, Number.NaN, Infinity] }, 10)).toEqual([[1, 1]]);
  });
});
