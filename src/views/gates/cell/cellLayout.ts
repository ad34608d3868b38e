// Where each part of a cell diagram sits (viewBox 600 × 280). The cell state
// (LSTM) or the hidden state (GRU) runs along the top as the "conveyor belt";
// gates sit below it, fed by h_{t−1} and x_t from the bottom bar.

import type { CellKind } from '../../../engine/api.ts';
import type { CellPart } from './cellEquations.ts';

export interface BoxSpec {
  part: CellPart;
  /** centre */
  x: number;
  y: number;
  /** the symbol printed in the box */
  symbol: string;
}

export interface OpSpec {
  x: number;
  y: number;
  symbol: string;
}

export interface CellLayout {
  /** the belt's path */
  belt: string;
  beltIn: string;
  beltOut: string;
  inputsY: number;
  /** paths for the wires, drawn under the boxes */
  wires: string[];
  ops: OpSpec[];
  boxes: BoxSpec[];
  /** a note printed above the belt (the simple LSTM's identity Jacobian) */
  note: string | null;
}

export const VIEW_W = 600;
export const VIEW_H = 280;
export const BOX_W = 64;
export const BOX_H = 44;

const LSTM: CellLayout = {
  belt: 'M20,50H580',
  beltIn: 'cₜ₋₁',
  beltOut: 'cₜ',
  inputsY: 262,
  wires: [
    'M120,148V90H180V62',
    'M230,148V110H263',
    'M320,148V110H287',
    'M275,98V80H320V62',
    'M470,50V88',
    'M470,112V158',
    'M432,170H458',
    'M470,182V230H500',
    'M20,262H400',
    'M120,262V192',
    'M230,262V192',
    'M320,262V192',
    'M400,262V192',
  ],
  ops: [
    { x: 180, y: 50, symbol: '×' },
    { x: 320, y: 50, symbol: '+' },
    { x: 275, y: 110, symbol: '×' },
    { x: 470, y: 100, symbol: 'tanh' },
    { x: 470, y: 170, symbol: '×' },
  ],
  boxes: [
    { part: 'c', x: 540, y: 50, symbol: 'c' },
    { part: 'f', x: 120, y: 170, symbol: 'f' },
    { part: 'i', x: 230, y: 170, symbol: 'i' },
    { part: 'g', x: 320, y: 170, symbol: 'g' },
    { part: 'o', x: 400, y: 170, symbol: 'o' },
    { part: 'h', x: 540, y: 230, symbol: 'h' },
  ],
  note: null,
};

const GRU: CellLayout = {
  belt: 'M20,50H580',
  beltIn: 'hₜ₋₁',
  beltOut: 'hₜ',
  inputsY: 262,
  wires: [
    'M220,148V62',
    'M236,148V110H288',
    'M312,110H368',
    'M380,178V122',
    'M392,110H420V62',
    'M142,222H348',
    'M20,262H380',
    'M110,262V222',
    'M220,262V192',
    'M380,262V222',
  ],
  ops: [
    { x: 220, y: 50, symbol: '×' },
    { x: 420, y: 50, symbol: '+' },
    { x: 300, y: 110, symbol: '1−' },
    { x: 380, y: 110, symbol: '×' },
  ],
  boxes: [
    { part: 'r', x: 110, y: 200, symbol: 'r' },
    { part: 'z', x: 220, y: 170, symbol: 'z' },
    { part: 'n', x: 380, y: 200, symbol: 'n' },
    { part: 'h', x: 520, y: 50, symbol: 'h' },
  ],
  note: null,
};

const SIMPLE: CellLayout = {
  belt: 'M20,50H580',
  beltIn: 'cₜ₋₁',
  beltOut: 'cₜ',
  inputsY: 250,
  wires: ['M300,148V62', 'M20,250H300', 'M300,250V192', 'M440,50V108', 'M440,132V180H488'],
  ops: [
    { x: 300, y: 50, symbol: '+' },
    { x: 440, y: 120, symbol: 'tanh' },
  ],
  boxes: [
    { part: 'c', x: 520, y: 50, symbol: 'c' },
    { part: 'g', x: 300, y: 170, symbol: 'g' },
    { part: 'h', x: 520, y: 180, symbol: 'h' },
  ],
  note: '∂cₜ/∂cₜ₋₁ = I',
};

export function layoutOf(cell: CellKind): CellLayout {
  return cell === 'lstm' ? LSTM : cell === 'gru' ? GRU : SIMPLE;
}
