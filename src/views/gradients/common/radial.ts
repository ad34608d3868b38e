// A compressed radius for pictures where lengths span many decades (λ^t for
// t up to 50, an exploding gradient against its clipping threshold). Angles
// are kept exactly; a length r is drawn at R · 2r/(r + u), so the reference
// length u (the unit circle, the threshold) sits halfway to the edge, zero
// stays at the centre, and anything huge approaches the edge without leaving
// the picture. The rings the charts draw at 1/4, 1/2, 1, 2, 4 … u show the
// distortion honestly.

/** Display radius in [0, 2R) of a length r ≥ 0 with reference length u. */
export function compress(r: number, u: number, radius: number): number {
  if (!(r > 0)) return 0;
  if (!Number.isFinite(r)) return 2 * radius;
  return (radius * 2 * r) / (r + u);
}

/** The inverse of compress for d in [0, 2R). */
export function expand(d: number, u: number, radius: number): number {
  if (d <= 0) return 0;
  if (d >= 2 * radius) return Number.POSITIVE_INFINITY;
  return (u * d) / (2 * radius - d);
}

/** Where the point (x, y) is drawn: its direction kept, its length compressed. */
export function compressPoint(x: number, y: number, u: number, radius: number): [number, number] {
  const r = Math.hypot(x, y);
  if (!(r > 0)) return [0, 0];
  if (!Number.isFinite(r)) {
    // Infinite components: keep the direction of their signs.
    const a = Math.atan2(Number.isFinite(y) ? 0 : Math.sign(y), Number.isFinite(x) ? 0 : Math.sign(x));
    return [2 * radius * Math.cos(a), 2 * radius * Math.sin(a)];
  }
  const d = compress(r, u, radius);
  return [(x / r) * d, (y / r) * d];
}

/** Ring radii (as multiples of u) worth labelling: the powers of 2 from 1/4 to 16. */
export const RINGS: readonly number[] = [0.25, 0.5, 1, 2, 4, 16];
