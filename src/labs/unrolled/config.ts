import type { Values } from '../../app/url-state.ts';
import type { CellKind } from '../../engine/index.ts';
import type { CellType, TaskShape } from '../../views/unrolled-graph/types.ts';
import { CELL_TYPES, TASK_SHAPES } from '../../views/unrolled-graph/types.ts';
import type { RunConfig } from '../../worker/protocol.ts';
import { shapeSteps } from '../../worker/shape-tasks.ts';
import type { UNROLLED_SCHEMA } from './params.ts';

// From the lab's settings to the engine run. Plain gradient descent as in
// the notes (an adaptive optimiser would rescale each gradient and blur what
// the backward pass shows), clipped by global norm so a long vanilla chain
// cannot blow up while the class watches.

export type UnrolledParams = Values<typeof UNROLLED_SCHEMA>;

export const CLIP_NORM = 5;

export function asShape(v: string): TaskShape {
  return TASK_SHAPES.find((s) => s === v) ?? 'many-to-many';
}

export function asCell(v: string): CellType {
  return CELL_TYPES.find((c) => c === v) ?? 'vanilla';
}

/** The engine's name for a cell type. */
export function engineCell(cell: CellType): CellKind {
  return cell === 'vanilla' ? 'rnn' : cell;
}

export function unrolledRunConfig(p: UnrolledParams): RunConfig {
  const shape = asShape(p.shape);
  return {
    task: { kind: 'shape', shape, steps: shapeSteps(shape, p.steps), hiddenSize: p.hidden, cell: engineCell(asCell(p.cell)) },
    seed: p.seed,
    init: { kind: 'pytorch' },
    optimizer: { name: 'sgd', lr: p.lr },
    clip: { kind: 'norm', maxNorm: CLIP_NORM },
  };
}

/** Milliseconds between two time steps of the pass animation, per pace level. */
export const PACE_MS: Readonly<Record<number, number>> = { 1: 1600, 2: 1000, 3: 650, 4: 380, 5: 200 };

export function paceMs(level: number): number {
  return PACE_MS[level] ?? 650;
}
