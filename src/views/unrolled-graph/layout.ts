// Pure layout of the unrolled graph: which nodes and edges each task shape
// has, and where everything goes for a given width. Kept free of the DOM so
// the structure can be tested directly.
import { MAX_STEPS, type CellType, type GateKey, type TaskShape, type UnrolledConfig, type WeightKey } from './types.ts';

/** Every drawn step has an input: given from outside, or the previous prediction fed back. */
export type InputKind = 'external' | 'fed-back';

export interface StepSpec {
  t: number;
  input: InputKind;
  /** index of this step's row in the output arrays, or -1 when the step has no output */
  outputRow: number;
  /** whether an arrow arrives from h_{t−1} (or from h_0 at t = 0) */
  recurrentIn: boolean;
  segment: 'single' | 'encoder' | 'decoder';
  wx: WeightKey;
  wh: WeightKey | null;
  wy: WeightKey | null;
}

export function clampSteps(steps: number): number {
  if (!Number.isFinite(steps)) return 1;
  return Math.max(1, Math.min(MAX_STEPS, Math.round(steps)));
}

/** Steps drawn for a shape (one-to-one is a single feed-forward pass). */
export function drawnSteps(shape: TaskShape, steps: number): number {
  if (shape === 'one-to-one') return 1;
  if (shape === 'encoder-decoder') return Math.max(2, clampSteps(steps));
  return clampSteps(steps);
}

export function encoderLength(steps: number, requested?: number): number {
  const T = Math.max(2, steps);
  const e = requested ?? Math.ceil(T / 2);
  return Math.max(1, Math.min(T - 1, Math.round(e)));
}

/** The steps that produce an output, in time order (the rows of logits/probs/stepLoss). */
export function outputSteps(shape: TaskShape, steps: number, encoderSteps?: number): number[] {
  const T = drawnSteps(shape, steps);
  switch (shape) {
    case 'one-to-one':
      return [0];
    case 'many-to-one':
      return [T - 1];
    case 'encoder-decoder': {
      const e = encoderLength(T, encoderSteps);
      return Array.from({ length: T - e }, (_, i) => e + i);
    }
    default:
      return Array.from({ length: T }, (_, i) => i);
  }
}

export function stepSpecs(shape: TaskShape, steps: number, encoderSteps?: number): StepSpec[] {
  const T = drawnSteps(shape, steps);
  const outs = outputSteps(shape, T, encoderSteps);
  const e = shape === 'encoder-decoder' ? encoderLength(T, encoderSteps) : T;
  const specs: StepSpec[] = [];
  for (let t = 0; t < T; t++) {
    const outputRow = outs.indexOf(t);
    let input: InputKind;
    let segment: StepSpec['segment'] = 'single';
    switch (shape) {
      case 'one-to-one':
      case 'many-to-one':
      case 'many-to-many':
        input = 'external';
        break;
      case 'one-to-many':
        // Generation: only the first input is given; each later one is the previous prediction.
        input = t === 0 ? 'external' : 'fed-back';
        break;
      case 'encoder-decoder':
        segment = t < e ? 'encoder' : 'decoder';
        // The first decoder input is the start token; later ones are the previous predictions.
        input = t <= e ? 'external' : 'fed-back';
        break;
    }
    const dec = segment === 'decoder';
    specs.push({
      t,
      input,
      outputRow,
      recurrentIn: shape !== 'one-to-one',
      segment,
      wx: dec ? 'Wxh_dec' : 'Wxh',
      wh: shape === 'one-to-one' ? null : dec ? 'Whh_dec' : 'Whh',
      wy: outputRow >= 0 ? 'Why' : null,
    });
  }
  return specs;
}

/** The weights drawn for a shape, for the legend chips. */
export function weightKeys(shape: TaskShape): WeightKey[] {
  if (shape === 'one-to-one') return ['Wxh', 'Why'];
  if (shape === 'encoder-decoder') return ['Wxh', 'Whh', 'Wxh_dec', 'Whh_dec', 'Why'];
  return ['Wxh', 'Whh', 'Why'];
}

/** Math label of a weight; the encoder-decoder's decoder matrices are primed. */
export function weightLabel(key: WeightKey): { base: string; sub: string; sup?: string } {
  switch (key) {
    case 'Wxh':
      return { base: 'W', sub: 'xh' };
    case 'Whh':
      return { base: 'W', sub: 'hh' };
    // The decoder's own matrices are primed (short enough to label every copy).
    case 'Wxh_dec':
      return { base: 'W′', sub: 'xh' };
    case 'Whh_dec':
      return { base: 'W′', sub: 'hh' };
    case 'Why':
      return { base: 'W', sub: 'hy' };
  }
}

/** Rows drawn inside a cell box, top to bottom (the last is always h). */
export function cellRows(cell: CellType): { key: GateKey | 'c' | 'h'; signed: boolean }[] {
  switch (cell) {
    case 'lstm':
      return [
        { key: 'c', signed: true },
        { key: 'f', signed: false },
        { key: 'i', signed: false },
        { key: 'g', signed: true },
        { key: 'o', signed: false },
        { key: 'h', signed: true },
      ];
    case 'gru':
      return [
        { key: 'r', signed: false },
        { key: 'z', signed: false },
        { key: 'n', signed: true },
        { key: 'h', signed: true },
      ];
    default:
      return [{ key: 'h', signed: true }];
  }
}

export interface Band {
  top: number;
  height: number;
}

export interface Geometry {
  width: number;
  height: number;
  marginLeft: number;
  marginRight: number;
  contentRight: number;
  colW: number;
  nodeW: number;
  /** true when columns are too narrow for in-column text (weight labels, numbers) */
  compact: boolean;
  /** centre x of each drawn column (unrolled), and the single rolled column */
  colX: number[];
  rolledX: number;
  loss: Band;
  yhat: Band;
  /** the vocabulary letters between ŷ and o */
  letters: Band;
  o: Band;
  h: Band;
  x: Band;
  token: Band;
  contrib: Band | null;
  /** y of the recurrent h arrow and (LSTM) of the cell-state line */
  hArrowY: number;
  cLineY: number | null;
  cellRowH: number;
  cellRowGap: number;
  cellPad: number;
}

export const MIN_COL_W = 40;
const MAX_COL_W = 170;
const COMPACT_BELOW = 70;

/** Positions for a configuration at a given available width; the width may exceed it (the view scrolls). */
export function computeGeometry(config: Pick<UnrolledConfig, 'shape' | 'cell' | 'steps' | 'mode' | 'rolled' | 'contrib'>, available: number, fontScale = 1): Geometry {
  const fs = Math.max(0.75, Math.min(2, fontScale || 1));
  const T = drawnSteps(config.shape, config.steps);
  const narrow = available < 560;
  const marginLeft = Math.round((narrow ? 50 : 72) * fs);
  const marginRight = Math.round((narrow ? 46 : 64) * fs);
  const inner = Math.max(0, available - marginLeft - marginRight);
  const colW = Math.max(MIN_COL_W * fs, Math.min(MAX_COL_W * fs, inner / T));
  const width = Math.max(available, Math.ceil(marginLeft + marginRight + colW * T));
  const gapMin = Math.max(16, colW * 0.34);
  const nodeW = Math.max(26, Math.min(112 * fs, colW - gapMin));
  const compact = colW < COMPACT_BELOW * fs;
  const colX = Array.from({ length: T }, (_, t) => marginLeft + colW * (t + 0.5));
  // The rolled cell sits in the middle of the visible width.
  const rolledX = Math.round(marginLeft + inner / 2);
  /** right edge of the last column: the loss sum sits just after it */
  const contentRight = marginLeft + colW * T;

  const cellRowH = Math.round(13 * fs);
  const cellRowGap = Math.round(5 * fs);
  const cellPad = Math.round(7 * fs);
  const rows = cellRows(config.cell).length;
  const hHeight = config.cell === 'vanilla' ? Math.round(58 * fs) : cellPad * 2 + rows * cellRowH + (rows - 1) * cellRowGap;

  let y = 6;
  const loss = { top: y, height: Math.round(22 * fs) };
  y += loss.height + 12;
  const yhat = { top: y, height: Math.round(38 * fs) };
  y += yhat.height;
  const letters = { top: y, height: Math.round(14 * fs) };
  y += letters.height;
  const o = { top: y, height: Math.round(30 * fs) };
  y += o.height + Math.round(34 * fs);
  const h = { top: y, height: hHeight };
  y += h.height + Math.round(34 * fs);
  const x = { top: y, height: Math.round(24 * fs) };
  y += x.height + 4;
  const token = { top: y, height: Math.round(22 * fs) };
  y += token.height;
  let contrib: Band | null = null;
  if (config.mode === 'backward' && !config.rolled && config.contrib !== false) {
    y += Math.round(16 * fs);
    contrib = { top: y, height: Math.round(64 * fs) };
    y += contrib.height + Math.round(18 * fs);
  }
  y += 8;

  const lastRow = h.top + h.height - cellPad - cellRowH / 2;
  const hArrowY = config.cell === 'vanilla' ? h.top + h.height / 2 : lastRow;
  const cLineY = config.cell === 'lstm' ? h.top + cellPad + cellRowH / 2 : null;
  if (config.rolled) y += Math.round(18 * fs);
  return {
    width,
    height: y,
    contentRight,
    marginLeft,
    marginRight,
    colW,
    nodeW,
    compact,
    colX,
    rolledX,
    loss,
    yhat,
    letters,
    o,
    h,
    x,
    token,
    contrib,
    hArrowY,
    cLineY,
    cellRowH,
    cellRowGap,
    cellPad,
  };
}

/** Straight arrow from (x1, y1) to (x2, y2): the shaft ends where the head begins. */
export function arrowPaths(x1: number, y1: number, x2: number, y2: number, head = 6): { shaft: string; head: string } {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const hl = Math.min(head, len * 0.6);
  const bx = x2 - ux * hl;
  const by = y2 - uy * hl;
  const hw = hl * 0.55;
  const f = (v: number): string => v.toFixed(2);
  return {
    shaft: `M${f(x1)},${f(y1)}L${f(bx + ux * 0.5)},${f(by + uy * 0.5)}`,
    head: `M${f(x2)},${f(y2)}L${f(bx - uy * hw)},${f(by + ux * hw)}L${f(bx + uy * hw)},${f(by - ux * hw)}Z`,
  };
}

/** Shortens a label to fit `maxChars` with an ellipsis. */
export function fitLabel(label: string, maxChars: number): string {
  const chars = Array.from(label);
  if (chars.length <= maxChars) return label;
  if (maxChars <= 1) return '…';
  return `${chars.slice(0, maxChars - 1).join('')}…`;
}
