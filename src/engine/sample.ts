// Checks one Sample against the model's spec and copies it into the model's
// preallocated buffers: one O(T) pass per sample, so the numeric loops never
// meet a bad id or a NaN input.

import type { ModelSpec, Sample } from './api.ts';
import { checkArrayLike, checkInt, checkRecord, fail } from './validate.ts';

export interface SampleBuffers {
  readonly maxSteps: number;
  /** token ids of the input (onehot, embedding) */
  readonly ids: Int32Array;
  /** dense inputs, T x inputSize */
  readonly x: Float64Array;
  /** per scored step: target ids (cross_entropy) or K values (mse) */
  readonly targetIds: Int32Array;
  readonly targetY: Float64Array;
  /** the sample's initial state (Sample.initialState), when the model reads one */
  readonly initial?: InitialStateBuffer;
}

/**
 * Where a sample's initial state waits for the stack's next resetState(),
 * which consumes it (pending = false): a sequence loaded without one, and
 * anything loaded by loadIds (generation, scoring), starts from zero.
 */
export interface InitialStateBuffer {
  /** RecurrentModel.stateSize values, laid out as Sample.initialState */
  readonly values: Float64Array;
  pending: boolean;
}

/** Checks ids[0..n) and copies those below `copy` into `to`. */
function copyIds(field: string, from: ArrayLike<number>, n: number, bound: number, to: Int32Array, copy = n): void {
  for (let k = 0; k < n; k++) {
    const v = from[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= bound) {
      fail(`${field}[${k}]`, `an id in [0, ${bound})`, v);
    }
    if (k < copy) to[k] = v;
  }
}

function copyFinite(field: string, from: ArrayLike<number>, n: number, to: Float64Array): void {
  for (let k = 0; k < n; k++) {
    const v = from[k]!;
    // v - v is 0 exactly for finite numbers and NaN for NaN and ±Infinity
    if (typeof v !== 'number' || v - v !== 0) fail(`${field}[${k}]`, 'a finite number', v);
    to[k] = v;
  }
}

function tooLong(field: string, T: number, maxSteps: number): never {
  throw new Error(`${field}: expected at most ${maxSteps} steps (the model's maxSteps), got ${T}`);
}

/** Loads the inputs; returns T. */
function loadInputs(spec: ModelSpec, b: SampleBuffers, value: unknown): number {
  const inputs = checkRecord('inputs', value);
  if (spec.input.kind === 'dense') {
    if (inputs.kind !== 'dense') fail('inputs.kind', "'dense' (the model reads dense vectors)", inputs.kind);
    const I = spec.input.inputSize;
    const T = checkInt('inputs.steps', inputs.steps, 1);
    if (T > b.maxSteps) tooLong('inputs.steps', T, b.maxSteps);
    const x = checkArrayLike('inputs.x', inputs.x);
    if (x.length !== T * I) fail('inputs.x', `${T} x ${I} = ${T * I} values`, x);
    copyFinite('inputs.x', x, T * I, b.x);
    return T;
  }
  if (inputs.kind !== 'ids') fail('inputs.kind', `'ids' (the model reads ${spec.input.kind} tokens)`, inputs.kind);
  const ids = checkArrayLike('inputs.ids', inputs.ids);
  const T = ids.length;
  if (T === 0) fail('inputs.ids', 'at least one step', 'an empty sequence');
  if (T > b.maxSteps) tooLong('inputs.ids', T, b.maxSteps);
  copyIds('inputs.ids', ids, T, spec.input.vocabSize, b.ids);
  return T;
}

/** How many targets a sample needs, in words (built only for an error message). */
function perStep(spec: ModelSpec, T: number): string {
  return spec.head === 'per_step' ? `one per step (${T})` : 'one (last_step head)';
}

/** Loads the targets for T input steps. */
function loadTargets(spec: ModelSpec, b: SampleBuffers, value: unknown, T: number): void {
  const targets = checkRecord('targets', value);
  const scored = spec.head === 'per_step' ? T : 1;
  const K = spec.outputSize;
  if (spec.loss === 'cross_entropy') {
    if (targets.kind !== 'ids') fail('targets.kind', "'ids' (cross-entropy targets are class ids)", targets.kind);
    const ids = checkArrayLike('targets.ids', targets.ids);
    if (ids.length !== scored) fail('targets.ids', `${perStep(spec, T)} id${scored > 1 ? 's' : ''}`, ids);
    copyIds('targets.ids', ids, scored, K, b.targetIds);
  } else {
    if (targets.kind !== 'values') fail('targets.kind', "'values' (mse targets are numbers)", targets.kind);
    const y = checkArrayLike('targets.y', targets.y);
    if (y.length !== scored * K) fail('targets.y', `${scored} x ${K} = ${scored * K} values (${perStep(spec, T)})`, y);
    copyFinite('targets.y', y, scored * K, b.targetY);
  }
}

/** Checks an initial state (or its absence, which means zero) and stages it for the next resetState(). */
export function loadInitialState(b: SampleBuffers, field: string, value: unknown): void {
  const init = b.initial;
  if (init === undefined) {
    if (value !== undefined) throw new Error(`${field}: this model does not read an initial state`);
    return;
  }
  init.pending = false;
  if (value === undefined) return;
  const v = checkArrayLike(field, value);
  const n = init.values.length;
  if (v.length !== n) fail(field, `${n} values (layers x directions x (h, then c for cells with a cell state))`, v);
  copyFinite(field, v, n, init.values);
  init.pending = true;
}

/** Checks and loads a whole sample; returns its length T. */
export function loadSample(spec: ModelSpec, b: SampleBuffers, sample: Sample): number {
  const s = checkRecord('sample', sample);
  const T = loadInputs(spec, b, s.inputs);
  loadTargets(spec, b, s.targets, T);
  loadInitialState(b, 'sample.initialState', s.initialState);
  return T;
}

/** Checks and loads inputs alone (no targets, no head: an encoder's pass); returns T. */
export function loadInputsOnly(spec: ModelSpec, b: SampleBuffers, inputs: unknown, initialState: unknown): number {
  const T = loadInputs(spec, b, inputs);
  loadInitialState(b, 'initialState', initialState);
  return T;
}

/** Checks every id of `ids` and loads the first `count` of them at `offset` (generation and scoring). */
export function loadIds(spec: ModelSpec, b: SampleBuffers, field: string, ids: unknown, offset = 0, count?: number): void {
  if (spec.input.kind === 'dense') throw new Error(`${field}: the model reads dense vectors, not token ids`);
  const arr = checkArrayLike(field, ids);
  const n = count ?? arr.length;
  if (offset + n > b.maxSteps) tooLong(field, offset + n, b.maxSteps);
  copyIds(field, arr, arr.length, spec.input.vocabSize, b.ids.subarray(offset), n);
  // generation and scoring start from zero, whatever a training sample staged before
  if (b.initial !== undefined) b.initial.pending = false;
}
