// Parameter names, shapes and storage. All values live in one Float64Array
// and all gradients in another; each Param's `w` and `g` are views into them,
// so the optimizer and the gradient norm run as single loops over the model.

import type { ModelSpec, Param } from './api.ts';
import { gatesOf, inputWidth, type CellConfig } from './spec.ts';

export interface ParamShape {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
}

/**
 * PyTorch's names and layouts for a recurrent stack: per layer k and
 * direction, weight_ih_l{k} (G·H x input_k), weight_hh_l{k} (G·H x H),
 * bias_ih_l{k}, bias_hh_l{k} (G·H), with `_reverse` for the backward direction.
 */
export function recurrentShapes(c: CellConfig, inputSize: number, prefix: string): ParamShape[] {
  const gh = gatesOf(c.cell) * c.hiddenSize;
  const dirs = c.bidirectional ? 2 : 1;
  const shapes: ParamShape[] = [];
  for (let layer = 0; layer < c.numLayers; layer++) {
    const cols = layer === 0 ? inputSize : dirs * c.hiddenSize;
    for (let d = 0; d < dirs; d++) {
      const suffix = `_l${layer}${d === 1 ? '_reverse' : ''}`;
      shapes.push(
        { name: `${prefix}weight_ih${suffix}`, rows: gh, cols },
        { name: `${prefix}weight_hh${suffix}`, rows: gh, cols: c.hiddenSize },
        { name: `${prefix}bias_ih${suffix}`, rows: gh, cols: 1 },
        { name: `${prefix}bias_hh${suffix}`, rows: gh, cols: 1 },
      );
    }
  }
  return shapes;
}

/** state_dict order: embedding, the recurrent stack (rnn.*), then the head. */
export function modelShapes(spec: ModelSpec, cells: CellConfig): ParamShape[] {
  const shapes: ParamShape[] = [];
  if (spec.input.kind === 'embedding') {
    shapes.push({ name: 'embedding.weight', rows: spec.input.vocabSize, cols: spec.input.embeddingDim });
  }
  shapes.push(...recurrentShapes(cells, inputWidth(spec.input), 'rnn.'));
  const width = (cells.bidirectional ? 2 : 1) * cells.hiddenSize;
  shapes.push({ name: 'head.weight', rows: spec.outputSize, cols: width }, { name: 'head.bias', rows: spec.outputSize, cols: 1 });
  return shapes;
}

export interface ParamStore {
  readonly params: readonly Param[];
  /** every value, in params order */
  readonly w: Float64Array;
  /** every gradient, in params order */
  readonly g: Float64Array;
  /** start of each param in w and g, plus the total at the end */
  readonly offsets: Int32Array;
  param(name: string): Param;
}

export function createParamStore(shapes: readonly ParamShape[]): ParamStore {
  const offsets = new Int32Array(shapes.length + 1);
  for (let k = 0; k < shapes.length; k++) {
    const s = shapes[k]!;
    offsets[k + 1] = offsets[k]! + s.rows * s.cols;
  }
  const total = offsets[shapes.length]!;
  const w = new Float64Array(total);
  const g = new Float64Array(total);
  const params: Param[] = shapes.map((s, k) => ({
    name: s.name,
    rows: s.rows,
    cols: s.cols,
    w: w.subarray(offsets[k]!, offsets[k + 1]!),
    g: g.subarray(offsets[k]!, offsets[k + 1]!),
  }));
  const byName = new Map(params.map((p) => [p.name, p]));
  return {
    params,
    w,
    g,
    offsets,
    param(name: string): Param {
      const p = byName.get(name);
      if (p === undefined) {
        throw new Error(`param: expected one of ${[...byName.keys()].join(', ')}, got ${JSON.stringify(name)}`);
      }
      return p;
    },
  };
}
