// The numbers of one unit at one step, read from the worker's telemetry: what
// the cell diagram prints and what its equations substitute.

import type { GateName } from '../../../engine/api.ts';
import { at, type Reading } from '../common/reading.ts';

export interface CellValues {
  t: number;
  unit: number;
  /** the character read at t */
  x: string;
  hPrev: number;
  h: number;
  /** cells with a cell state only */
  cPrev: number | null;
  c: number | null;
  gates: Partial<Record<GateName, number>>;
}

export function cellValues(r: Reading, t: number, unit: number): CellValues {
  const tel = r.telemetry;
  const k = at(tel, t, unit);
  const prev = t > 0 ? at(tel, t - 1, unit) : -1;
  const read = (a: Float64Array | null, i: number) => (a === null ? Number.NaN : i < 0 ? 0 : (a[i] ?? Number.NaN));
  const gates: Partial<Record<GateName, number>> = {};
  for (const [name, values] of Object.entries(tel.gates) as [GateName, Float64Array][]) gates[name] = values[k] ?? Number.NaN;
  const withC = tel.c !== null;
  return {
    t,
    unit,
    x: r.chars[t] ?? '',
    hPrev: read(tel.h, prev),
    h: read(tel.h, k),
    cPrev: withC ? read(tel.c, prev) : null,
    c: withC ? read(tel.c, k) : null,
    gates,
  };
}

/** The pre-activation a with σ(a) = y (clamped away from 0 and 1 so it stays finite). */
export function logit(y: number): number {
  const p = Math.min(1 - 1e-12, Math.max(1e-12, y));
  return Math.log(p / (1 - p));
}

/** The pre-activation a with tanh(a) = y. */
export function artanh(y: number): number {
  const p = Math.min(1 - 1e-12, Math.max(-1 + 1e-12, y));
  return 0.5 * Math.log((1 + p) / (1 - p));
}

/** The simple LSTM's candidate: what the belt added at t, c_t − c_{t−1}. */
export function simpleCandidate(v: CellValues): number {
  return (v.c ?? Number.NaN) - (v.cPrev ?? Number.NaN);
}
