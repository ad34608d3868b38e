// A model's weights as a JSON state_dict (PyTorch's names; matrices as rows,
// biases as flat arrays), and back, with every shape and value checked.

import type { Param, StateDict } from './api.ts';
import { describeValue, fail, isRecord } from './validate.ts';

export function exportParams(params: readonly Param[]): StateDict {
  const dict: StateDict = {};
  for (const p of params) {
    if (p.cols === 1) {
      dict[p.name] = Array.from(p.w);
    } else {
      const rows: number[][] = [];
      for (let r = 0; r < p.rows; r++) rows.push(Array.from(p.w.subarray(r * p.cols, (r + 1) * p.cols)));
      dict[p.name] = rows;
    }
  }
  return dict;
}

function shapeOf(value: unknown): string {
  if (!Array.isArray(value)) return describeValue(value);
  if (value.length > 0 && Array.isArray(value[0])) return `${value.length}x${(value[0] as unknown[]).length}`;
  return `${value.length}`;
}

/** Reads one entry into `target` (not yet the model's weights), checking shape and values. */
function readEntry(p: Param, value: unknown, target: Float64Array): void {
  const expected = p.cols === 1 ? `${p.rows}` : `${p.rows}x${p.cols}`;
  const what = p.cols === 1 ? `an array of ${p.rows} numbers` : `${p.rows} rows of ${p.cols} numbers`;
  if (!Array.isArray(value)) fail(p.name, what, value);
  const nested = p.cols !== 1 || (value.length > 0 && Array.isArray(value[0]));
  if (value.length !== p.rows || (nested && p.cols === 1)) {
    throw new Error(`${p.name}: expected shape ${expected}, got ${shapeOf(value)}`);
  }
  for (let r = 0; r < p.rows; r++) {
    const row: unknown = nested ? value[r] : null;
    if (nested && (!Array.isArray(row) || row.length !== p.cols)) {
      throw new Error(`${p.name}: expected shape ${expected}, got row ${r} = ${describeValue(row)}`);
    }
    for (let c = 0; c < p.cols; c++) {
      const v: unknown = nested ? (row as unknown[])[c] : value[r];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        fail(nested ? `${p.name}[${r}][${c}]` : `${p.name}[${r}]`, 'a finite number', v);
      }
      target[r * p.cols + c] = v;
    }
  }
}

/**
 * Loads every parameter from `dict`; all-or-nothing: on any error (missing or
 * unknown name, wrong shape, non-finite value) the weights are left untouched.
 */
export function importParams(params: readonly Param[], dict: unknown): void {
  if (!isRecord(dict)) fail('stateDict', 'an object of parameter names to arrays', dict);
  const known = new Set(params.map((p) => p.name));
  for (const name of Object.keys(dict)) {
    if (!known.has(name)) throw new Error(`stateDict: unknown parameter ${JSON.stringify(name)}; expected ${[...known].join(', ')}`);
  }
  const staged = params.map((p) => {
    if (!(p.name in dict)) throw new Error(`stateDict.${p.name}: missing (a model of this spec has ${[...known].join(', ')})`);
    const target = new Float64Array(p.w.length);
    readEntry(p, dict[p.name], target);
    return target;
  });
  params.forEach((p, k) => p.w.set(staged[k]!));
}
