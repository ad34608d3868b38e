// W^t = U Λ^t U⁻¹ (U Λ^t Uᵀ when W is symmetric or orthogonal, as the notes
// write it): along eigenvector i, t steps of the recurrence multiply by λ_i^t,
// so directions with |λ_i| < 1 shrink like |λ_i|^t and those with |λ_i| > 1
// grow. A complex pair λ = r e^{±iθ} acts on a real plane as a rotation by θ
// and a scaling by r per step.

/** λ^t for each eigenvalue, computed in polar form (r^t, tθ) so integer and fractional t both work. */
export function powerEigenvalues(re: ArrayLike<number>, im: ArrayLike<number>, t: number): { re: Float64Array; im: Float64Array } {
  const n = Math.min(re.length, im.length);
  const outRe = new Float64Array(n);
  const outIm = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const x = re[k]!;
    const y = im[k]!;
    const r = Math.hypot(x, y);
    if (r === 0) {
      // 0^0 = 1 (W^0 = I), 0^t = 0 afterwards.
      outRe[k] = t === 0 ? 1 : 0;
      continue;
    }
    const rt = r ** t;
    const angle = Math.atan2(y, x) * t;
    outRe[k] = rt * Math.cos(angle);
    outIm[k] = rt * Math.sin(angle);
  }
  return { re: outRe, im: outIm };
}

/** |λ_k| for each eigenvalue. */
export function moduli(re: ArrayLike<number>, im: ArrayLike<number>): Float64Array {
  const n = Math.min(re.length, im.length);
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) out[k] = Math.hypot(re[k]!, im[k]!);
  return out;
}

/**
 * ‖W^t x‖ / ‖x‖ for t = 0 … tMax, W n x n row-major. The vector is
 * renormalised after every product and the log of the growth accumulated, so
 * long powers neither overflow nor underflow on the way (only the final value
 * may, which then reads as Infinity or 0). Cost n² per step.
 */
export function powerVectorNorms(w: ArrayLike<number>, n: number, x: ArrayLike<number>, tMax: number): Float64Array {
  if (w.length !== n * n) throw new Error(`powerVectorNorms: expected ${n}x${n} = ${n * n} values, got ${w.length}`);
  if (x.length !== n) throw new Error(`powerVectorNorms: expected a vector of ${n} values, got ${x.length}`);
  const out = new Float64Array(Math.max(0, tMax + 1));
  let v = Float64Array.from(x);
  let norm = norm2(v);
  if (!(norm > 0)) throw new Error('powerVectorNorms: the start vector must not be zero');
  for (let i = 0; i < n; i++) v[i]! /= norm;
  let logGrowth = 0;
  out[0] = 1;
  let next = new Float64Array(n);
  for (let t = 1; t <= tMax; t++) {
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += w[i * n + j]! * v[j]!;
      next[i] = s;
    }
    norm = norm2(next);
    if (norm === 0) {
      // W^t x = 0 from here on (a nilpotent direction).
      out.fill(0, t);
      return out;
    }
    logGrowth += Math.log(norm);
    out[t] = Math.exp(logGrowth);
    for (let i = 0; i < n; i++) next[i]! /= norm;
    [v, next] = [next, v];
  }
  return out;
}

function norm2(v: Float64Array): number {
  // Scaled sum of squares: entries near 1e±200 square without overflow.
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]!));
  if (m === 0 || !Number.isFinite(m)) return m;
  let s = 0;
  for (let i = 0; i < v.length; i++) s += (v[i]! / m) ** 2;
  return m * Math.sqrt(s);
}
