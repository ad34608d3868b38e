// Gradient clipping.
//   by norm (PyTorch's clip_grad_norm_): with n the global L2 norm,
//     coef = maxNorm / (n + 1e-6), and every gradient is scaled by coef when coef < 1
//   by value (clip_grad_value_): every entry clamped to [-value, value]

import type { ClipSpec } from './api.ts';
import { checkOneOf, checkPositive, checkRecord } from './validate.ts';

export function checkClip(value: unknown): ClipSpec {
  const c = checkRecord('clip', value);
  const kind = checkOneOf('clip.kind', c.kind, ['none', 'norm', 'value'] as const);
  if (kind === 'norm') return { kind, maxNorm: checkPositive('clip.maxNorm', c.maxNorm) };
  if (kind === 'value') return { kind, value: checkPositive('clip.value', c.value) };
  return { kind };
}

function norm(g: Float64Array): number {
  let s = 0;
  for (let k = 0; k < g.length; k++) s += g[k]! * g[k]!;
  return Math.sqrt(s);
}

/** Clips g in place given its global norm; returns the norm after clipping (equal when nothing changed). */
export function clipGradients(g: Float64Array, globalNorm: number, clip: ClipSpec): number {
  if (clip.kind === 'norm') {
    const coef = clip.maxNorm / (globalNorm + 1e-6);
    if (!(coef < 1)) return globalNorm;
    for (let k = 0; k < g.length; k++) g[k]! *= coef;
    return norm(g);
  }
  if (clip.kind === 'value') {
    const c = clip.value;
    let changed = false;
    for (let k = 0; k < g.length; k++) {
      const v = g[k]!;
      if (v > c) {
        g[k] = c;
        changed = true;
      } else if (v < -c) {
        g[k] = -c;
        changed = true;
      }
    }
    return changed ? norm(g) : globalNorm;
  }
  return globalNorm;
}
