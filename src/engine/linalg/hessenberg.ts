// The preparation steps before the QR iteration: isolating eigenvalues that
// can be read off the diagonal, balancing (so that
// rounding errors are relative to the matrix's real scale, not to one huge
// row) and the similarity reduction to upper Hessenberg form (so one QR sweep
// costs O(n²) instead of O(n³)). Both preserve the eigenvalues.

const RADIX = 2;

/**
 * Permutes the n x n row-major matrix in place (P A Pᵀ, a similarity) into
 * block upper triangular form [[T₁, ·, ·], [0, B, ·], [0, 0, T₂]] with T₁, T₂
 * upper triangular, and returns B's index range [low, high]. The diagonal
 * entries outside B are eigenvalues, exact; only B needs the QR iteration.
 * This is the permutation step of EISPACK balanc: it makes triangular and
 * nearly triangular matrices, whose eigenvalues can be extremely sensitive
 * to rounding, come out exact.
 */
export function isolateEigenvalues(h: Float64Array, n: number): { low: number; high: number } {
  let low = 0;
  let high = n - 1;
  // A row that is zero left of the diagonal within 0..high (apart from its diagonal) moves to `high`.
  let found = true;
  while (found && high > low) {
    found = false;
    for (let j = high; j >= low; j--) {
      let zero = true;
      for (let i = low; i <= high && zero; i++) if (i !== j && h[j * n + i] !== 0) zero = false;
      if (zero) {
        swapIndices(h, n, j, high);
        high--;
        found = true;
        break;
      }
    }
  }
  // A column that is zero within low..high (apart from its diagonal) moves to `low`.
  found = true;
  while (found && high > low) {
    found = false;
    for (let j = low; j <= high; j++) {
      let zero = true;
      for (let i = low; i <= high && zero; i++) if (i !== j && h[i * n + j] !== 0) zero = false;
      if (zero) {
        swapIndices(h, n, j, low);
        low++;
        found = true;
        break;
      }
    }
  }
  return { low, high };
}

/** Swaps rows j, k and columns j, k: a similarity transform. */
function swapIndices(h: Float64Array, n: number, j: number, k: number): void {
  if (j === k) return;
  for (let c = 0; c < n; c++) {
    const t = h[j * n + c]!;
    h[j * n + c] = h[k * n + c]!;
    h[k * n + c] = t;
  }
  for (let r = 0; r < n; r++) {
    const t = h[r * n + j]!;
    h[r * n + j] = h[r * n + k]!;
    h[r * n + k] = t;
  }
}
const MAX_BALANCE_SWEEPS = 200;

/**
 * Balances the n x n row-major matrix in place by a diagonal similarity
 * D⁻¹ A D with powers of two in D (exact in floating point), until the
 * off-diagonal row and column 1-norms of every index are within a factor of
 * two of each other (Parlett and Reinsch 1969, EISPACK balanc without the
 * permutation step).
 */
export function balance(h: Float64Array, n: number): void {
  const sqrdx = RADIX * RADIX;
  for (let sweep = 0; sweep < MAX_BALANCE_SWEEPS; sweep++) {
    let changed = false;
    for (let i = 0; i < n; i++) {
      let c = 0;
      let r = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        c += Math.abs(h[j * n + i]!);
        r += Math.abs(h[i * n + j]!);
      }
      // A zero row or column is already decoupled: scaling cannot help.
      if (c === 0 || r === 0) continue;
      const s = c + r;
      let f = 1;
      let g = r / RADIX;
      while (c < g) {
        f *= RADIX;
        c *= sqrdx;
      }
      g = r * RADIX;
      while (c > g) {
        f /= RADIX;
        c /= sqrdx;
      }
      if ((c + r) / f < 0.95 * s) {
        changed = true;
        const inv = 1 / f;
        for (let j = 0; j < n; j++) h[i * n + j]! *= inv;
        for (let j = 0; j < n; j++) h[j * n + i]! *= f;
      }
    }
    if (!changed) return;
  }
  // Balancing only improves accuracy; stopping early is safe.
}

/**
 * Reduces the n x n row-major matrix in place to upper Hessenberg form by
 * Householder similarity transforms (EISPACK orthes), then sets the entries
 * below the first subdiagonal to exact zeros.
 */
export function toHessenberg(h: Float64Array, n: number): void {
  const ort = new Float64Array(n);
  for (let m = 1; m < n - 1; m++) {
    // Scale the column to avoid under/overflow in the norm.
    let scale = 0;
    for (let i = m; i < n; i++) scale += Math.abs(h[i * n + m - 1]!);
    if (scale === 0) continue;

    let hh = 0;
    for (let i = n - 1; i >= m; i--) {
      const v = h[i * n + m - 1]! / scale;
      ort[i] = v;
      hh += v * v;
    }
    let g = Math.sqrt(hh);
    if (ort[m]! > 0) g = -g;
    hh -= ort[m]! * g;
    ort[m] = ort[m]! - g;

    // H = (I - u uᵀ / hh) H (I - u uᵀ / hh): first from the left ...
    for (let j = m; j < n; j++) {
      let f = 0;
      for (let i = n - 1; i >= m; i--) f += ort[i]! * h[i * n + j]!;
      f /= hh;
      for (let i = m; i < n; i++) h[i * n + j]! -= f * ort[i]!;
    }
    // ... then from the right.
    for (let i = 0; i < n; i++) {
      let f = 0;
      for (let j = n - 1; j >= m; j--) f += ort[j]! * h[i * n + j]!;
      f /= hh;
      for (let j = m; j < n; j++) h[i * n + j]! -= f * ort[j]!;
    }
    h[m * n + m - 1] = scale * g;
  }
  for (let i = 2; i < n; i++) {
    for (let j = 0; j < i - 1; j++) h[i * n + j] = 0;
  }
}
