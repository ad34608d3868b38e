// What temperature does to a softmax, in closed form. The network's
// distribution at T = 1 is p_k = softmax(o)_k; at temperature T it is
// softmax(o / T)_k = p_k^(1/T) / Σ_j p_j^(1/T), since exp(o_k / T) = (e^{o_k})^(1/T)
// and the normalising constant cancels. Computed in logs for tiny p.

export function atTemperature(p: ArrayLike<number>, T: number): Float64Array {
  const n = p.length;
  const logs = new Float64Array(n);
  let mx = -Infinity;
  for (let k = 0; k < n; k++) {
    logs[k] = Math.log(Math.max(p[k] ?? 0, 1e-300)) / T;
    mx = Math.max(mx, logs[k] ?? -Infinity);
  }
  let s = 0;
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    out[k] = Math.exp((logs[k] ?? 0) - mx);
    s += out[k] ?? 0;
  }
  for (let k = 0; k < n; k++) out[k] = (out[k] ?? 0) / s;
  return out;
}

/** Indices of the n largest entries, largest first. */
export function topK(p: ArrayLike<number>, n: number): number[] {
  return Array.from({ length: p.length }, (_, k) => k)
    .sort((a, b) => (p[b] ?? 0) - (p[a] ?? 0))
    .slice(0, n);
}
