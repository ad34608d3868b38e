// Checks a ModelSpec once, at creation, and fills in its defaults, so the
// numeric code never meets an unknown name or a missing field.

import type { Activation, CellKind, HeadKind, InputSpec, LossKind, ModelSpec, RecurrentSpec } from './api.ts';
import { checkBoolean, checkInt, checkOneOf, checkRecord } from './validate.ts';

export const CELLS: readonly CellKind[] = ['rnn', 'lstm', 'lstm_simple', 'gru'];
export const ACTIVATIONS: readonly Activation[] = ['tanh', 'relu', 'sigmoid', 'identity'];
const INPUT_KINDS = ['onehot', 'embedding', 'dense'] as const;
const HEADS: readonly HeadKind[] = ['per_step', 'last_step', 'mean_pool'];
const LOSSES: readonly LossKind[] = ['cross_entropy', 'mse'];

/** Sizes beyond these would only exhaust memory in a browser tab. */
export const MAX_WIDTH = 4096;
export const MAX_LAYERS = 16;

/** A RecurrentSpec with every default filled in. */
export interface CellConfig {
  readonly cell: CellKind;
  /** vanilla cells only; 'tanh' elsewhere */
  readonly activation: Activation;
  /** GRU only; true elsewhere */
  readonly resetAfter: boolean;
  readonly hiddenSize: number;
  readonly numLayers: number;
  readonly bidirectional: boolean;
}

/** Stacked gate blocks: rows of W_ih and W_hh are G·H (i f g o; r z n). */
export function gatesOf(cell: CellKind): number {
  return cell === 'lstm' ? 4 : cell === 'gru' ? 3 : 1;
}

/** Whether the cell carries a cell state c_t beside h_t. */
export function hasCellState(cell: CellKind): boolean {
  return cell === 'lstm' || cell === 'lstm_simple';
}

export function checkCellConfig(field: string, value: unknown): CellConfig {
  const r = checkRecord(field, value);
  const cell = checkOneOf(`${field}.cell`, r.cell, CELLS);
  const activation = r.activation === undefined ? 'tanh' : checkOneOf(`${field}.activation`, r.activation, ACTIVATIONS);
  const resetAfter = r.resetAfter === undefined ? true : checkBoolean(`${field}.resetAfter`, r.resetAfter);
  return {
    cell,
    activation: cell === 'rnn' ? activation : 'tanh',
    resetAfter: cell === 'gru' ? resetAfter : true,
    hiddenSize: checkInt(`${field}.hiddenSize`, r.hiddenSize, 1, MAX_WIDTH),
    numLayers: checkInt(`${field}.numLayers`, r.numLayers, 1, MAX_LAYERS),
    bidirectional: checkBoolean(`${field}.bidirectional`, r.bidirectional),
  };
}

function checkInput(value: unknown): InputSpec {
  const r = checkRecord('spec.input', value);
  const kind = checkOneOf('spec.input.kind', r.kind, INPUT_KINDS);
  switch (kind) {
    case 'onehot':
      return { kind, vocabSize: checkInt('spec.input.vocabSize', r.vocabSize, 1, 1 << 20) };
    case 'embedding':
      return {
        kind,
        vocabSize: checkInt('spec.input.vocabSize', r.vocabSize, 1, 1 << 20),
        embeddingDim: checkInt('spec.input.embeddingDim', r.embeddingDim, 1, MAX_WIDTH),
      };
    case 'dense':
      return { kind, inputSize: checkInt('spec.input.inputSize', r.inputSize, 1, MAX_WIDTH) };
  }
}

/** The spec as the engine uses it: checked, with defaults, detached from the caller's object. */
export function normaliseSpec(value: unknown): ModelSpec {
  const r = checkRecord('spec', value);
  const input = checkInput(r.input);
  const c = checkCellConfig('spec.rnn', r.rnn);
  const rnn: RecurrentSpec = {
    cell: c.cell,
    ...(c.cell === 'rnn' && { activation: c.activation }),
    ...(c.cell === 'gru' && { resetAfter: c.resetAfter }),
    hiddenSize: c.hiddenSize,
    numLayers: c.numLayers,
    bidirectional: c.bidirectional,
  };
  return {
    input,
    rnn,
    head: checkOneOf('spec.head', r.head, HEADS),
    outputSize: checkInt('spec.outputSize', r.outputSize, 1, 1 << 20),
    loss: checkOneOf('spec.loss', r.loss, LOSSES),
  };
}

/** Width of the first layer's input x_t: V for one-hot, E for an embedding, I for dense vectors. */
export function inputWidth(input: InputSpec): number {
  return input.kind === 'onehot' ? input.vocabSize : input.kind === 'embedding' ? input.embeddingDim : input.inputSize;
}
