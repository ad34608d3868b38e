// Gradient profiles by distance. Telemetry stores ‖∂L/∂h_t‖ and ‖∂h_T/∂h_t‖
// indexed by time t; the lab plots them against the distance k = T − t from
// the last step, where the loss is, because that is the exponent of the
// chain: k steps back means k Jacobians multiplied together.

/**
 * Reverses a per-step profile into a per-distance one: out[k] = perStep[T − 1 − k]
 * for the `steps` (T) steps in use, so out[0] is the last step.
 */
export function byDistance(perStep: ArrayLike<number>, steps: number): Float64Array {
  const n = Math.max(0, Math.min(steps, perStep.length));
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) out[k] = perStep[n - 1 - k]!;
  return out;
}

/**
 * The reference exponential start · ρ^k for k = 0 … n − 1: what the profile
 * would be if every step multiplied the gradient by exactly ρ.
 */
export function referenceLine(rho: number, start: number, n: number): Float64Array {
  const out = new Float64Array(Math.max(0, n));
  for (let k = 0; k < out.length; k++) out[k] = start * rho ** k;
  return out;
}

export type Regime = 'vanishing' | 'stable' | 'exploding';

/**
 * Names the regime of a per-step factor: within `tolerance` of 1 per step is
 * stable (over 50 steps, 1 ± 0.02 changes the norm by less than e^±1).
 */
export function regimeOf(perStepFactor: number, tolerance = 0.02): Regime | null {
  if (!Number.isFinite(perStepFactor) || perStepFactor < 0) return null;
  if (perStepFactor < 1 - tolerance) return 'vanishing';
  if (perStepFactor > 1 + tolerance) return 'exploding';
  return 'stable';
}

/**
 * Ratio between the norm at distance `far` and at distance 0, which is what
 * the first input still contributes to the update relative to the last one.
 * NaN when either is missing or the start is not positive.
 */
export function decayRatio(profile: ArrayLike<number>, far: number): number {
  const a = profile[0];
  const b = profile[far];
  if (a === undefined || b === undefined || !(a > 0)) return Number.NaN;
  return b / a;
}
