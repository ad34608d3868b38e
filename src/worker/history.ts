// Training curves in bounded memory. A small model does hundreds of updates
// between two frames and millions over an hour; a chart needs a few thousand
// points. Points go into buckets; when the buckets are full, neighbours are
// merged pairwise and each bucket then covers twice as many points. Memory
// stays fixed and the whole curve stays visible, at a coarser grain.

import type { LossChunk } from './protocol.ts';

/** A bucketed curve; the arrays are valid in [0, length) and must not be written by readers. */
export interface BucketSeries {
  readonly length: number;
  /** the last step in each bucket */
  readonly step: Float64Array;
  /** the mean loss over each bucket */
  readonly loss: Float64Array;
  /** the largest gradient norm in each bucket, so spikes survive merging */
  readonly gradNorm: Float64Array;
  push(step: number, loss: number, gradNorm: number): void;
  clear(): void;
}

export function createBucketSeries(capacity: number): BucketSeries {
  if (!Number.isInteger(capacity) || capacity < 2 || capacity % 2 !== 0) {
    throw new Error(`bucket capacity must be an even integer >= 2, got ${capacity}`);
  }
  const step = new Float64Array(capacity);
  const loss = new Float64Array(capacity);
  const gradNorm = new Float64Array(capacity);
  const count = new Float64Array(capacity);
  let length = 0;
  // points per bucket; the last bucket stays open until it holds `width`
  let width = 1;

  function mergePairs(): void {
    const half = length / 2;
    for (let k = 0; k < half; k++) {
      const a = 2 * k;
      const b = a + 1;
      const ca = count[a] ?? 0;
      const cb = count[b] ?? 0;
      step[k] = step[b] ?? 0;
      loss[k] = ((loss[a] ?? 0) * ca + (loss[b] ?? 0) * cb) / (ca + cb);
      gradNorm[k] = Math.max(gradNorm[a] ?? 0, gradNorm[b] ?? 0);
      count[k] = ca + cb;
    }
    length = half;
    width *= 2;
  }

  return {
    get length() {
      return length;
    },
    step,
    loss,
    gradNorm,
    push(s, l, g) {
      const open = length - 1;
      const n = open >= 0 ? (count[open] ?? 0) : width;
      if (n < width) {
        step[open] = s;
        loss[open] = (loss[open] ?? 0) + (l - (loss[open] ?? 0)) / (n + 1);
        gradNorm[open] = Math.max(gradNorm[open] ?? 0, g);
        count[open] = n + 1;
        return;
      }
      if (length === capacity) mergePairs();
      step[length] = s;
      loss[length] = l;
      gradNorm[length] = g;
      count[length] = 1;
      length++;
    },
    clear() {
      length = 0;
      width = 1;
    },
  };
}

/** Collects the curve between two frames; drain() hands over fresh arrays (to transfer) and starts again. */
export interface LossDecimator {
  push(step: number, loss: number, gradNorm: number): void;
  drain(): LossChunk;
  readonly size: number;
}

export function createLossDecimator(capacity = 64): LossDecimator {
  const series = createBucketSeries(capacity);
  return {
    push: (s, l, g) => series.push(s, l, g),
    drain() {
      const n = series.length;
      const chunk: LossChunk = {
        step: series.step.slice(0, n),
        loss: series.loss.slice(0, n),
        gradNorm: series.gradNorm.slice(0, n),
      };
      series.clear();
      return chunk;
    },
    get size() {
      return series.length;
    },
  };
}
