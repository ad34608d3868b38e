// Numbers for the long-range memory views: recall accuracy against the
// number of distractors for three cells trained alike, and, for the longest
// sequence, the paths a gradient takes back through time in each of them.

import { MEMORY_CELLS, type MemoryCell } from '../../../engine/experiments/memory.ts';
import type { LineChartData } from '../common/line-chart.ts';

export { MEMORY_CELLS, type MemoryCell };

export interface MemoryPaths {
  /** the K the paths were measured at */
  k: number;
  /** ‖∏ diag(f)‖ over the last k steps: the LSTM's direct cell-state path */
  lstmForget: Float64Array;
  /** ‖∂c_T/∂c_t‖: every path through the LSTM's cell state */
  lstmCell: Float64Array;
  /** ‖∂h_T/∂h_t‖ of the vanilla net */
  rnn: Float64Array;
  /** ‖∂h_T/∂h_t‖ of the GRU */
  gru: Float64Array;
}

export interface MemoryData {
  ks: readonly number[];
  /** chance accuracy is 1/countries */
  countries: number;
  /** accuracy per cell, aligned with ks; NaN while not measured yet */
  accuracy: Readonly<Record<MemoryCell, readonly number[]>>;
  paths: MemoryPaths | null;
}

export function accuracyChartData(d: MemoryData, chanceLabel: string): LineChartData {
  const x = Float64Array.from(d.ks);
  return {
    series: {
      rnn: { x, y: d.accuracy.rnn },
      lstm: { x, y: d.accuracy.lstm },
      gru: { x, y: d.accuracy.gru },
    },
    // labelled on the left: on the right is where the curves fall to chance
    hLines: [{ id: 'chance', value: 1 / d.countries, label: chanceLabel, color: 'var(--muted)', dash: '2 4', labelAt: 'start' }],
  };
}

export function pathChartData(p: MemoryPaths): LineChartData {
  const x = Float64Array.from({ length: p.rnn.length }, (_, k) => k);
  return {
    series: {
      lstmForget: { x, y: p.lstmForget },
      lstmCell: { x, y: p.lstmCell },
      rnn: { x, y: p.rnn },
      gru: { x, y: p.gru },
    },
  };
}

/** The largest K each cell still recalls at ≥ `level` accuracy, or null. */
export function reach(ks: readonly number[], acc: readonly number[], level: number): number | null {
  let best: number | null = null;
  ks.forEach((k, i) => {
    const a = acc[i];
    if (a !== undefined && a >= level) best = best === null ? k : Math.max(best, k);
  });
  return best;
}

/** Index of the longest K at which all three cells have been scored, or −1 before the first full row. */
export function lastScored(d: MemoryData): number {
  let last = -1;
  d.ks.forEach((_k, i) => {
    if (MEMORY_CELLS.every((c) => Number.isFinite(d.accuracy[c][i]))) last = i;
  });
  return last;
}
