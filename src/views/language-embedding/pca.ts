// The first two principal components of a few embedding rows, for a 2-D map
// that can be redrawn every animation frame: centre the rows, form the D × D
// covariance, and find its two leading eigenvectors by power iteration with
// deflation. D is small (16), so this is a few thousand operations. An
// eigenvector's sign is arbitrary; each is flipped to agree with the previous
// frame's, so the map drifts instead of jumping in mirror image.

export interface Projection {
  /** [x0, y0, x1, y1, ...] for the rows, in order */
  readonly xy: Float64Array;
  /** the two unit axes, D numbers each */
  readonly axes: [Float64Array, Float64Array];
}

const ITERATIONS = 60;

function leading(cov: Float64Array, D: number, start: Float64Array): Float64Array {
  let v = start.slice();
  let norm = Math.hypot(...v);
  if (!(norm > 0)) {
    v = new Float64Array(D).fill(1);
    norm = Math.sqrt(D);
  }
  for (let d = 0; d < D; d++) v[d] = (v[d] ?? 0) / norm;
  const w = new Float64Array(D);
  for (let it = 0; it < ITERATIONS; it++) {
    for (let i = 0; i < D; i++) {
      let s = 0;
      for (let j = 0; j < D; j++) s += (cov[i * D + j] ?? 0) * (v[j] ?? 0);
      w[i] = s;
    }
    const n = Math.hypot(...w);
    if (!(n > 0)) break;
    for (let d = 0; d < D; d++) v[d] = (w[d] ?? 0) / n;
  }
  return v;
}

/**
 * Projects `rows` (row ids into the row-major table `w` of width D) on their
 * first two principal components. `previous` keeps the signs steady.
 */
export function project(w: ArrayLike<number>, D: number, rows: readonly number[], previous: Projection | null = null): Projection {
  const n = rows.length;
  const mean = new Float64Array(D);
  for (const r of rows) for (let d = 0; d < D; d++) mean[d] = (mean[d] ?? 0) + (w[r * D + d] ?? 0) / n;
  const cov = new Float64Array(D * D);
  for (const r of rows) {
    for (let i = 0; i < D; i++) {
      const a = (w[r * D + i] ?? 0) - (mean[i] ?? 0);
      for (let j = 0; j < D; j++) cov[i * D + j] = (cov[i * D + j] ?? 0) + (a * ((w[r * D + j] ?? 0) - (mean[j] ?? 0))) / n;
    }
  }
  const seed1 = previous?.axes[0] ?? Float64Array.from({ length: D }, (_, d) => 1 + d / D);
  const a1 = leading(cov, D, seed1);
  // deflate: remove the first component's variance, then find the second
  let lambda = 0;
  for (let i = 0; i < D; i++) for (let j = 0; j < D; j++) lambda += (a1[i] ?? 0) * (cov[i * D + j] ?? 0) * (a1[j] ?? 0);
  for (let i = 0; i < D; i++) for (let j = 0; j < D; j++) cov[i * D + j] = (cov[i * D + j] ?? 0) - lambda * (a1[i] ?? 0) * (a1[j] ?? 0);
  const seed2 = previous?.axes[1] ?? Float64Array.from({ length: D }, (_, d) => (d % 2 === 0 ? 1 : -1) * (1 + d / D));
  const a2 = leading(cov, D, seed2);
  const axes: [Float64Array, Float64Array] = [a1, a2];
  if (previous) {
    axes.forEach((a, k) => {
      let dot = 0;
      for (let d = 0; d < D; d++) dot += (a[d] ?? 0) * (previous.axes[k]?.[d] ?? 0);
      if (dot < 0) for (let d = 0; d < D; d++) a[d] = -(a[d] ?? 0);
    });
  }
  const xy = new Float64Array(2 * n);
  rows.forEach((r, i) => {
    let x = 0;
    let y = 0;
    for (let d = 0; d < D; d++) {
      const c = (w[r * D + d] ?? 0) - (mean[d] ?? 0);
      x += c * (a1[d] ?? 0);
      y += c * (a2[d] ?? 0);
    }
    xy[2 * i] = x;
    xy[2 * i + 1] = y;
  });
  return { xy, axes };
}
