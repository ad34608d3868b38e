// A small 3-D camera for the hidden-state trajectory: orthographic projection
// after a yaw (around the vertical axis) and a pitch (tilt), with a little
// perspective so that depth reads. Pure functions, tested directly.

export interface View3 {
  /** radians around the vertical (h₂) axis */
  yaw: number;
  /** radians of tilt, clamped to ±80° so the plot never flips */
  pitch: number;
}

/** A three-quarter view that looks along no diagonal, so opposite corners of the cube stay apart. */
export const DEFAULT_VIEW: View3 = { yaw: 0.6, pitch: 0.35 };
const PITCH_LIMIT = (80 * Math.PI) / 180;

export function rotateView(v: View3, dYaw: number, dPitch: number): View3 {
  return { yaw: v.yaw + dYaw, pitch: Math.max(-PITCH_LIMIT, Math.min(PITCH_LIMIT, v.pitch + dPitch)) };
}

export interface Projected {
  x: number;
  y: number;
  /** larger is closer to the viewer */
  depth: number;
}

/**
 * Screen position of a point (h₁, h₂, h₃): h₁ to the right, h₂ up, h₃ towards
 * the viewer before rotation. `scale` is the screen size of one unit.
 */
export function project(p: readonly [number, number, number], v: View3, scale: number, cx: number, cy: number): Projected {
  const [x0, y0, z0] = p;
  const cyaw = Math.cos(v.yaw);
  const syaw = Math.sin(v.yaw);
  const x1 = x0 * cyaw + z0 * syaw;
  const z1 = -x0 * syaw + z0 * cyaw;
  const cp = Math.cos(v.pitch);
  const sp = Math.sin(v.pitch);
  const y2 = y0 * cp - z1 * sp;
  const z2 = y0 * sp + z1 * cp;
  // Mild perspective: near points a little larger, far ones a little smaller.
  const persp = 1 + z2 * 0.08;
  return { x: cx + x1 * scale * persp, y: cy - y2 * scale * persp, depth: z2 };
}

/** The 12 edges of the cube [−1, 1]³, as pairs of corners. */
export function cubeEdges(): [[number, number, number], [number, number, number]][] {
  const edges: [[number, number, number], [number, number, number]][] = [];
  const corners: [number, number, number][] = [];
  for (const x of [-1, 1]) for (const y of [-1, 1]) for (const z of [-1, 1]) corners.push([x, y, z]);
  for (let i = 0; i < corners.length; i++) {
    for (let j = i + 1; j < corners.length; j++) {
      const a = corners[i];
      const b = corners[j];
      if (!a || !b) continue;
      const diff = Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);
      if (diff === 2) edges.push([a, b]);
    }
  }
  return edges;
}

/** Euclidean distance between two hidden states of size n. */
export function distance(h: ArrayLike<number>, a: number, b: number, n: number): number {
  let s = 0;
  for (let j = 0; j < n; j++) s += ((h[a * n + j] ?? 0) - (h[b * n + j] ?? 0)) ** 2;
  return Math.sqrt(s);
}
