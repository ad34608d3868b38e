// The LSTM's cell-state path. Along c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t the
// direct derivative is ∂c_t/∂c_{t−1} = diag(f_t): no weight matrix and no
// squashing slope, only the forget gate. k steps back the path multiplies by
// diag(f_{T−k+1} ⋯ f_T), which stays near 1 for as long as the gates stay
// open, where a vanilla net multiplies by k matrices diag(φ') W_hh.

/**
 * ‖∏ diag(f_s)‖_F over the last k steps, for k = 0 … steps − 1 (k = 0 is the
 * identity, √H, the same convention as telemetry's ‖∂h_T/∂h_t‖ at t = T).
 * `forget` is a [t][unit] block (stream 0 of the telemetry's f gate).
 */
export function forgetPathNorms(forget: ArrayLike<number>, steps: number, units: number): Float64Array {
  if (forget.length < steps * units) {
    throw new Error(`forgetPathNorms: expected at least ${steps}x${units} gate values, got ${forget.length}`);
  }
  const out = new Float64Array(Math.max(0, steps));
  // running product per unit, extended one step further back each iteration
  const prod = new Float64Array(units).fill(1);
  for (let k = 0; k < steps; k++) {
    let s = 0;
    for (let j = 0; j < units; j++) s += prod[j]! * prod[j]!;
    out[k] = Math.sqrt(s);
    const t = steps - 1 - k;
    for (let j = 0; j < units; j++) prod[j]! *= forget[t * units + j]!;
  }
  return out;
}

/** Mean forget gate per step: how open the memory is at each t. NaN for no units. */
export function meanGate(gate: ArrayLike<number>, steps: number, units: number): Float64Array {
  const out = new Float64Array(Math.max(0, steps));
  for (let t = 0; t < steps; t++) {
    let s = 0;
    for (let j = 0; j < units; j++) s += gate[t * units + j]!;
    out[t] = units > 0 ? s / units : Number.NaN;
  }
  return out;
}
