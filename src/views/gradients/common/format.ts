// Number formatting and marker shapes shared by the gradients lab's charts.

import { symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle } from 'd3-shape';
import type { SymbolType } from 'd3-shape';

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'none';

export function symbolFor(shape: MarkerShape): SymbolType {
  switch (shape) {
    case 'square':
      return symbolSquare;
    case 'triangle':
      return symbolTriangle;
    case 'diamond':
      return symbolDiamond;
    case 'cross':
      return symbolCross;
    case 'circle':
    case 'none':
      return symbolCircle;
  }
}

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻',
};

/** 10 to an integer power, as 10⁻³ (1 and 10 stay plain). */
export function pow10Label(exponent: number): string {
  if (exponent === 0) return '1';
  if (exponent === 1) return '10';
  return `10${String(exponent).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c] ?? c)}`;
}

/**
 * Up to about `count` ticks on a log axis, all at powers of ten, thinned to
 * every 2nd, 5th, 10th … decade when the axis spans many of them (an
 * exploding gradient easily spans 60 decades).
 */
export function logTicks([a, b]: readonly [number, number], count: number): number[] {
  const lo = Math.ceil(Math.log10(Math.min(a, b)) - 1e-9);
  const hi = Math.floor(Math.log10(Math.max(a, b)) + 1e-9);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (hi < lo) return [Math.min(a, b), Math.max(a, b)];
  const decades = hi - lo + 1;
  const steps = [1, 2, 5, 10, 20, 50, 100];
  const step = steps.find((s) => Math.ceil(decades / s) <= Math.max(2, count)) ?? Math.ceil(decades / count);
  const out: number[] = [];
  for (let e = Math.ceil(lo / step) * step; e <= hi; e += step) out.push(10 ** e);
  return out;
}

/** A tick label: powers of ten as 10ⁿ on log axes, short decimals otherwise. */
export function formatTick(v: number, log: boolean): string {
  if (log) {
    const e = Math.log10(v);
    if (Math.abs(e - Math.round(e)) < 1e-9) return pow10Label(Math.round(e));
  }
  return formatNumber(v);
}

/**
 * A number for labels and text alternatives: 4 significant digits, scientific
 * notation (1.5 × 10⁻⁸) outside [0.001, 100000], ±∞ as such, and a dash for a
 * value not measured yet (NaN), which a student should never see spelled out.
 */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return '–';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-3 && a < 1e5) return String(Number(v.toPrecision(4))).replace('-', '−');
  const e = Math.floor(Math.log10(a));
  let m = v / 10 ** e;
  // 9.9996 rounds to 10.00: carry into the exponent
  let exp = e;
  if (Math.abs(Number(m.toPrecision(3))) >= 10) {
    m /= 10;
    exp += 1;
  }
  const mant = String(Number(m.toPrecision(3))).replace('-', '−');
  return mant === '1' ? pow10Label(exp) : `${mant} × ${pow10Label(exp)}`;
}
