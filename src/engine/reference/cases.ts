// Reads a reference case (FORMAT.md) from parsed JSON into typed arrays,
// with an error naming the field when the file does not follow the format.

import type { ClipSpec, Inputs, ModelSpec, OptimizerSpec, Targets } from '../api.ts';
import { checkCellConfig, type CellConfig } from '../spec.ts';
import { checkInt, checkOneOf, checkRecord, fail } from '../validate.ts';

/** A vector or matrix flattened row-major. */
export interface Block {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

export interface LayerCase {
  readonly kind: 'layer';
  readonly name: string;
  readonly cfg: CellConfig;
  readonly inputSize: number;
  readonly params: Readonly<Record<string, Block>>;
  readonly x: Block;
  /** null when the case leaves the initial state at zero */
  readonly h0: Block | null;
  readonly c0: Block | null;
  readonly output: Block;
  readonly hN: Block;
  readonly cN: Block | null;
  readonly dy: Block;
  readonly grads: Readonly<Record<string, Block>>;
}

export interface TrainCase {
  readonly kind: 'train';
  readonly name: string;
  readonly spec: ModelSpec;
  readonly optimizer: OptimizerSpec;
  readonly clip: ClipSpec;
  readonly params: Readonly<Record<string, Block>>;
  readonly inputs: Inputs;
  readonly targets: Targets;
  readonly steps: number;
  readonly losses: Float64Array;
  readonly gradNorms: Float64Array;
  readonly paramsAfter: Readonly<Record<string, Block>>;
}

export type ReferenceCase = LayerCase | TrainCase;

/** Numbers, or rows of numbers of equal length. */
export function readBlock(field: string, value: unknown): Block {
  if (!Array.isArray(value)) fail(field, 'an array of numbers or of rows', value);
  const nested = value.length > 0 && Array.isArray(value[0]);
  const rows = nested ? value.length : 1;
  const cols = nested ? (value[0] as unknown[]).length : value.length;
  const data = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const row: unknown = nested ? value[r] : value;
    if (!Array.isArray(row) || row.length !== cols) fail(`${field}[${r}]`, `a row of ${cols} numbers`, row);
    for (let c = 0; c < cols; c++) {
      const v: unknown = row[c];
      if (typeof v !== 'number') fail(nested ? `${field}[${r}][${c}]` : `${field}[${c}]`, 'a number', v);
      data[r * cols + c] = v;
    }
  }
  return { rows, cols, data };
}

function readBlocks(field: string, value: unknown): Record<string, Block> {
  const r = checkRecord(field, value);
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, readBlock(`${field}.${k}`, v)]));
}

/** The case's cell name (rnn_tanh, rnn_relu, rnn_sigmoid, rnn_identity, lstm, lstm_simple, gru) as a RecurrentSpec. */
function readCell(model: Record<string, unknown>, field: string): CellConfig {
  const name = checkOneOf(`${field}.cell`, model.cell, [
    'rnn_tanh',
    'rnn_relu',
    'rnn_sigmoid',
    'rnn_identity',
    'lstm',
    'lstm_simple',
    'gru',
  ]);
  const vanilla = name.startsWith('rnn_');
  return checkCellConfig(field, {
    cell: vanilla ? 'rnn' : name,
    activation: vanilla ? name.slice(4) : undefined,
    resetAfter: name === 'gru' ? model.reset_after : undefined,
    hiddenSize: model.hidden_size,
    numLayers: model.num_layers,
    bidirectional: model.bidirectional,
  });
}

function readLayerCase(name: string, r: Record<string, unknown>): LayerCase {
  const cfg = readCell(r, 'case');
  const withC = cfg.cell === 'lstm' || cfg.cell === 'lstm_simple';
  return {
    kind: 'layer',
    name,
    cfg,
    inputSize: checkInt('input_size', r.input_size, 1),
    params: readBlocks('params', r.params),
    x: readBlock('x', r.x),
    h0: r.h0 === undefined ? null : readBlock('h0', r.h0),
    c0: withC && r.c0 !== undefined ? readBlock('c0', r.c0) : null,
    output: readBlock('output', r.output),
    hN: readBlock('h_n', r.h_n),
    cN: withC ? readBlock('c_n', r.c_n) : null,
    dy: readBlock('dy', r.dy),
    grads: readBlocks('grads', r.grads),
  };
}

function readSpec(model: Record<string, unknown>, loss: unknown): ModelSpec {
  const cfg = readCell(model, 'model');
  const kind = checkOneOf('model.input', model.input, ['onehot', 'embedding', 'dense']);
  const input =
    kind === 'dense'
      ? { kind, inputSize: checkInt('model.input_size', model.input_size, 1) }
      : kind === 'embedding'
        ? { kind, vocabSize: checkInt('model.vocab_size', model.vocab_size, 1), embeddingDim: checkInt('model.embedding_dim', model.embedding_dim, 1) }
        : { kind, vocabSize: checkInt('model.vocab_size', model.vocab_size, 1) };
  return {
    input,
    rnn: { ...cfg },
    head: checkOneOf('model.head', model.head, ['per_step', 'last_step']),
    outputSize: checkInt('model.output_size', model.output_size, 1),
    loss: checkOneOf('loss', loss, ['cross_entropy', 'mse']),
  };
}

function readOptimizer(value: unknown): OptimizerSpec {
  const r = checkRecord('optimizer', value);
  const name = checkOneOf('optimizer.name', r.name, ['sgd', 'adam']);
  const lr = r.lr as number;
  if (name === 'sgd') return { name, lr, momentum: (r.momentum as number | undefined) ?? 0 };
  const betas = readBlock('optimizer.betas', r.betas ?? [0.9, 0.999]).data;
  return { name, lr, betas: [betas[0]!, betas[1]!], eps: (r.eps as number | undefined) ?? 1e-8 };
}

function readTrainCase(name: string, r: Record<string, unknown>): TrainCase {
  const spec = readSpec(checkRecord('model', r.model), r.loss);
  const ids = spec.input.kind !== 'dense';
  const x = readBlock('inputs', r.inputs);
  // rows of a dense input are steps, whether written as T x I rows or flat
  const width = spec.input.kind === 'dense' ? spec.input.inputSize : 1;
  const inputs: Inputs = ids ? { kind: 'ids', ids: x.data } : { kind: 'dense', steps: x.data.length / width, x: x.data };
  const y = readBlock('targets', r.targets);
  const targets: Targets = spec.loss === 'cross_entropy' ? { kind: 'ids', ids: y.data } : { kind: 'values', y: y.data };
  const clipNorm = r.clip_grad_norm;
  const expected = checkRecord('expected', r.expected);
  return {
    kind: 'train',
    name,
    spec,
    optimizer: readOptimizer(r.optimizer),
    clip: clipNorm === null || clipNorm === undefined ? { kind: 'none' } : { kind: 'norm', maxNorm: clipNorm as number },
    params: readBlocks('params', r.params),
    inputs,
    targets,
    steps: checkInt('steps', r.steps, 1),
    losses: readBlock('expected.losses', expected.losses).data,
    gradNorms: readBlock('expected.grad_norms', expected.grad_norms).data,
    paramsAfter: readBlocks('expected.params_after', expected.params_after),
  };
}

/** Parses one case from its JSON value; throws naming the field on a malformed case. */
export function readCase(value: unknown): ReferenceCase {
  const r = checkRecord('case', value);
  if (typeof r.name !== 'string') fail('name', 'a string', r.name);
  const kind = checkOneOf('kind', r.kind, ['layer', 'train']);
  return kind === 'layer' ? readLayerCase(r.name, r) : readTrainCase(r.name, r);
}
