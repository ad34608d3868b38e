import type { Selection } from './reading.ts';

/** Arrow keys move the step (left/right; mirrored for right-to-left text) and the unit (up/down). */
export function moveSelection(key: string, s: Selection, steps: number, units: number, rtl = false): Selection | null {
  const fwd = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === fwd) return { ...s, t: Math.min(steps - 1, s.t + 1) };
  if (key === back) return { ...s, t: Math.max(0, s.t - 1) };
  if (key === 'ArrowDown') return { ...s, unit: Math.min(units - 1, s.unit + 1) };
  if (key === 'ArrowUp') return { ...s, unit: Math.max(0, s.unit - 1) };
  if (key === 'Home') return { ...s, t: 0 };
  if (key === 'End') return { ...s, t: steps - 1 };
  return null;
}
