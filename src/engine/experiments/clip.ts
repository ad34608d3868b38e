// Clipping by global norm (tf.clip_by_global_norm, torch clip_grad_norm_):
// when ‖g‖ > τ every gradient is multiplied by the same factor τ/‖g‖, so the
// update keeps its direction and its length becomes τ. Clipping each entry to
// ±τ instead (clip by value) changes the direction; the lab shows both.

/** The factor clipping by global norm applies: 1 when ‖g‖ ≤ τ. */
export function clipScale(norm: number, maxNorm: number): number {
  if (!(maxNorm > 0)) throw new Error(`clipScale: maxNorm: expected a number > 0, got ${String(maxNorm)}`);
  return norm > maxNorm ? maxNorm / norm : 1;
}

export interface ClipTrace {
  /** the global norm after clipping, per point */
  after: Float64Array;
  /** indices of the points where clipping fired */
  fired: number[];
}

/**
 * After-clipping norms of a training history. The norm before clipping fully
 * determines what clipping did, so the page needs no extra telemetry: fired
 * ⇔ ‖g‖ > τ, and then ‖g‖ after = τ. Non-finite norms count as fired (their
 * update is not taken at all; the trainer reports divergence).
 */
export function clipTrace(gradNorms: ArrayLike<number>, maxNorm: number): ClipTrace {
  const after = new Float64Array(gradNorms.length);
  const fired: number[] = [];
  for (let k = 0; k < gradNorms.length; k++) {
    const g = gradNorms[k]!;
    if (!Number.isFinite(g) || g > maxNorm) {
      fired.push(k);
      after[k] = Number.isFinite(g) ? maxNorm : Number.NaN;
    } else {
      after[k] = g;
    }
  }
  return { after, fired };
}

export interface Vec2 {
  x: number;
  y: number;
}

/**
 * A 2-D picture of the whole gradient: x = ‖∇ of the recurrent weights‖,
 * y = ‖∇ of every other parameter‖. The two groups partition the parameters,
 * so the vector's length is exactly the global norm and the threshold is the
 * circle of radius τ. `recurrent` says which entries of `paramNorms` belong to
 * the first group.
 */
export function gradientSlice(paramNorms: ArrayLike<number>, recurrent: (index: number) => boolean): Vec2 {
  let a = 0;
  let b = 0;
  for (let k = 0; k < paramNorms.length; k++) {
    const v = paramNorms[k]!;
    if (recurrent(k)) a += v * v;
    else b += v * v;
  }
  return { x: Math.sqrt(a), y: Math.sqrt(b) };
}

/** The same vector clipped by global norm: scaled, direction kept. */
export function clipByNorm(v: Vec2, maxNorm: number): Vec2 {
  const s = clipScale(Math.hypot(v.x, v.y), maxNorm);
  return { x: v.x * s, y: v.y * s };
}

/** The same vector clipped entry by entry to ±τ: the length shrinks, but the direction turns towards the diagonal. */
export function clipByValue(v: Vec2, value: number): Vec2 {
  const c = (u: number): number => Math.max(-value, Math.min(value, u));
  return { x: c(v.x), y: c(v.y) };
}
