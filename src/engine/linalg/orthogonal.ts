// Haar-random orthogonal matrices: the Q of a Gaussian matrix's QR
// decomposition, with the signs fixed so that R has a positive diagonal.
// Without that correction Q is not uniformly distributed (Mezzadri 2007,
// "How to generate random matrices from the classical compact groups").

import type { Rng } from '../api.ts';

/** A uniformly (Haar) distributed n x n orthogonal matrix, row-major. Draws n² normals, row by row. */
export function orthogonal(n: number, rng: Rng): Float64Array {
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(`orthogonal: n: expected a positive integer, got ${String(n)}`);
  }
  const a = new Float64Array(n * n);
  for (let k = 0; k < a.length; k++) a[k] = rng.normal();

  // Householder QR in place: reflector k maps column k (rows k..n-1) onto alpha e_k.
  const vs: Float64Array[] = [];
  const signs = new Float64Array(n);
  for (let k = 0; k < n - 1; k++) {
    let sq = 0;
    for (let i = k; i < n; i++) sq += a[i * n + k]! ** 2;
    const x0 = a[k * n + k]!;
    // alpha takes the sign opposite to x0 so v = x - alpha e_k does not cancel.
    const alpha = x0 >= 0 ? -Math.sqrt(sq) : Math.sqrt(sq);
    const v = new Float64Array(n - k);
    for (let i = k; i < n; i++) v[i - k] = a[i * n + k]!;
    v[0] = x0 - alpha;
    let vv = 0;
    for (let i = 0; i < v.length; i++) vv += v[i]! ** 2;
    vs.push(v);
    signs[k] = alpha >= 0 ? 1 : -1;
    // A Gaussian column is zero with probability 0; then the identity stands in for the reflector.
    if (vv === 0) continue;
    // Apply I - 2 v vᵀ / (vᵀ v) to the remaining columns.
    for (let j = k + 1; j < n; j++) {
      let dot = 0;
      for (let i = k; i < n; i++) dot += v[i - k]! * a[i * n + j]!;
      const f = (2 * dot) / vv;
      for (let i = k; i < n; i++) a[i * n + j]! -= f * v[i - k]!;
    }
  }
  signs[n - 1] = a[(n - 1) * n + (n - 1)]! >= 0 ? 1 : -1;

  // Q = H_0 H_1 ... H_{n-2}, accumulated from the right end onto the identity.
  const q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) q[i * n + i] = 1;
  for (let k = n - 2; k >= 0; k--) {
    const v = vs[k]!;
    let vv = 0;
    for (let i = 0; i < v.length; i++) vv += v[i]! ** 2;
    if (vv === 0) continue;
    for (let j = 0; j < n; j++) {
      let dot = 0;
      for (let i = k; i < n; i++) dot += v[i - k]! * q[i * n + j]!;
      const f = (2 * dot) / vv;
      for (let i = k; i < n; i++) q[i * n + j]! -= f * v[i - k]!;
    }
  }
  // Q diag(sign(R_kk)): the QR factorisation whose R has a positive diagonal, which is unique.
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) q[i * n + j]! *= signs[j]!;
  }
  return q;
}
