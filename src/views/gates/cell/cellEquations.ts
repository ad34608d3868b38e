// Each part of a cell diagram, its equation in the lessons' notation and the
// same equation with the selected unit's numbers substituted. The numbers are
// the worker's; nothing is recomputed except the pre-activation, inverted from
// the gate's value, and the products shown as a check of the update.

import type { CellKind } from '../../../engine/api.ts';
import { texNumber } from '../../katex.ts';
import { artanh, logit, simpleCandidate, type CellValues } from './cellValues.ts';

export type CellPart = 'i' | 'f' | 'g' | 'o' | 'r' | 'z' | 'n' | 'c' | 'h';

/** Parts each diagram shows, in reading order. */
export function partsOf(cell: CellKind): CellPart[] {
  if (cell === 'lstm') return ['c', 'f', 'i', 'g', 'o', 'h'];
  if (cell === 'gru') return ['r', 'z', 'n', 'h'];
  return ['c', 'g', 'h'];
}

const n = (v: number | null | undefined) => texNumber(v ?? Number.NaN, 3);

const PRE: Record<string, string> = {
  i: 'W_{ii}x_t + b_{ii} + W_{hi}h_{t-1} + b_{hi}',
  f: 'W_{if}x_t + b_{if} + W_{hf}h_{t-1} + b_{hf}',
  g: 'W_{ig}x_t + b_{ig} + W_{hg}h_{t-1} + b_{hg}',
  o: 'W_{io}x_t + b_{io} + W_{ho}h_{t-1} + b_{ho}',
  r: 'W_{ir}x_t + b_{ir} + W_{hr}h_{t-1} + b_{hr}',
  z: 'W_{iz}x_t + b_{iz} + W_{hz}h_{t-1} + b_{hz}',
};

function sigmoidGate(name: string, v: number): string {
  return String.raw`${name}_t = \sigma\!\left(${PRE[name] ?? ''}\right) \\ ${name}_t[j] = \sigma(${n(logit(v))}) = ${n(v)}`;
}

function tanhGate(name: string, pre: string, v: number): string {
  return String.raw`${name}_t = \tanh\!\left(${pre}\right) \\ ${name}_t[j] = \tanh(${n(artanh(v))}) = ${n(v)}`;
}

export interface EquationOptions {
  cell: CellKind;
  /** GRU: PyTorch's convention (reset applied after W_hn) or Cho 2014's (before) */
  resetAfter: boolean;
}

/** TeX for one part: the general form, then the unit's numbers (aligned rows). */
export function partEquation(part: CellPart, v: CellValues, o: EquationOptions): string {
  const g = v.gates;
  if (o.cell === 'lstm') {
    switch (part) {
      case 'i':
      case 'f':
      case 'o':
        return sigmoidGate(part, g[part] ?? Number.NaN);
      case 'g':
        return tanhGate('g', PRE.g ?? '', g.g ?? Number.NaN);
      case 'c':
        return String.raw`c_t = f_t \odot c_{t-1} + i_t \odot g_t \\ ${n(g.f)} \times ${n(v.cPrev)} + ${n(g.i)} \times ${n(g.g)} = ${n(v.c)}`;
      case 'h':
        return String.raw`h_t = o_t \odot \tanh(c_t) \\ ${n(g.o)} \times \tanh(${n(v.c)}) = ${n(v.h)}`;
      default:
        return '';
    }
  }
  if (o.cell === 'gru') {
    switch (part) {
      case 'r':
      case 'z':
        return sigmoidGate(part, g[part] ?? Number.NaN);
      case 'n':
        return tanhGate(
          'n',
          o.resetAfter ? String.raw`W_{in}x_t + b_{in} + r_t \odot (W_{hn}h_{t-1} + b_{hn})` : String.raw`W_{in}x_t + b_{in} + W_{hn}(r_t \odot h_{t-1}) + b_{hn}`,
          g.n ?? Number.NaN,
        );
      case 'h':
        return String.raw`h_t = (1 - z_t) \odot n_t + z_t \odot h_{t-1} \\ (1 - ${n(g.z)}) \times ${n(g.n)} + ${n(g.z)} \times ${n(v.hPrev)} = ${n(v.h)}`;
      default:
        return '';
    }
  }
  // The simple LSTM of the notes: no gates, the belt only adds.
  const cand = simpleCandidate(v);
  switch (part) {
    case 'g':
      return String.raw`g_t = \tanh\!\left(W_{xh}x_t + W_{hh}h_{t-1} + b\right) = c_t - c_{t-1} \\ g_t[j] = \tanh(${n(artanh(cand))}) = ${n(cand)}`;
    case 'c':
      return String.raw`c_t = c_{t-1} + g_t, \qquad \left.\frac{\partial c_t}{\partial c_{t-1}}\right|_{\text{belt}} = I \\ ${n(v.cPrev)} + ${n(cand)} = ${n(v.c)}`;
    case 'h':
      return String.raw`h_t = \tanh(c_t) \\ \tanh(${n(v.c)}) = ${n(v.h)}`;
    default:
      return '';
  }
}

/** The part's value for the diagram's box: the gate, the state, or the simple LSTM's candidate. */
export function partValue(part: CellPart, v: CellValues, cell: CellKind): number {
  if (part === 'c') return v.c ?? Number.NaN;
  if (part === 'h') return v.h;
  if (cell === 'lstm_simple' && part === 'g') return simpleCandidate(v);
  return v.gates[part] ?? Number.NaN;
}

/** Parts whose values are signed (tanh range); the rest are gates in [0, 1]. */
export function isSignedPart(part: CellPart): boolean {
  return part === 'g' || part === 'n' || part === 'c' || part === 'h';
}
