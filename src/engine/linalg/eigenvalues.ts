// All eigenvalues of a real general matrix: isolate what is already
// triangular, balance, reduce to Hessenberg form, then Francis' implicit
// double-shift QR iteration, which works in real arithmetic and finds complex
// conjugate pairs as 2 x 2 blocks. The iteration follows EISPACK hqr (as in
// JAMA's hqr2, eigenvalue part only).

import type { Eigenvalues } from '../api.ts';
import { balance, isolateEigenvalues, toHessenberg } from './hessenberg.ts';

/** Sweeps allowed per eigenvalue before giving up; EISPACK allows 30, the exceptional shifts below need a little more room. */
const MAX_ITERATIONS_PER_EIGENVALUE = 100;
const EPS = 2 ** -52;

/**
 * The n eigenvalues of the real n x n row-major matrix `a` (left unchanged),
 * sorted by descending modulus, then by descending angle in (-π, π], so a
 * conjugate pair comes out as (re, +im), (re, -im).
 * Throws if an entry is not finite or the QR iteration does not converge.
 */
export function eigenvalues(a: Float64Array, n: number): Eigenvalues {
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`eigenvalues: n: expected a non-negative integer, got ${String(n)}`);
  }
  if (a.length !== n * n) {
    throw new Error(`eigenvalues: expected ${n}x${n} = ${n * n} values, got ${a.length}`);
  }
  for (let k = 0; k < a.length; k++) {
    if (!Number.isFinite(a[k]!)) {
      throw new Error(
        `eigenvalues: expected finite entries, got ${String(a[k])} at (${Math.floor(k / n)}, ${k % n})`,
      );
    }
  }
  const full = Float64Array.from(a);
  const { low, high } = isolateEigenvalues(full, n);
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let i = 0; i < n; i++) if (i < low || i > high) re[i] = full[i * n + i]!;

  // The remaining block low..high goes through balancing, Hessenberg reduction and QR.
  const size = high - low + 1;
  if (size > 0) {
    const h = new Float64Array(size * size);
    for (let i = 0; i < size; i++) h.set(full.subarray((low + i) * n + low, (low + i) * n + low + size), i * size);
    balance(h, size);
    toHessenberg(h, size);
    hessenbergQr(h, size, re.subarray(low, high + 1), im.subarray(low, high + 1));
  }
  return sortEigenvalues(re, im);
}

/** Largest eigenvalue modulus. 0 for the empty matrix. */
export function spectralRadius(a: Float64Array, n: number): number {
  const { re, im } = eigenvalues(a, n);
  let rho = 0;
  for (let k = 0; k < n; k++) rho = Math.max(rho, Math.hypot(re[k]!, im[k]!));
  return rho;
}

/**
 * Francis double-shift QR on the upper Hessenberg matrix `h` (destroyed),
 * deflating from the bottom: a negligible subdiagonal entry splits off a
 * 1 x 1 block (a real eigenvalue) or a 2 x 2 block (a real or complex pair).
 */
function hessenbergQr(h: Float64Array, size: number, re: Float64Array, im: Float64Array): void {
  const at = (i: number, j: number): number => h[i * size + j]!;
  const set = (i: number, j: number, v: number): void => {
    h[i * size + j] = v;
  };

  let norm = 0;
  for (let i = 0; i < size; i++) {
    for (let j = Math.max(i - 1, 0); j < size; j++) norm += Math.abs(at(i, j));
  }

  let n = size - 1;
  let exshift = 0;
  let iter = 0;
  // Scratch scalars shared across the branches, named as in EISPACK hqr
  // (p, q, r carry the first reflector from the search loop into the sweep).
  let p = 0;
  let q = 0;
  let r = 0;
  let s: number;
  let z: number;
  let w: number;
  let x: number;
  let y: number;

  while (n >= 0) {
    // Find the lowest l with a negligible subdiagonal entry h[l][l-1]: the active block is l..n.
    let l = n;
    while (l > 0) {
      s = Math.abs(at(l - 1, l - 1)) + Math.abs(at(l, l));
      if (s === 0) s = norm;
      // An exact zero also counts (it matters when the whole matrix is zero, where s = norm = 0).
      const sub = Math.abs(at(l, l - 1));
      if (sub === 0 || sub < EPS * s) break;
      l--;
    }

    if (l === n) {
      // One real root.
      re[n] = at(n, n) + exshift;
      im[n] = 0;
      n--;
      iter = 0;
    } else if (l === n - 1) {
      // A 2 x 2 block: its two roots from the quadratic formula, written to avoid cancellation.
      w = at(n, n - 1) * at(n - 1, n);
      p = (at(n - 1, n - 1) - at(n, n)) / 2;
      q = p * p + w;
      z = Math.sqrt(Math.abs(q));
      x = at(n, n) + exshift;
      if (q >= 0) {
        z = p >= 0 ? p + z : p - z;
        re[n - 1] = x + z;
        re[n] = z !== 0 ? x - w / z : x + z;
        im[n - 1] = 0;
        im[n] = 0;
      } else {
        re[n - 1] = x + p;
        re[n] = x + p;
        im[n - 1] = z;
        im[n] = -z;
      }
      n -= 2;
      iter = 0;
    } else {
      if (iter >= MAX_ITERATIONS_PER_EIGENVALUE) {
        throw new Error(
          `eigenvalues: the QR iteration did not converge after ${MAX_ITERATIONS_PER_EIGENVALUE} sweeps (eigenvalue ${n + 1} of ${size})`,
        );
      }
      // The shift: eigenvalues of the trailing 2 x 2 block, through their sum x + y and product x y - w.
      x = at(n, n);
      y = at(n - 1, n - 1);
      w = at(n, n - 1) * at(n - 1, n);

      // Exceptional shifts break the cycles the standard shift can fall into
      // (e.g. on permutation matrices): Wilkinson's ad hoc shift ...
      if (iter % 20 === 10) {
        exshift += x;
        for (let i = 0; i <= n; i++) set(i, i, at(i, i) - x);
        s = Math.abs(at(n, n - 1)) + Math.abs(at(n - 1, n - 2));
        x = 0.75 * s;
        y = x;
        w = -0.4375 * s * s;
      }
      // ... and MATLAB's.
      if (iter % 20 === 0 && iter > 0) {
        s = (y - x) / 2;
        s = s * s + w;
        if (s > 0) {
          s = Math.sqrt(s);
          if (y < x) s = -s;
          s = x - w / ((y - x) / 2 + s);
          for (let i = 0; i <= n; i++) set(i, i, at(i, i) - s);
          exshift += s;
          x = 0.964;
          y = x;
          w = x;
        }
      }
      iter++;

      // Look for two consecutive small subdiagonal entries, so the sweep can start at m > l.
      let m = n - 2;
      while (m >= l) {
        z = at(m, m);
        r = x - z;
        s = y - z;
        p = (r * s - w) / at(m + 1, m) + at(m, m + 1);
        q = at(m + 1, m + 1) - z - r - s;
        r = at(m + 2, m + 1);
        s = Math.abs(p) + Math.abs(q) + Math.abs(r);
        p /= s;
        q /= s;
        r /= s;
        if (m === l) break;
        if (
          Math.abs(at(m, m - 1)) * (Math.abs(q) + Math.abs(r)) <
          EPS * (Math.abs(p) * (Math.abs(at(m - 1, m - 1)) + Math.abs(z) + Math.abs(at(m + 1, m + 1))))
        ) {
          break;
        }
        m--;
      }
      for (let i = m + 2; i <= n; i++) {
        set(i, i - 2, 0);
        if (i > m + 2) set(i, i - 3, 0);
      }

      // The double QR sweep on rows l..n and columns m..n: chase the bulge down with 3 x 3 reflectors.
      for (let k = m; k <= n - 1; k++) {
        const notLast = k !== n - 1;
        if (k !== m) {
          p = at(k, k - 1);
          q = at(k + 1, k - 1);
          r = notLast ? at(k + 2, k - 1) : 0;
          x = Math.abs(p) + Math.abs(q) + Math.abs(r);
          if (x === 0) continue;
          p /= x;
          q /= x;
          r /= x;
        }
        s = Math.sqrt(p * p + q * q + r * r);
        if (p < 0) s = -s;
        if (s === 0) continue;
        if (k !== m) set(k, k - 1, -s * x);
        else if (l !== m) set(k, k - 1, -at(k, k - 1));
        p += s;
        x = p / s;
        y = q / s;
        z = r / s;
        q /= p;
        r /= p;

        // Rows k..k+2 from the left ...
        for (let j = k; j < size; j++) {
          p = at(k, j) + q * at(k + 1, j);
          if (notLast) {
            p += r * at(k + 2, j);
            set(k + 2, j, at(k + 2, j) - p * z);
          }
          set(k, j, at(k, j) - p * x);
          set(k + 1, j, at(k + 1, j) - p * y);
        }
        // ... columns k..k+2 from the right.
        const last = Math.min(n, k + 3);
        for (let i = 0; i <= last; i++) {
          p = x * at(i, k) + y * at(i, k + 1);
          if (notLast) {
            p += z * at(i, k + 2);
            set(i, k + 2, at(i, k + 2) - p * r);
          }
          set(i, k, at(i, k) - p);
          set(i, k + 1, at(i, k + 1) - p * q);
        }
      }
    }
  }
}

function sortEigenvalues(re: Float64Array, im: Float64Array): Eigenvalues {
  const order = Array.from({ length: re.length }, (_, k) => k);
  const mod = (k: number): number => Math.hypot(re[k]!, im[k]!);
  const angle = (k: number): number => Math.atan2(im[k]!, re[k]!);
  order.sort((a, b) => mod(b) - mod(a) || angle(b) - angle(a) || a - b);
  return {
    re: Float64Array.from(order, (k) => re[k]!),
    im: Float64Array.from(order, (k) => im[k]!),
  };
}
