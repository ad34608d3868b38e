import { describe, expect, it } from 'vitest';
import { eigenvalues, matmul, orthogonal, spectralRadius, transpose } from '../../src/engine/linalg.ts';
import { createRng } from '../../src/engine/random.ts';

type Complex = [number, number];

/** Matches computed eigenvalues to expected ones, each used once (order-free). */
function expectSameSpectrum(a: Float64Array, n: number, expected: Complex[], tol: number): void {
  const { re, im } = eigenvalues(a, n);
  expect(re.length).toBe(n);
  const left = expected.slice();
  for (let k = 0; k < n; k++) {
    let best = -1;
    let bestDist = Infinity;
    left.forEach(([er, ei], j) => {
      const d = Math.hypot(re[k]! - er, im[k]! - ei);
      if (d < bestDist) {
        bestDist = d;
        best = j;
      }
    });
    expect(bestDist, `eigenvalue ${re[k]} + ${im[k]}i`).toBeLessThan(tol);
    left.splice(best, 1);
  }
}

/** Companion matrix of the monic polynomial with the given roots (real coefficients). */
function companionFromRoots(roots: Complex[]): Float64Array {
  // Expand prod (x - r) with complex arithmetic; the imaginary parts cancel for conjugate-closed roots.
  let coefRe = [1];
  let coefIm = [0];
  for (const [rr, ri] of roots) {
    const nextRe = new Array<number>(coefRe.length + 1).fill(0);
    const nextIm = new Array<number>(coefRe.length + 1).fill(0);
    for (let k = 0; k < coefRe.length; k++) {
      nextRe[k]! += coefRe[k]!;
      nextIm[k]! += coefIm[k]!;
      nextRe[k + 1]! -= coefRe[k]! * rr - coefIm[k]! * ri;
      nextIm[k + 1]! -= coefRe[k]! * ri + coefIm[k]! * rr;
    }
    coefRe = nextRe;
    coefIm = nextIm;
  }
  // x^n + c1 x^{n-1} + ... + cn: first row -c1 ... -cn, ones on the subdiagonal.
  const n = roots.length;
  const a = new Float64Array(n * n);
  for (let j = 0; j < n; j++) a[j] = -coefRe[j + 1]!;
  for (let i = 1; i < n; i++) a[i * n + i - 1] = 1;
  return a;
}

function gaussianMatrix(n: number, std: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n * n }, () => std * rng.normal());
}

describe('eigenvalues', () => {
  it('finds r e^{±iθ} for a rotation-scaling matrix', () => {
    for (const [r, theta] of [
      [1, 0.3],
      [2.5, 2],
      [0.1, -1.2],
      [3, Math.PI / 2],
    ] as const) {
      const a = Float64Array.of(r * Math.cos(theta), -r * Math.sin(theta), r * Math.sin(theta), r * Math.cos(theta));
      const { re, im } = eigenvalues(a, 2);
      const s = Math.abs(Math.sin(theta));
      // Sorted: equal moduli, positive angle first.
      expect(re[0]).toBeCloseTo(r * Math.cos(theta), 12);
      expect(im[0]).toBeCloseTo(r * s, 12);
      expect(re[1]).toBeCloseTo(r * Math.cos(theta), 12);
      expect(im[1]).toBeCloseTo(-r * s, 12);
    }
  });

  it('handles 1 x 1, the empty matrix and the zero matrix', () => {
    expect(Array.from(eigenvalues(Float64Array.of(-4.5), 1).re)).toEqual([-4.5]);
    expect(eigenvalues(new Float64Array(0), 0).re.length).toBe(0);
    expectSameSpectrum(new Float64Array(9), 3, [[0, 0], [0, 0], [0, 0]], 1e-15);
  });

  it('solves 3 x 3 matrices with real and with complex roots', () => {
    expectSameSpectrum(companionFromRoots([[1, 0], [2, 0], [3, 0]]), 3, [[1, 0], [2, 0], [3, 0]], 1e-10);
    expectSameSpectrum(companionFromRoots([[-1, 0], [0.5, 2], [0.5, -2]]), 3, [[-1, 0], [0.5, 2], [0.5, -2]], 1e-10);
  });

  it('finds the roots of companion matrices, complex and repeated ones included', () => {
    const cases: { roots: Complex[]; tol: number }[] = [
      { roots: [[1, 1], [1, -1], [-2, 0], [0.5, 0], [3, 0]], tol: 1e-9 },
      { roots: [[0, 2], [0, -2], [0, 1], [0, -1], [-1, 0.5], [-1, -0.5]], tol: 1e-9 },
      // A double and a triple root: perturbations of size ε^{1/m} are the best any method can do.
      { roots: [[2, 0], [2, 0], [-1, 0], [-1, 0], [-1, 0], [0.3, 0]], tol: 1e-4 },
    ];
    for (const { roots, tol } of cases) expectSameSpectrum(companionFromRoots(roots), roots.length, roots, tol);
  });

  it('converges on permutation matrices, where plain Francis shifts stall', () => {
    // The cyclic shift of size n has the n-th roots of unity as eigenvalues.
    for (const n of [3, 4, 7]) {
      const a = new Float64Array(n * n);
      for (let i = 0; i < n; i++) a[((i + 1) % n) * n + i] = 1;
      const roots: Complex[] = Array.from({ length: n }, (_, k) => [
        Math.cos((2 * Math.PI * k) / n),
        Math.sin((2 * Math.PI * k) / n),
      ]);
      expectSameSpectrum(a, n, roots, 1e-10);
    }
  });

  it('reads a triangular matrix off its diagonal, even when badly scaled', () => {
    const n = 6;
    const diag = [5, -3, 1e-3, 2, -7e4, 0.25];
    const a = new Float64Array(n * n);
    const rng = createRng(3);
    for (let i = 0; i < n; i++) {
      a[i * n + i] = diag[i]!;
      for (let j = i + 1; j < n; j++) a[i * n + j] = 1e3 * rng.normal();
    }
    const { re, im } = eigenvalues(a, n);
    const sorted = diag.slice().sort((x, y) => Math.abs(y) - Math.abs(x));
    sorted.forEach((d, k) => {
      expect(Math.abs(re[k]! - d)).toBeLessThan(1e-9 * Math.max(1, Math.abs(d)));
      expect(im[k]).toBe(0);
    });
    // The lower triangular transpose has the same spectrum. Its eigenvalues are
    // ill-conditioned (condition numbers near 1e11 here), so they come out exact only
    // because the triangular structure is detected, not through the QR iteration.
    const lower = eigenvalues(transpose(a, n, n), n);
    sorted.forEach((d, k) => {
      expect(lower.re[k]).toBe(d);
      expect(lower.im[k]).toBe(0);
    });
  });

  it('is unaffected by a badly scaled similarity transform D A D⁻¹', () => {
    const roots: Complex[] = [[3, 0], [1, 2], [1, -2], [-0.5, 0], [0, 0.7], [0, -0.7], [2, 0]];
    const n = roots.length;
    const c = companionFromRoots(roots);
    const scaled = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) scaled[i * n + j] = (c[i * n + j]! * 10 ** (2 * i)) / 10 ** (2 * j);
    }
    expectSameSpectrum(scaled, n, roots, 1e-9);
  });

  it('gives real eigenvalues for symmetric matrices, matching trace and Frobenius norm', () => {
    const n = 20;
    const g = gaussianMatrix(n, 1, 11);
    const s = matmul(g, transpose(g, n, n), n, n, n); // G Gᵀ: symmetric positive semi-definite
    const { re, im } = eigenvalues(s, n);
    let trace = 0;
    let frob2 = 0;
    for (let i = 0; i < n; i++) trace += s[i * n + i]!;
    for (const v of s) frob2 += v * v;
    let sum = 0;
    let sum2 = 0;
    for (let k = 0; k < n; k++) {
      expect(im[k]).toBe(0);
      expect(re[k]!).toBeGreaterThan(-1e-10);
      sum += re[k]!;
      sum2 += re[k]! ** 2;
    }
    expect(Math.abs(sum - trace) / trace).toBeLessThan(1e-12);
    // For a symmetric matrix, Σ λ² = ‖S‖_F².
    expect(Math.abs(sum2 - frob2) / frob2).toBeLessThan(1e-12);
  });

  it('on a random 64 x 64 matrix: Σλ = tr A, Σλ² = tr A², and ρ(A) = lim ‖Aᵏv‖^{1/k}', () => {
    const n = 64;
    const a = gaussianMatrix(n, 1 / Math.sqrt(n), 2024);
    const { re, im } = eigenvalues(a, n);
    const a2 = matmul(a, a, n, n, n);
    let tr = 0;
    let tr2 = 0;
    for (let i = 0; i < n; i++) {
      tr += a[i * n + i]!;
      tr2 += a2[i * n + i]!;
    }
    let sumRe = 0;
    let sumIm = 0;
    let sq = 0;
    let sqIm = 0;
    for (let k = 0; k < n; k++) {
      sumRe += re[k]!;
      sumIm += im[k]!;
      sq += re[k]! ** 2 - im[k]! ** 2;
      sqIm += 2 * re[k]! * im[k]!;
    }
    expect(Math.abs(sumRe - tr)).toBeLessThan(1e-10);
    expect(Math.abs(sumIm)).toBeLessThan(1e-10);
    expect(Math.abs(sq - tr2)).toBeLessThan(1e-10);
    expect(Math.abs(sqIm)).toBeLessThan(1e-10);

    // Power iteration with renormalisation: log‖A^k v‖ / k → log ρ.
    const rho = spectralRadius(a, n);
    let v: Float64Array = new Float64Array(n).fill(1);
    let logNorm = 0;
    const k = 2000;
    for (let step = 0; step < k; step++) {
      v = matmul(a, v, n, n, 1);
      const norm = Math.hypot(...v);
      logNorm += Math.log(norm);
      for (let i = 0; i < n; i++) v[i]! /= norm;
    }
    const growth = Math.exp(logNorm / k);
    expect(Math.abs(growth - rho) / rho).toBeLessThan(0.03);
    // The circular law puts ρ near 1 for N(0, 1/n) entries.
    expect(rho).toBeGreaterThan(0.8);
    expect(rho).toBeLessThan(1.3);
  });

  it('sorts by descending modulus, then descending angle', () => {
    const a = Float64Array.of(1, 0, 0, 0, 0, -2, 0, 2, 0); // diag(1) ⊕ 2 x rotation by π/2
    const { re, im } = eigenvalues(a, 3);
    expect(Array.from(re).map((x) => Math.round(x * 1e12) / 1e12 + 0)).toEqual([0, 0, 1]);
    expect(Array.from(im).map((x) => Math.round(x * 1e12) / 1e12 + 0)).toEqual([2, -2, 0]);
  });

  it('rejects bad input with a message naming what was expected', () => {
    expect(() => eigenvalues(new Float64Array(3), 2)).toThrow('eigenvalues: expected 2x2 = 4 values, got 3');
    expect(() => eigenvalues(Float64Array.of(1, NaN, 0, 1), 2)).toThrow(
      'eigenvalues: expected finite entries, got NaN at (0, 1)',
    );
    expect(() => eigenvalues(new Float64Array(0), -1)).toThrow('n: expected a non-negative integer, got -1');
  });
});

describe('spectralRadius', () => {
  it('is the largest modulus, complex eigenvalues included', () => {
    // Block diagonal: 0.5 and a rotation-scaling block of radius 1.5.
    const a = Float64Array.of(0.5, 0, 0, 0, 0, -1.5, 0, 1.5, 0);
    expect(spectralRadius(a, 3)).toBeCloseTo(1.5, 12);
    expect(spectralRadius(Float64Array.of(-3, 100, 0, 2), 2)).toBeCloseTo(3, 12);
  });
});

describe('orthogonal', () => {
  it('gives QᵀQ = QQᵀ = I and unit-modulus eigenvalues', () => {
    const rng = createRng(5);
    for (const n of [1, 2, 3, 16, 64]) {
      const q = orthogonal(n, rng);
      const qtq = matmul(transpose(q, n, n), q, n, n, n);
      const qqt = matmul(q, transpose(q, n, n), n, n, n);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          const id = i === j ? 1 : 0;
          expect(Math.abs(qtq[i * n + j]! - id)).toBeLessThan(1e-12);
          expect(Math.abs(qqt[i * n + j]! - id)).toBeLessThan(1e-12);
        }
      }
      const { re, im } = eigenvalues(q, n);
      for (let k = 0; k < n; k++) expect(Math.abs(Math.hypot(re[k]!, im[k]!) - 1)).toBeLessThan(1e-10);
    }
  });

  it('is the Q of the Gaussian draw with R having a positive diagonal', () => {
    // Same draws as orthogonal() makes: R = Qᵀ G must be upper triangular with R_kk > 0.
    const n = 8;
    const q = orthogonal(n, createRng(9));
    const g = gaussianMatrix(n, 1, 9);
    const r = matmul(transpose(q, n, n), g, n, n, n);
    for (let i = 0; i < n; i++) {
      expect(r[i * n + i]!).toBeGreaterThan(0);
      for (let j = 0; j < i; j++) expect(Math.abs(r[i * n + j]!)).toBeLessThan(1e-12);
    }
  });

  it('is Haar: the mean of Q_00 is 0 and its variance 1/n', () => {
    // Under the Haar measure each column is uniform on the sphere, so E[Q_ij] = 0, E[Q_ij²] = 1/n.
    // Without the sign fix, Q_00 = -sign(G_00)|…| is biased negative.
    const n = 4;
    const rng = createRng(17);
    const trials = 4000;
    let sum = 0;
    let sum2 = 0;
    for (let t = 0; t < trials; t++) {
      const q00 = orthogonal(n, rng)[0]!;
      sum += q00;
      sum2 += q00 * q00;
    }
    // sd of the mean ≈ sqrt(1/n / trials) ≈ 0.008
    expect(Math.abs(sum / trials)).toBeLessThan(0.03);
    expect(Math.abs(sum2 / trials - 1 / n)).toBeLessThan(0.02);
  });
});
