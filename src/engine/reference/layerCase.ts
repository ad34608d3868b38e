// A "layer" case: the recurrent stack alone, from the case's h0 (c0), with
// the loss sum(output ⊙ dy). Checks output, h_n, c_n and the gradients of
// every weight, of x, h0 and c0.

import { createParamStore, recurrentShapes } from '../params.ts';
import { RecurrentStack } from '../stack.ts';
import type { Block, LayerCase } from './cases.ts';
import { Checker, type Mismatch } from './compare.ts';

function copyInto(field: string, target: Float64Array, from: Block | undefined, rows: number, cols: number): void {
  if (from === undefined) throw new Error(`${field}: missing from the case`);
  if (from.data.length !== rows * cols) {
    throw new Error(`${field}: expected ${rows}x${cols} values, got ${from.rows}x${from.cols}`);
  }
  target.set(from.data);
}

export function runLayerCase(c: LayerCase): Mismatch | null {
  const { cfg, inputSize } = c;
  const T = c.x.data.length / inputSize;
  if (!Number.isInteger(T) || T < 1) throw new Error(`x: expected T x ${inputSize} values, got ${c.x.rows}x${c.x.cols}`);
  const H = cfg.hiddenSize;
  const store = createParamStore(recurrentShapes(cfg, inputSize, ''));
  for (const p of store.params) copyInto(`params.${p.name}`, p.w, c.params[p.name], p.rows, p.cols);
  const stack = new RecurrentStack({ cfg, inputKind: 'dense', inputSize, maxSteps: T, inputGrad: true, param: (n) => store.param(n) });
  copyInto('x', stack.x, c.x, T, inputSize);
  const streams = stack.streams;
  const nS = streams.length;
  const h0 = c.h0?.data ?? new Float64Array(nS * H);
  const c0 = c.c0?.data;
  if (h0.length !== nS * H) throw new Error(`h0: expected ${nS}x${H} values, got ${h0.length}`);
  if (c0 !== undefined && c0.length !== nS * H) throw new Error(`c0: expected ${nS}x${H} values, got ${c0.length}`);
  streams.forEach((s, k) => {
    s.h0.set(h0.subarray(k * H, (k + 1) * H));
    if (c0 !== undefined) s.c0.set(c0.subarray(k * H, (k + 1) * H));
  });

  stack.forward(0, T);
  const width = stack.dirs * H;
  const out = stack.out[stack.layers - 1]!.subarray(0, T * width);
  const hN = new Float64Array(nS * H);
  const cN = new Float64Array(nS * H);
  streams.forEach((s, k) => {
    // the state each direction ends in: step T-1 going forwards, step 0 going backwards
    const last = s.base + (s.reverse ? 0 : T - 1) * H;
    hN.set(stack.h.subarray(last, last + H), k * H);
    if (stack.c.length > 0) cN.set(stack.c.subarray(last, last + H), k * H);
  });

  const dOut = stack.dOut[stack.layers - 1]!;
  copyInto('dy', dOut.subarray(0, T * width), c.dy, T, width);
  stack.backward(0, T);

  const check = new Checker();
  check.check('output', out, c.output.data);
  check.check('h_n', hN, c.hN.data);
  if (c.cN !== null) check.check('c_n', cN, c.cN.data);
  for (const p of store.params) {
    const want = c.grads[p.name];
    if (want === undefined) throw new Error(`grads.${p.name}: missing from the case`);
    check.check(`grads.${p.name}`, p.g, want.data);
  }
  const dh0 = new Float64Array(nS * H);
  const dc0 = new Float64Array(nS * H);
  streams.forEach((s, k) => {
    dh0.set(s.dh0, k * H);
    if (s.dc0.length > 0) dc0.set(s.dc0, k * H);
  });
  // the gradients of the inputs, wherever the case gives them
  const inputs: [string, Float64Array][] = [
    ['x', stack.dx.subarray(0, T * inputSize)],
    ['h0', dh0],
    ['c0', dc0],
  ];
  for (const [name, got] of inputs) {
    const want = c.grads[name];
    if (want !== undefined) check.check(`grads.${name}`, got, want.data);
  }
  return check.mismatch;
}
